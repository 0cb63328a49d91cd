package se.digitalimpactnorth.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.collaboration.CollaborationFixtures;
import se.digitalimpactnorth.collaboration.CollaborationFixtures.Spec;
import se.digitalimpactnorth.collaboration.CollaborationStatus;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;
import se.digitalimpactnorth.common.TestTokens;

/**
 * The matchmaking endpoints over HTTP: who is excluded, what a draft contributes, the limit. (Who may
 * call them is in the actor and collaboration authorisation tables; the scoring on a hand-built
 * ecosystem in PartnerMatcherTest.) Every actor here is in Skellefteå with three technology areas the
 * other tests do not give actors, so the candidates of this test rank above everybody else's.
 */
@QuarkusTest
class PartnerSuggestionsEndpointTest {

    private static final String OWNER = "mm-owner";

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    @Inject
    EntityManager em;

    UUID subject;
    UUID good;
    UUID suspended;
    UUID pending;
    UUID draftPartner;
    UUID cancelledPartner;
    UUID invitedOnly;
    UUID xr;
    UUID draft;

    private UUID actor(String name, ActorKind kind, String municipality, String... areas) {
        UUID id = collaborations.actor(name + " " + UUID.randomUUID(), kind, municipality);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String area : areas) {
                em.createNativeQuery("insert into actor_technology_area (actor_id, code) values (?1, ?2)")
                        .setParameter(1, id).setParameter(2, area).executeUpdate();
            }
        });
        return id;
    }

    @BeforeEach
    void world() {
        subject = actor("Subjektet AB", ActorKind.COMPANY, "2482", "space", "edtech", "hci");
        fixtures.member(subject, OWNER, MemberRole.OWNER);
        good = actor("Bra universitet", ActorKind.UNIVERSITY, "2482", "space", "edtech", "hci");
        suspended = actor("Avstängt universitet", ActorKind.UNIVERSITY, "2482", "space", "edtech", "hci");
        fixtures.setStatus(suspended, ActorStatus.SUSPENDED);
        pending = actor("Väntande universitet", ActorKind.UNIVERSITY, "2482", "space", "edtech", "hci");
        fixtures.setStatus(pending, ActorStatus.PENDING);
        draftPartner = actor("Utkastpartner", ActorKind.UNIVERSITY, "2482", "space", "edtech", "hci");
        cancelledPartner = actor("Inställd partner", ActorKind.UNIVERSITY, "2482", "space", "edtech", "hci");
        invitedOnly = actor("Bara inbjuden", ActorKind.UNIVERSITY, "2482", "space", "edtech", "hci");
        xr = actor("XR-kommunen", ActorKind.PUBLIC_AUTHORITY, "0180", "xr");

        // A partnership in a draft is a partnership; one in a cancelled collaboration is not.
        UUID partnership = collaborations.collaboration(subject, "Utkast tillsammans", Spec.draft());
        collaborations.participant(partnership, draftPartner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        UUID cancelled = collaborations.collaboration(subject, "Inställt", Spec.published().status(CollaborationStatus.CANCELLED));
        collaborations.participant(cancelled, cancelledPartner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        // The draft the collaboration suggestions are for: XR, not public, one actor invited.
        draft = collaborations.collaboration(subject, "Nytt XR-projekt", Spec.draft().technologyAreas("xr"));
        collaborations.participant(draft, invitedOnly, ParticipantRole.PARTNER, ParticipantStatus.INVITED);
    }

    /** The suggestions once the cached ecosystem shows this test's actors (it follows writes within about a second). */
    private static JsonPath await(String path, Predicate<JsonPath> ready) throws InterruptedException {
        JsonPath body = null;
        for (int i = 0; i < 50; i++) {
            body = TestTokens.as(OWNER, "member").get(path).then().statusCode(200).extract().jsonPath();
            if (ready.test(body)) {
                return body;
            }
            Thread.sleep(200);
        }
        return body;
    }

    private static List<String> ids(JsonPath body) {
        return body.getList("suggestions.actor.id");
    }

    @Test
    @DisplayName("an actor's suggestions: ranked with reasons; never itself, its partners, suspended or pending actors")
    void actorSuggestions() throws InterruptedException {
        JsonPath body = await("/api/v1/actors/" + subject + "/partner-suggestions?limit=50", b -> ids(b).contains(good.toString()));
        List<String> ids = ids(body);
        assertTrue(ids.contains(good.toString()), "the active university: " + ids);
        assertTrue(ids.contains(cancelledPartner.toString()), "a cancelled collaboration makes no partners");
        assertTrue(ids.contains(invitedOnly.toString()), "an unanswered invitation makes no partners");
        for (UUID excluded : List.of(subject, suspended, pending, draftPartner)) {
            assertFalse(ids.contains(excluded.toString()), excluded + " must not be suggested");
        }
        assertEquals("ACTOR", body.getString("subject.type"));
        assertEquals(subject.toString(), body.getString("subject.id"));

        int index = ids.indexOf(good.toString());
        Map<String, Object> suggestion = body.getMap("suggestions[" + index + "]");
        // A sector the company lacks (3) + three shared technology areas (6) + Skellefteå (2).
        assertEquals(11, suggestion.get("score"));
        assertEquals(List.of("COMPLEMENTARY_SECTOR", "SHARED_TECHNOLOGY", "SAME_MUNICIPALITY"),
                body.getList("suggestions[" + index + "].reasons.kind"));
        assertEquals("ACADEMIA", body.getString("suggestions[" + index + "].reasons[0].sector"));
        assertEquals(List.of("edtech", "hci", "space"), body.getList("suggestions[" + index + "].reasons[1].areas.code"));
        assertEquals("Skellefteå kommun", body.getString("suggestions[" + index + "].reasons[2].municipality.name"));
        assertEquals("UNIVERSITY", body.getString("suggestions[" + index + "].actor.kind"));
        assertFalse(body.getMap("suggestions[" + index + "].reasons[0]").containsKey("areas"), "absent fields are left out");

        List<Integer> scores = body.getList("suggestions.score");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "best first: " + scores);
        }
    }

    @Test
    @DisplayName("a draft collaboration's suggestions use its own (non-public) areas and exclude its invited actors")
    void draftSuggestions() throws InterruptedException {
        JsonPath body = await("/api/v1/collaborations/" + draft + "/partner-suggestions?limit=50", b -> ids(b).contains(xr.toString()));
        List<String> ids = ids(body);
        assertEquals("COLLABORATION", body.getString("subject.type"));
        assertTrue(ids.contains(xr.toString()), ids.toString());
        assertFalse(ids.contains(invitedOnly.toString()), "already invited");
        assertFalse(ids.contains(subject.toString()), "the lead");
        assertFalse(ids.contains(suspended.toString()));
        int index = ids.indexOf(xr.toString());
        // Public sector is missing beside a company and a university (3); XR is the draft's area (2).
        assertEquals(List.of("COMPLEMENTARY_SECTOR", "SHARED_TECHNOLOGY"), body.getList("suggestions[" + index + "].reasons.kind"));
        assertEquals(List.of("xr"), body.getList("suggestions[" + index + "].reasons[1].areas.code"));
        assertEquals(5, body.getInt("suggestions[" + index + "].score"));
    }

    @Test
    @DisplayName("limit is 1..50 (default 10); an unknown id is a 404")
    void limitsAndUnknown() {
        TestTokens.as(OWNER, "member").get("/api/v1/actors/" + subject + "/partner-suggestions").then().statusCode(200);
        assertTrue(TestTokens.as(OWNER, "member").get("/api/v1/actors/" + subject + "/partner-suggestions")
                .then().extract().jsonPath().getList("suggestions").size() <= 10);
        for (String limit : List.of("0", "51", "x")) {
            TestTokens.as(OWNER, "member").get("/api/v1/actors/" + subject + "/partner-suggestions?limit=" + limit).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        TestTokens.as("mm-moderator", "member", "moderator").get("/api/v1/actors/" + UUID.randomUUID() + "/partner-suggestions")
                .then().statusCode(404);
        TestTokens.as("mm-moderator", "member", "moderator")
                .get("/api/v1/collaborations/" + UUID.randomUUID() + "/partner-suggestions").then().statusCode(404);
    }
}
