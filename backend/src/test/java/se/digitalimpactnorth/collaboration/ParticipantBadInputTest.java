package se.digitalimpactnorth.collaboration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/** Bad invitations and hand-overs: a 400 problem naming the field with its code, and nothing written. */
@QuarkusTest
class ParticipantBadInputTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ParticipantFixtures collaborations;

    UUID lead;
    UUID collaboration;
    String owner;

    @BeforeEach
    void world() {
        lead = fixtures.actor("Ledare " + UUID.randomUUID(), ActorStatus.ACTIVE);
        owner = "bad-input-owner-" + UUID.randomUUID();
        fixtures.member(lead, owner, MemberRole.OWNER);
        collaboration = collaborations.collaboration(lead, Publication.PUBLISHED);
    }

    /** Sends the request and checks the 400 names {@code field} with {@code code} and changed nothing. */
    private void refused(String path, Map<String, ?> body, String field, String code) {
        String before = collaborations.digest();
        ValidatableResponse response = TestTokens.as(owner, "member").body(body).post("/api/v1/collaborations/" + collaboration + path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(code));
        assertEquals(before, collaborations.digest(), () -> "refused but changed the database: " + response.extract().asString());
    }

    private static Map<String, String> invite(UUID actor, String role) {
        return Map.of("actorId", actor.toString(), "role", role);
    }

    @Test
    @DisplayName("the same actor twice: invited, accepted, or the lead itself (taken)")
    void sameActorTwice() {
        UUID invited = fixtures.actor("Inbjuden " + UUID.randomUUID(), ActorStatus.ACTIVE);
        UUID accepted = fixtures.actor("Deltagare " + UUID.randomUUID(), ActorStatus.ACTIVE);
        collaborations.participant(collaboration, invited, ParticipantRole.PARTNER, ParticipantStatus.INVITED);
        collaborations.participant(collaboration, accepted, ParticipantRole.FUNDER, ParticipantStatus.ACCEPTED);
        refused("/participants", invite(invited, "PARTNER"), "actorId", "taken");
        refused("/participants", invite(accepted, "ASSOCIATE"), "actorId", "taken");
        refused("/participants", invite(lead, "PARTNER"), "actorId", "taken");
    }

    @Test
    @DisplayName("a pending, suspended or unknown actor (invalid)")
    void notAnActiveActor() {
        refused("/participants", invite(fixtures.actor("Väntande " + UUID.randomUUID(), ActorStatus.PENDING), "PARTNER"),
                "actorId", "invalid");
        refused("/participants", invite(fixtures.actor("Avstängd " + UUID.randomUUID(), ActorStatus.SUSPENDED), "PARTNER"),
                "actorId", "invalid");
        refused("/participants", invite(UUID.randomUUID(), "PARTNER"), "actorId", "invalid");
    }

    @Test
    @DisplayName("more than 50 participants (too-many); declined ones do not count")
    void tooMany() {
        for (int i = 0; i < ParticipantService.MAX_PARTICIPANTS - 1; i++) {
            collaborations.participant(collaboration, fixtures.actor("Många " + i + " " + UUID.randomUUID(), ActorStatus.ACTIVE),
                    ParticipantRole.PARTNER, i % 2 == 0 ? ParticipantStatus.INVITED : ParticipantStatus.ACCEPTED);
        }
        UUID declined = fixtures.actor("Avböjde " + UUID.randomUUID(), ActorStatus.ACTIVE);
        collaborations.participant(collaboration, declined, ParticipantRole.PARTNER, ParticipantStatus.DECLINED);
        // 50 invited or accepted, the lead included: one more is too many, a declined one invited again too.
        refused("/participants", invite(fixtures.actor("En till " + UUID.randomUUID(), ActorStatus.ACTIVE), "PARTNER"),
                "actorId", "too-many");
        refused("/participants", invite(declined, "PARTNER"), "actorId", "too-many");
    }

    @Test
    @DisplayName("inviting as LEAD (not-one-of): the lead is handed over, never invited")
    void inviteAsLead() {
        refused("/participants", invite(fixtures.actor("Blivande " + UUID.randomUUID(), ActorStatus.ACTIVE), "LEAD"),
                "role", "not-one-of");
    }

    @Test
    @DisplayName("handing the lead to an actor that is not an accepted participant, or is the lead already (invalid)")
    void handOverToNonParticipant() {
        UUID invited = fixtures.actor("Inbjuden " + UUID.randomUUID(), ActorStatus.ACTIVE);
        UUID declined = fixtures.actor("Avböjde " + UUID.randomUUID(), ActorStatus.ACTIVE);
        UUID suspended = fixtures.actor("Avstängd " + UUID.randomUUID(), ActorStatus.ACTIVE);
        collaborations.participant(collaboration, invited, ParticipantRole.PARTNER, ParticipantStatus.INVITED);
        collaborations.participant(collaboration, declined, ParticipantRole.PARTNER, ParticipantStatus.DECLINED);
        collaborations.participant(collaboration, suspended, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        fixtures.setStatus(suspended, ActorStatus.SUSPENDED);
        refused("/lead", Map.of("actorId", invited.toString()), "actorId", "invalid");
        refused("/lead", Map.of("actorId", declined.toString()), "actorId", "invalid");
        refused("/lead", Map.of("actorId", suspended.toString()), "actorId", "invalid");
        refused("/lead", Map.of("actorId", UUID.randomUUID().toString()), "actorId", "invalid");
        refused("/lead", Map.of("actorId", lead.toString()), "actorId", "invalid");
    }
}
