package se.digitalimpactnorth.collaboration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;
import se.digitalimpactnorth.resource.ResourceStatus;

/**
 * A collaboration's life through the API: create, read, update with ETags, publish, archive; who
 * sees it while it is not public; the stored boundary profile and its refresh when a participating
 * actor changes; and bad input, which writes nothing.
 */
@QuarkusTest
class CollaborationsEndpointTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    /** A university in Umeå that leads, and a company in Skellefteå that will take part. */
    UUID lead;
    UUID partner;
    String owner;
    String editor;
    String member;
    String partnerOwner;

    static RequestSpecification as(String subject) {
        return TestTokens.as(subject, "member");
    }

    static RequestSpecification anonymous() {
        return TestTokens.as(null);
    }

    static RequestSpecification moderator() {
        return TestTokens.as("collab-moderator", "member", "moderator");
    }

    @BeforeEach
    void actors() {
        String run = UUID.randomUUID().toString();
        lead = collaborations.actor("Forskningsuniversitetet " + run, ActorKind.UNIVERSITY, "2480");
        partner = collaborations.actor("Skelleftebolaget " + run, ActorKind.COMPANY, "2482");
        owner = "collab-owner-" + run;
        editor = "collab-editor-" + run;
        member = "collab-member-" + run;
        partnerOwner = "collab-partner-owner-" + run;
        fixtures.member(lead, owner, MemberRole.OWNER);
        fixtures.member(lead, editor, MemberRole.EDITOR);
        fixtures.member(lead, member, MemberRole.MEMBER);
        fixtures.member(partner, partnerOwner, MemberRole.OWNER);
    }

    Map<String, Object> input(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("leadActorId", lead.toString());
        body.put("kind", "PROJECT");
        body.put("status", "ACTIVE");
        body.put("title", Map.of("sv", title, "en", "AI testbed for the north"));
        body.put("summary", Map.of("sv", "Ett projekt om AI."));
        body.put("description", Map.of("sv", "Vi bygger **testbäddar**.<script>alert(1)</script>"));
        body.put("startDate", "2026-01-01");
        body.put("endDate", "2027-12-31");
        body.put("website", "https://example.se/ai");
        body.put("sdgs", List.of(9, 4));
        body.put("technologyAreas", List.of("ai", "hpc"));
        body.put("knowledgeAreas", List.of("10201", "20201"));
        body.put("places", List.of("2480", "2581"));
        body.put("funding", List.of(Map.of("funderName", "Vinnova", "programme", "Testbäddar", "amountSek", 2_500_000, "type", "PUBLIC")));
        return body;
    }

    String create(Map<String, Object> body) {
        return as(editor).body(body).post("/api/v1/collaborations").then().statusCode(201).extract().path("id");
    }

    @Nested
    @DisplayName("create and read")
    class CreateAndRead {

        @Test
        @DisplayName("POST /collaborations makes a draft led by the actor, with ETag, Location, stored profile and an audit entry")
        void creates() {
            Response created = as(editor).body(input("AI-testbädd i norr")).post("/api/v1/collaborations");
            created.then().statusCode(201)
                    .header("ETag", notNullValue())
                    .body("slug", equalTo("ai-testbadd-i-norr"))
                    .body("publication", equalTo("DRAFT"))
                    .body("kind", equalTo("PROJECT"))
                    .body("status", equalTo("ACTIVE"))
                    .body("lead.id", equalTo(lead.toString()))
                    .body("participants.actor.id", contains(lead.toString()))
                    .body("participants[0].role", equalTo("LEAD"))
                    .body("participants[0].sector", equalTo("ACADEMIA"))
                    .body("invitations.actor.id", contains(lead.toString()))
                    .body("descriptionHtml.sv", equalTo("<p>Vi bygger <strong>testbäddar</strong>.&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"))
                    .body("sdgs", contains(4, 9))
                    .body("technologyAreas.code", contains("ai", "hpc"))
                    .body("knowledgeAreas.code", contains("10201", "20201"))
                    .body("knowledgeAreas[0].level", equalTo("SUBJECT"))
                    .body("places.code", contains("2480", "2581"))
                    .body("funding[0].funderName", equalTo("Vinnova"))
                    .body("funding[0].amountSek", equalTo(2_500_000))
                    .body("canEdit", equalTo(true))
                    .body("moderation.visibleToPublic", equalTo(false))
                    .body("moderation.hiddenBecause", contains("DRAFT", "TOO_FEW_PARTICIPANTS"))
                    // One participant, two places in two counties, two knowledge areas, two technology areas.
                    .body("boundaryProfile.organisations.count", equalTo(1))
                    .body("boundaryProfile.crossed", contains("PLACE", "KNOWLEDGE", "TECHNOLOGY"))
                    .body("boundaryProfile.score", equalTo(3));
            String id = created.path("id");
            assertEquals("/api/v1/collaborations/" + id, java.net.URI.create(created.header("Location")).getPath());
            assertEquals("\"" + created.path("version") + "\"", created.header("ETag"));
            assertEquals("score=3 sectors=[ACADEMIA] municipalities=[2480, 2581] counties=[24, 25] count=1 crosses=PLACE,KNOWLEDGE,TECHNOLOGY",
                    collaborations.storedProfile(UUID.fromString(id)));
            assertEquals(List.of("collaboration.created"), fixtures.auditActions(UUID.fromString(id)));
        }

        @Test
        @DisplayName("a second collaboration of the same title gets a slug of its own, and both read by slug")
        void slugs() {
            String first = create(input("Nätverk för data"));
            String second = create(input("Nätverk för data"));
            as(owner).get("/api/v1/collaborations/natverk-for-data").then().statusCode(200).body("id", equalTo(first));
            as(owner).get("/api/v1/collaborations/natverk-for-data-2").then().statusCode(200).body("id", equalTo(second));
        }

        @Test
        @DisplayName("a member of the lead cannot start one for it (403) and a pending lead cannot lead (409); nothing is written")
        void createRefused() {
            String before = collaborations.digest();
            as(member).body(input("Inte tillåtet")).post("/api/v1/collaborations").then().statusCode(403);
            fixtures.setStatus(lead, ActorStatus.PENDING);
            as(owner).body(input("Inte aktiv")).post("/api/v1/collaborations").then().statusCode(409);
            assertEquals(before, collaborations.digest());
        }
    }

    @Nested
    @DisplayName("update, publish and archive with ETags")
    class Changes {

        @Test
        @DisplayName("PUT needs the current ETag: missing 428, stale 412 (nothing changed), current 200 with a new ETag")
        void update() {
            String id = create(input("Versionerad samverkan"));
            String etag = as(owner).get("/api/v1/collaborations/" + id).then().statusCode(200).extract().header("ETag");
            Map<String, Object> changed = input("Versionerad samverkan");
            changed.put("status", "COMPLETED");
            changed.put("technologyAreas", List.of("iot"));
            String before = collaborations.digest();
            as(editor).body(changed).put("/api/v1/collaborations/" + id).then().statusCode(428);
            as(editor).header("If-Match", "\"999\"").body(changed).put("/api/v1/collaborations/" + id).then().statusCode(412);
            assertEquals(before, collaborations.digest());

            Response ok = as(editor).header("If-Match", etag).body(changed).put("/api/v1/collaborations/" + id);
            ok.then().statusCode(200).body("status", equalTo("COMPLETED")).body("technologyAreas.code", contains("iot"))
                    .body("boundaryProfile.technology.crossed", equalTo(false));
            assertNotEquals(etag, ok.header("ETag"));
            // The old ETag is now stale.
            as(editor).header("If-Match", etag).body(changed).put("/api/v1/collaborations/" + id).then().statusCode(412);
            assertEquals(List.of("collaboration.created", "collaboration.updated"), fixtures.auditActions(UUID.fromString(id)));
        }

        @Test
        @DisplayName("PUT with another leadActorId is a 400 on leadActorId: the lead is handed over, not edited")
        void leadCannotChangeByEdit() {
            String id = create(input("Ledd av universitetet"));
            String etag = as(owner).get("/api/v1/collaborations/" + id).then().extract().header("ETag");
            Map<String, Object> changed = input("Ledd av universitetet");
            changed.put("leadActorId", partner.toString());
            String before = collaborations.digest();
            as(owner).header("If-Match", etag).body(changed).put("/api/v1/collaborations/" + id).then().statusCode(400)
                    .body("errors.field", contains("leadActorId"));
            assertEquals(before, collaborations.digest());
        }

        @Test
        @DisplayName("publish and archive move the publication, change the ETag, 409 when already there, 412 on a stale If-Match")
        void publishAndArchive() {
            String id = create(input("Publiceras snart"));
            as(editor).header("If-Match", "\"999\"").post("/api/v1/collaborations/" + id + "/publish").then().statusCode(412);
            Response published = as(editor).post("/api/v1/collaborations/" + id + "/publish");
            published.then().statusCode(200).body("publication", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
            as(editor).post("/api/v1/collaborations/" + id + "/publish").then().statusCode(409);
            as(editor).header("If-Match", published.header("ETag")).post("/api/v1/collaborations/" + id + "/archive").then()
                    .statusCode(200).body("publication", equalTo("ARCHIVED"));
            as(editor).post("/api/v1/collaborations/" + id + "/archive").then().statusCode(409);
            assertEquals(List.of("collaboration.archived", "collaboration.created", "collaboration.published"),
                    fixtures.auditActions(UUID.fromString(id)).stream().sorted().toList());
        }

        @Test
        @DisplayName("a moderator's takedown: reason required, editors then get 403, restore brings it back")
        void takedown() {
            String id = create(input("Nedtagen samverkan"));
            moderator().body(Map.of("reason", " ")).post("/api/v1/collaborations/" + id + "/takedown").then().statusCode(400)
                    .body("errors.field", contains("reason"));
            moderator().body(Map.of("reason", "Vilseledande")).post("/api/v1/collaborations/" + id + "/takedown").then().statusCode(200)
                    .body("moderation.takedownReason", equalTo("Vilseledande"))
                    .body("moderation.hiddenBecause", hasItem("TAKEN_DOWN"));
            as(owner).get("/api/v1/collaborations/" + id).then().statusCode(200).body("canEdit", equalTo(false))
                    .body("moderation.takedownReason", equalTo("Vilseledande"));
            as(editor).post("/api/v1/collaborations/" + id + "/publish").then().statusCode(403);
            moderator().body(Map.of("reason", "Igen")).post("/api/v1/collaborations/" + id + "/takedown").then().statusCode(409);
            moderator().post("/api/v1/collaborations/" + id + "/restore").then().statusCode(200).body("canEdit", equalTo(false))
                    .body("moderation.takedownReason", nullValue());
            moderator().post("/api/v1/collaborations/" + id + "/restore").then().statusCode(409);
            as(editor).post("/api/v1/collaborations/" + id + "/publish").then().statusCode(200);
        }
    }

    @Nested
    @DisplayName("what the public sees")
    class Visibility {

        UUID id;

        @BeforeEach
        void published() {
            id = UUID.fromString(create(input("Synlighetsprojektet")));
            as(owner).post("/api/v1/collaborations/" + id + "/publish").then().statusCode(200);
        }

        @Test
        @DisplayName("published with only the lead: 404 for the public, visible to the lead's people with TOO_FEW_PARTICIPANTS")
        void tooFew() {
            anonymous().get("/api/v1/collaborations/" + id).then().statusCode(404);
            as(member).get("/api/v1/collaborations/" + id).then().statusCode(200)
                    .body("moderation.hiddenBecause", contains("TOO_FEW_PARTICIPANTS"))
                    .body("canEdit", equalTo(false));
        }

        @Test
        @DisplayName("an invited partner does not count: still 404 for the public, but its owner reads it; a declined one's owner does not")
        void invitedDoesNotCount() {
            collaborations.participant(id, partner, ParticipantRole.PARTNER, ParticipantStatus.INVITED);
            anonymous().get("/api/v1/collaborations/" + id).then().statusCode(404);
            as(partnerOwner).get("/api/v1/collaborations/" + id).then().statusCode(200)
                    .body("participants", hasSize(1)).body("invitations", nullValue())
                    .body("moderation.hiddenBecause", contains("TOO_FEW_PARTICIPANTS"));
            UUID declined = collaborations.actor("Avböjande AB " + UUID.randomUUID(), ActorKind.COMPANY, null);
            fixtures.member(declined, "collab-declined-" + declined, MemberRole.OWNER);
            collaborations.participant(id, declined, ParticipantRole.PARTNER, ParticipantStatus.DECLINED);
            as("collab-declined-" + declined).get("/api/v1/collaborations/" + id).then().statusCode(404);
        }

        @Test
        @DisplayName("two that count make it public: participants and sectors for everyone, no invitations or moderation")
        void publicWithTwo() {
            collaborations.participant(id, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
            anonymous().get("/api/v1/collaborations/" + id).then().statusCode(200)
                    .body("participants.actor.id", contains(lead.toString(), partner.toString()))
                    .body("participants.sector", contains("ACADEMIA", "BUSINESS"))
                    .body("boundaryProfile.sectors.values", contains("BUSINESS", "ACADEMIA"))
                    .body("boundaryProfile.organisations.crossed", equalTo(true))
                    .body("invitations", nullValue())
                    .body("moderation", nullValue())
                    .body("canEdit", equalTo(false));
            as(partnerOwner).get("/api/v1/collaborations/" + id).then().statusCode(200)
                    .body("moderation.visibleToPublic", equalTo(true)).body("invitations", nullValue());
        }

        @Test
        @DisplayName("taken down, or its lead suspended: 404 for the public and outsiders, visible to the participants' people")
        void hiddenAgain() {
            collaborations.participant(id, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
            collaborations.takeDown(id, "Felaktig");
            anonymous().get("/api/v1/collaborations/" + id).then().statusCode(404);
            as("collab-stranger").get("/api/v1/collaborations/" + id).then().statusCode(404);
            as(partnerOwner).get("/api/v1/collaborations/" + id).then().statusCode(200)
                    .body("moderation.hiddenBecause", contains("TAKEN_DOWN"));
            moderator().post("/api/v1/collaborations/" + id + "/restore").then().statusCode(200);
            anonymous().get("/api/v1/collaborations/" + id).then().statusCode(200);

            fixtures.setStatus(lead, ActorStatus.SUSPENDED);
            anonymous().get("/api/v1/collaborations/" + id).then().statusCode(404);
            as(partnerOwner).get("/api/v1/collaborations/" + id).then().statusCode(200)
                    .body("moderation.hiddenBecause", contains("LEAD_NOT_ACTIVE", "TOO_FEW_PARTICIPANTS"));
            moderator().get("/api/v1/collaborations/" + id).then().statusCode(200);
        }

        @Test
        @DisplayName("archived or draft: 404 for the public")
        void archived() {
            collaborations.participant(id, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
            as(owner).post("/api/v1/collaborations/" + id + "/archive").then().statusCode(200);
            anonymous().get("/api/v1/collaborations/" + id).then().statusCode(404);
            as(owner).get("/api/v1/collaborations/" + id).then().statusCode(200).body("moderation.hiddenBecause", contains("ARCHIVED"));
        }
    }

    @Nested
    @DisplayName("the stored profile follows the participants' actors")
    class Profile {

        @Test
        @DisplayName("an actor's new municipality, kind or suspension recomputes the stored profile and moves the ETag")
        void refreshedByActorChanges() {
            Map<String, Object> body = input("Profilen följer med");
            body.put("places", List.of());
            body.put("knowledgeAreas", List.of());
            body.put("technologyAreas", List.of());
            UUID id = UUID.fromString(create(body));
            collaborations.participant(id, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
            assertEquals("score=3 sectors=[BUSINESS, ACADEMIA] municipalities=[2480, 2482] counties=[24] count=2"
                    + " crosses=SECTOR,ORGANISATION,PLACE", collaborations.storedProfile(id));
            long version = collaborations.version(id);

            // The partner's owner moves it to Umeå and makes it a university, through the actors' API.
            String etag = as(partnerOwner).get("/api/v1/actors/" + partner).then().statusCode(200).extract().header("ETag");
            as(partnerOwner).header("If-Match", etag)
                    .body(Map.of("name", "Flyttade bolaget " + partner, "kind", "UNIVERSITY", "municipalityCode", "2480"))
                    .put("/api/v1/actors/" + partner).then().statusCode(200);
            assertEquals("score=1 sectors=[ACADEMIA] municipalities=[2480] counties=[24] count=2 crosses=ORGANISATION",
                    collaborations.storedProfile(id));
            assertNotEquals(version, collaborations.version(id));
            as(owner).get("/api/v1/collaborations/" + id).then().body("boundaryProfile.score", equalTo(1))
                    .body("participants[1].sector", equalTo("ACADEMIA"));

            // A moderator suspends it: it no longer counts.
            moderator().body(Map.of("reason", "Oseriöst")).post("/api/v1/actors/" + partner + "/suspend").then().statusCode(200);
            assertEquals("score=0 sectors=[ACADEMIA] municipalities=[2480] counties=[24] count=1 crosses=",
                    collaborations.storedProfile(id));
        }
    }

    @Nested
    @DisplayName("linked resources")
    class Linked {

        @Test
        @DisplayName("a resource of an accepted participant links; the public sees only the public ones")
        void linksParticipantsResources() {
            UUID published = fixtures.resource(partner, ResourceStatus.PUBLISHED, null);
            UUID draft = fixtures.resource(lead, ResourceStatus.DRAFT, null);
            String id = create(input("Länkade resurser"));
            collaborations.participant(UUID.fromString(id), partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
            String etag = as(owner).get("/api/v1/collaborations/" + id).then().extract().header("ETag");
            Map<String, Object> body = input("Länkade resurser");
            body.put("linkedResourceIds", List.of(published.toString(), draft.toString()));
            as(owner).header("If-Match", etag).body(body).put("/api/v1/collaborations/" + id).then().statusCode(200)
                    .body("linkedResources.id", containsInAnyOrder(published.toString(), draft.toString()));
            as(owner).post("/api/v1/collaborations/" + id + "/publish").then().statusCode(200);
            anonymous().get("/api/v1/collaborations/" + id).then().statusCode(200)
                    .body("linkedResources.id", contains(published.toString()))
                    .body("linkedResources[0].actor.id", equalTo(partner.toString()));
        }
    }

    @Nested
    @DisplayName("bad input gets a 400 naming the field and writes nothing")
    class BadInput {

        void rejects(Consumer<Map<String, Object>> change, String field, String code) {
            Map<String, Object> body = input("Felaktig samverkan");
            change.accept(body);
            String before = collaborations.digest() + fixtures.digest();
            as(editor).body(body).post("/api/v1/collaborations").then().statusCode(400)
                    .body("errors.field", hasItem(field))
                    .body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
            assertEquals(before, collaborations.digest() + fixtures.digest());
        }

        @Test
        @DisplayName("an unknown SSIF code, named by its index")
        void unknownKnowledgeArea() {
            rejects(b -> b.put("knowledgeAreas", List.of("10201", "99999")), "knowledgeAreas[1]", "not-one-of");
        }

        @Test
        @DisplayName("an end before the start")
        void endBeforeStart() {
            rejects(b -> b.put("endDate", "2025-12-31"), "endDate", "invalid");
        }

        @Test
        @DisplayName("a funding amount below 0 or above 10^12")
        void amounts() {
            rejects(b -> b.put("funding", List.of(Map.of("funderName", "X", "amountSek", -1, "type", "PUBLIC"))),
                    "funding[0].amountSek", "out-of-range");
            rejects(b -> b.put("funding", List.of(Map.of("funderName", "X", "amountSek", 1_000_000_000_001L, "type", "PRIVATE"))),
                    "funding[0].amountSek", "out-of-range");
        }

        @Test
        @DisplayName("a funding line with both funders, or neither")
        void funders() {
            rejects(b -> b.put("funding", List.of(Map.of("funderName", "X", "funderActorId", partner.toString(), "amountSek", 1,
                    "type", "PUBLIC"))), "funding[0].funderName", "invalid");
            rejects(b -> b.put("funding", List.of(Map.of("amountSek", 1, "type", "PUBLIC"))), "funding[0].funderActorId", "required");
        }

        @Test
        @DisplayName("a linked resource of an actor that does not take part")
        void resourceOfNonParticipant() {
            UUID other = fixtures.resource(partner, ResourceStatus.PUBLISHED, null);
            rejects(b -> b.put("linkedResourceIds", List.of(other.toString())), "linkedResourceIds[0]", "invalid");
        }

        @Test
        @DisplayName("more than 50 places")
        void tooManyPlaces() {
            List<String> places = new ArrayList<>();
            for (int i = 0; i < 51; i++) {
                places.add("2480");
            }
            rejects(b -> b.put("places", places), "places", "too-many");
        }

        @Test
        @DisplayName("an unknown municipality or technology area")
        void unknownCodes() {
            rejects(b -> b.put("places", List.of("2480", "9999")), "places[1]", "not-one-of");
            rejects(b -> b.put("technologyAreas", List.of("alchemy")), "technologyAreas[0]", "not-one-of");
        }

        @Test
        @DisplayName("the same checks on PUT leave the collaboration as it was")
        void onUpdate() {
            String id = create(input("Oförändrad"));
            String etag = as(owner).get("/api/v1/collaborations/" + id).then().extract().header("ETag");
            Map<String, Object> body = input("Oförändrad");
            body.put("endDate", "2020-01-01");
            body.put("knowledgeAreas", List.of("7"));
            String before = collaborations.digest() + fixtures.digest();
            as(owner).header("If-Match", etag).body(body).put("/api/v1/collaborations/" + id).then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("endDate", "knowledgeAreas[0]"));
            assertEquals(before, collaborations.digest() + fixtures.digest());
            as(owner).get("/api/v1/collaborations/" + id).then().header("ETag", endsWith(etag.substring(1)));
        }
    }
}
