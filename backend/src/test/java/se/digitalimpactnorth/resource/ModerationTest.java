package se.digitalimpactnorth.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Moderation that holds everywhere: a suspended or pending actor's content, and what a moderator
 * took down, leave every public read at once (API reads, lists, facets, search, every feed
 * format, embeds, the calendar file) and come back when reinstated or restored; co-organising
 * needs the other actor's consent.
 */
@QuarkusTest
class ModerationTest {

    @Inject
    Fixtures fixtures;

    UUID actor;
    String owner;
    String editor;
    String word;
    String eventId;
    String slug;

    static RequestSpecification as(String subject, String... roles) {
        return TestTokens.as(subject, roles);
    }

    static RequestSpecification moderator() {
        return as("mod-moderator", "member", "moderator");
    }

    /** A published weekly event next week, with a word no other test uses in its title. */
    @BeforeEach
    void publishedEvent() {
        owner = "mod-owner-" + UUID.randomUUID();
        editor = "mod-editor-" + UUID.randomUUID();
        actor = fixtures.actor("Moderationsbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        fixtures.member(actor, editor, MemberRole.EDITOR);
        word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        eventId = create(event("Frukostmöte " + word));
        as(owner, "member").post("/api/v1/resources/" + eventId + "/publish").then().statusCode(200);
        slug = as(owner, "member").get("/api/v1/resources/" + eventId).then().extract().path("slug");
    }

    Map<String, Object> event(String title) {
        LocalDate start = LocalDate.now().plusDays(7);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "EVENT");
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", title));
        body.put("tags", List.of("moderering"));
        body.put("technologyAreas", List.of("ai"));
        body.put("municipalityCode", "2480");
        body.put("event", Map.of("start", start + "T10:00:00", "end", start + "T11:00:00",
                "recurrence", Map.of("freq", "WEEKLY", "count", 2)));
        return body;
    }

    String create(Map<String, Object> body) {
        return as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
    }

    /** Feeds fold long lines (iCalendar at 75 octets): unfold before looking for a word. */
    static String unfolded(Response response) {
        return response.asString().replace("\r\n ", "").replace("\n ", "");
    }

    /** Every public read, anonymously: either all of them show the event or none of them does. */
    void assertPublic(boolean visible) {
        int status = visible ? 200 : 404;
        given().get("/api/v1/resources/" + eventId).then().statusCode(status);
        given().get("/api/v1/resources/" + slug).then().statusCode(status);
        given().get("/api/v1/resources/" + eventId + "/calendar").then().statusCode(status);
        given().get("/api/v1/resources/" + slug + "/calendar").then().statusCode(status);

        List<String> expected = visible ? List.of(eventId) : List.of();
        given().queryParam("actor", actor.toString()).get("/api/v1/resources").then().statusCode(200)
                .body("items.id", equalTo(expected))
                .body("facets.kind.EVENT", visible ? equalTo(1) : nullValue())
                .body("facets.technologyArea.ai", visible ? equalTo(1) : nullValue());
        given().queryParam("q", word).get("/api/v1/resources").then().statusCode(200).body("items.id", equalTo(expected));
        given().queryParam("q", word).get("/api/v1/search").then().statusCode(200)
                .body("items.id", visible ? hasItem(eventId) : not(hasItem(eventId)));

        for (String feed : List.of("/feeds/v1/events.json", "/feeds/v1/events.ics", "/feeds/v1/events.rss", "/feeds/v1/events.atom",
                "/feeds/v1/events.jsonld", "/feeds/v1/resources.json", "/feeds/v1/resources.jsonld", "/embed/v1/events")) {
            Response response = given().queryParam("actor", actor.toString()).get(feed);
            assertEquals(200, response.statusCode(), feed);
            String body = unfolded(response);
            assertEquals(visible, body.contains(word), feed + (visible ? " lacks " : " still shows ") + "the event: " + body);
            assertEquals(visible, body.contains(eventId) || body.contains(slug), feed + " by id or link: " + body);
        }
    }

    @Nested
    @DisplayName("a suspended or pending publisher")
    class Publisher {

        @Test
        @DisplayName("suspending hides the actor's published event from every public read at once; reinstating brings it back")
        void suspendAndReinstate() {
            assertPublic(true); // warms every feed cache: suspension must invalidate them
            moderator().body(Map.of("reason", "Bedrägligt innehåll")).post("/api/v1/actors/" + actor + "/suspend")
                    .then().statusCode(200);
            assertPublic(false);

            // Its own people and moderators still read it, and see why it is hidden.
            as(owner, "member").get("/api/v1/resources/" + eventId).then().statusCode(200)
                    .body("moderation.visibleToPublic", equalTo(false))
                    .body("moderation.hiddenBecause", contains("PUBLISHER_SUSPENDED"));
            moderator().get("/api/v1/resources/" + eventId).then().statusCode(200)
                    .body("moderation.hiddenBecause", contains("PUBLISHER_SUSPENDED"));
            as(owner, "member").get("/api/v1/resources/" + eventId + "/calendar").then().statusCode(200);
            // Their list of the actor's resources keeps it, marked; a list of more actors is public and does not.
            as(owner, "member").queryParam("actor", actor.toString()).get("/api/v1/resources").then().statusCode(200)
                    .body("items.id", contains(eventId))
                    .body("items[0].moderation.hiddenBecause", contains("PUBLISHER_SUSPENDED"))
                    .body("facets.kind.EVENT", equalTo(1));
            as(owner, "member").queryParam("actor", actor.toString()).queryParam("actor", UUID.randomUUID().toString())
                    .get("/api/v1/resources").then().body("items", empty());
            // ... but anyone else does not, not even a member of another actor.
            as("mod-stranger", "member").get("/api/v1/resources/" + eventId).then().statusCode(404);
            as("mod-stranger", "member").queryParam("actor", actor.toString()).get("/api/v1/resources").then()
                    .body("items", empty()).body("facets.kind.EVENT", nullValue());

            moderator().post("/api/v1/actors/" + actor + "/reinstate").then().statusCode(200);
            assertPublic(true);
            as(owner, "member").get("/api/v1/resources/" + eventId).then()
                    .body("moderation.visibleToPublic", equalTo(true)).body("moderation.hiddenBecause", empty());
            // The public is not told about moderation at all: the field is absent.
            given().get("/api/v1/resources/" + eventId).then().body("$", not(hasKey("moderation")));
        }

        @Test
        @DisplayName("a pending actor's content is hidden until a moderator approves the actor")
        void pendingUntilApproved() {
            fixtures.setStatus(actor, ActorStatus.PENDING);
            assertPublic(false);
            as(editor, "member").get("/api/v1/resources/" + eventId).then().statusCode(200)
                    .body("moderation.hiddenBecause", contains("PUBLISHER_PENDING"));
            moderator().post("/api/v1/actors/" + actor + "/approve").then().statusCode(200);
            assertPublic(true);
        }

        @Test
        @DisplayName("editors cannot publish while their actor is suspended, and nothing changes")
        void noPublishingWhileSuspended() {
            String draft = create(event("Utkast " + word));
            fixtures.setStatus(actor, ActorStatus.SUSPENDED);
            String before = fixtures.digest();
            as(editor, "member").post("/api/v1/resources/" + draft + "/publish").then().statusCode(409)
                    .contentType("application/problem+json");
            as(editor, "member").body(event("Nytt " + word)).post("/api/v1/resources").then().statusCode(409);
            assertEquals(before, fixtures.digest());
        }
    }

    @Nested
    @DisplayName("a moderator's takedown")
    class Takedown {

        @Test
        @DisplayName("takes the event out of every public read; the owners see the reason; only a moderator restores it")
        void takeDownAndRestore() {
            assertPublic(true);
            moderator().header("If-Match", "\"1\"").body(Map.of("reason", "Bryter mot villkoren"))
                    .post("/api/v1/resources/" + eventId + "/takedown").then().statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("status", equalTo("PUBLISHED"))
                    .body("moderation.visibleToPublic", equalTo(false))
                    .body("moderation.hiddenBecause", contains("TAKEN_DOWN"))
                    .body("moderation.takedownReason", equalTo("Bryter mot villkoren"));
            assertPublic(false);

            as(owner, "member").get("/api/v1/resources/" + eventId).then().statusCode(200)
                    .body("canEdit", equalTo(false))
                    .body("moderation.takedownReason", equalTo("Bryter mot villkoren"))
                    .body("moderation.takenDownAt", not(nullValue()));
            as(owner, "member").queryParam("actor", actor.toString()).get("/api/v1/resources").then()
                    .body("items.id", contains(eventId))
                    .body("items[0].moderation.takedownReason", equalTo("Bryter mot villkoren"));
            given().queryParam("actor", actor.toString()).get("/api/v1/resources").then()
                    .body("items", empty()).body("items.moderation", empty());

            // The editors can neither change it nor get it back out by archiving and republishing.
            String before = fixtures.digest();
            as(editor, "member").header("If-Match", "\"2\"").body(event("Ändrat " + word)).put("/api/v1/resources/" + eventId)
                    .then().statusCode(403).contentType("application/problem+json");
            as(owner, "member").post("/api/v1/resources/" + eventId + "/archive").then().statusCode(403);
            as(owner, "member").post("/api/v1/resources/" + eventId + "/publish").then().statusCode(403);
            as(owner, "member").post("/api/v1/resources/" + eventId + "/restore").then().statusCode(403);
            as(owner, "member", "admin").header("If-Match", "\"2\"").body(event("Ändrat " + word))
                    .put("/api/v1/resources/" + eventId).then().statusCode(403);
            assertEquals(before, fixtures.digest(), "denied changes left the database as it was");

            moderator().header("If-Match", "\"1\"").post("/api/v1/resources/" + eventId + "/restore").then().statusCode(412);
            moderator().header("If-Match", "\"2\"").post("/api/v1/resources/" + eventId + "/restore").then().statusCode(200)
                    .body("moderation.hiddenBecause", empty()).body("moderation.takedownReason", nullValue());
            assertPublic(true);
            moderator().post("/api/v1/resources/" + eventId + "/restore").then().statusCode(409);
            assertEquals(List.of("resource.taken-down", "resource.restored"), fixtures.auditActions(UUID.fromString(eventId))
                    .stream().filter(a -> a.startsWith("resource.taken") || a.equals("resource.restored")).toList());
        }

        @Test
        @DisplayName("needs a reason; a second takedown is a conflict; neither changes anything")
        void needsReason() {
            String before = fixtures.digest();
            moderator().body(Map.of("reason", "  ")).post("/api/v1/resources/" + eventId + "/takedown").then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
            moderator().body(Map.of()).post("/api/v1/resources/" + eventId + "/takedown").then().statusCode(400);
            assertEquals(before, fixtures.digest());
            moderator().body(Map.of("reason", "Skräppost")).post("/api/v1/resources/" + eventId + "/takedown").then().statusCode(200);
            String after = fixtures.digest();
            moderator().body(Map.of("reason", "Igen")).post("/api/v1/resources/" + eventId + "/takedown").then().statusCode(409);
            assertEquals(after, fixtures.digest());
        }

        @Test
        @DisplayName("an archived resource is no longer public, and a restore puts a taken-down one back as its editors left it")
        void archivedStaysArchived() {
            as(owner, "member").post("/api/v1/resources/" + eventId + "/archive").then().statusCode(200);
            assertPublic(false);
            moderator().body(Map.of("reason", "Skräppost")).post("/api/v1/resources/" + eventId + "/takedown").then().statusCode(200)
                    .body("moderation.hiddenBecause", contains("ARCHIVED", "TAKEN_DOWN"));
            moderator().post("/api/v1/resources/" + eventId + "/restore").then().statusCode(200).body("status", equalTo("ARCHIVED"));
            assertPublic(false);
            as(owner, "member").post("/api/v1/resources/" + eventId + "/publish").then().statusCode(200);
            assertPublic(true);
        }
    }

    @Nested
    @DisplayName("co-organising")
    class CoOrganising {

        UUID co;
        String coOwner;

        @BeforeEach
        void otherActor() {
            coOwner = "mod-co-owner-" + UUID.randomUUID();
            co = fixtures.actor("Medarrangören " + UUID.randomUUID(), ActorStatus.ACTIVE);
            fixtures.member(co, coOwner, MemberRole.OWNER);
        }

        String update(List<UUID> coOrganisers) {
            Map<String, Object> body = event("Frukostmöte " + word);
            body.put("coOrganiserIds", coOrganisers.stream().map(UUID::toString).toList());
            String etag = as(owner, "member").get("/api/v1/resources/" + eventId).header("ETag");
            return as(owner, "member").header("If-Match", etag).body(body).put("/api/v1/resources/" + eventId)
                    .then().statusCode(200).extract().header("ETag");
        }

        void assertInCoOrganisersReads(boolean shown) {
            List<String> expected = shown ? List.of(eventId) : List.of();
            given().queryParam("actor", co.toString()).get("/api/v1/resources").then().body("items.id", equalTo(expected));
            assertEquals(shown, unfolded(given().queryParam("actor", co.toString()).get("/feeds/v1/events.json")).contains(eventId));
            given().get("/api/v1/resources/" + eventId).then().body("coOrganisers.id", equalTo(shown ? List.of(co.toString()) : List.of()));
        }

        @Test
        @DisplayName("naming a co-organiser invites it; only when its owner accepts is it shown and does the event enter its lists and feeds")
        void consent() {
            update(List.of(co));
            assertEquals(List.of(co + "=PENDING"), fixtures.coOrganisers(UUID.fromString(eventId)));
            assertInCoOrganisersReads(false);
            as(owner, "member").get("/api/v1/resources/" + eventId).then()
                    .body("coOrganisers", empty())
                    .body("coOrganiserInvitations.actor.id", contains(co.toString()))
                    .body("coOrganiserInvitations.status", contains("PENDING"));
            given().get("/api/v1/resources/" + eventId).then().body("$", not(hasKey("coOrganiserInvitations")));

            as(coOwner, "member").get("/api/v1/actors/" + co + "/co-organiser-invitations").then().statusCode(200)
                    .body("items.resource.id", contains(eventId))
                    .body("items.publisher.id", contains(actor.toString()));
            as(coOwner, "member").post("/api/v1/resources/" + eventId + "/co-organisers/" + co + "/accept").then().statusCode(200)
                    .body("status", equalTo("ACCEPTED"));
            assertInCoOrganisersReads(true);
            as(coOwner, "member").get("/api/v1/actors/" + co + "/co-organiser-invitations").then().body("items", empty());
            as(coOwner, "member").post("/api/v1/resources/" + eventId + "/co-organisers/" + co + "/accept").then().statusCode(409);

            // Sending the list again keeps the answer; the co-organiser may withdraw, and is not invited anew by a resend.
            update(List.of(co));
            assertEquals(List.of(co + "=ACCEPTED"), fixtures.coOrganisers(UUID.fromString(eventId)));
            as(coOwner, "member").post("/api/v1/resources/" + eventId + "/co-organisers/" + co + "/decline").then().statusCode(200)
                    .body("status", equalTo("DECLINED"));
            assertInCoOrganisersReads(false);
            update(List.of(co));
            assertEquals(List.of(co + "=DECLINED"), fixtures.coOrganisers(UUID.fromString(eventId)));

            // Removing the actor from the resource removes its invitation.
            update(List.of());
            assertEquals(List.of(), fixtures.coOrganisers(UUID.fromString(eventId)));
            as(coOwner, "member").post("/api/v1/resources/" + eventId + "/co-organisers/" + co + "/accept").then().statusCode(404);
            List<String> actions = fixtures.auditActions(UUID.fromString(eventId));
            assertTrue(actions.containsAll(List.of("resource.co-organiser.invited", "resource.co-organiser.accepted",
                    "resource.co-organiser.declined", "resource.co-organiser.removed")), actions.toString());
        }

        @Test
        @DisplayName("a declined invitation stays declined and leaves the lists unchanged")
        void decline() {
            update(List.of(co));
            as(coOwner, "member").post("/api/v1/resources/" + eventId + "/co-organisers/" + co + "/decline").then().statusCode(200);
            assertInCoOrganisersReads(false);
            String before = fixtures.digest();
            as(coOwner, "member").post("/api/v1/resources/" + eventId + "/co-organisers/" + co + "/accept").then().statusCode(409);
            as(coOwner, "member").post("/api/v1/resources/" + eventId + "/co-organisers/" + co + "/decline").then().statusCode(409);
            assertEquals(before, fixtures.digest());
            as(owner, "member").get("/api/v1/resources/" + eventId).then()
                    .body("coOrganiserInvitations.status", containsInAnyOrder("DECLINED"));
            assertFalse(fixtures.coOrganisers(UUID.fromString(eventId)).isEmpty());
        }
    }
}
