package se.digitalimpactnorth.collaboration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Participants through HTTP: invitations, answers, roles, leaving, withdrawing and handing the lead
 * over, with what each did to the database; and the inboxes that show invitations to owners.
 */
@QuarkusTest
class ParticipantsEndpointTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ParticipantFixtures collaborations;

    /** One world per test: a lead with an owner and an editor, and two other actors with their owners. */
    UUID lead;
    UUID partner;
    UUID third;
    String leadOwner;
    String leadEditor;
    String partnerOwner;
    String thirdOwner;

    @BeforeEach
    void world() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        lead = fixtures.actor("Ledare " + run, ActorStatus.ACTIVE);
        partner = fixtures.actor("Partner " + run, ActorStatus.ACTIVE);
        third = fixtures.actor("Tredje " + run, ActorStatus.ACTIVE);
        leadOwner = "lead-owner-" + run;
        leadEditor = "lead-editor-" + run;
        partnerOwner = "partner-owner-" + run;
        thirdOwner = "third-owner-" + run;
        fixtures.member(lead, leadOwner, MemberRole.OWNER);
        fixtures.member(lead, leadEditor, MemberRole.EDITOR);
        fixtures.member(partner, partnerOwner, MemberRole.OWNER);
        fixtures.member(third, thirdOwner, MemberRole.OWNER);
    }

    private static RequestSpecification as(String subject) {
        return TestTokens.as(subject, "member");
    }

    private static String path(UUID collaboration) {
        return "/api/v1/collaborations/" + collaboration;
    }

    private Response invite(UUID collaboration, UUID actor, String role) {
        return as(leadEditor).body(Map.of("actorId", actor.toString(), "role", role)).post(path(collaboration) + "/participants");
    }

    @Test
    @DisplayName("invite → inbox → accept: the partner counts, the collaboration turns public, and the inbox and badge empty")
    void wholeFlow() {
        UUID c = collaborations.collaboration(lead, Publication.PUBLISHED);
        given().get(path(c)).then().statusCode(404);
        long version = collaborations.version(c);

        invite(c, partner, "PARTNER").then().statusCode(201)
                .body("actor.id", equalTo(partner.toString()))
                .body("role", equalTo("PARTNER"))
                .body("status", equalTo("INVITED"))
                .body("invitedAt", notNullValue());
        assertEquals("PARTNER/INVITED", collaborations.row(c, partner));
        assertTrue(collaborations.version(c) > version, "an invitation is a new version of the collaboration");
        assertTrue(fixtures.auditActions(c).contains("collaboration.participant.invited"));
        // Invited is not yet taking part: the public still does not see it.
        given().get(path(c)).then().statusCode(404);

        as(partnerOwner).get("/api/v1/actors/" + partner + "/collaboration-invitations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].collaboration.id", equalTo(c.toString()))
                .body("items[0].collaboration.publication", equalTo("PUBLISHED"))
                .body("items[0].collaboration.title.sv", equalTo("Fixturprojekt"))
                .body("items[0].lead.id", equalTo(lead.toString()))
                .body("items[0].role", equalTo("PARTNER"))
                .body("items[0].status", equalTo("INVITED"));
        as(partnerOwner).get("/api/v1/me/invitations").then().statusCode(200)
                .body("total", equalTo(1))
                .body("actors", hasSize(1))
                .body("actors[0].actor.id", equalTo(partner.toString()))
                .body("actors[0].collaborationInvitations", equalTo(1))
                .body("actors[0].coOrganiserInvitations", equalTo(0));

        long beforeAccept = collaborations.version(c);
        as(partnerOwner).post(path(c) + "/participants/" + partner + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("answeredAt", notNullValue());
        assertEquals("PARTNER/ACCEPTED", collaborations.row(c, partner));
        assertTrue(collaborations.version(c) > beforeAccept);
        assertTrue(fixtures.auditActions(c).contains("collaboration.participant.accepted"));

        as(partnerOwner).get("/api/v1/actors/" + partner + "/collaboration-invitations").then().statusCode(200).body("items", hasSize(0));
        as(partnerOwner).get("/api/v1/me/invitations").then().statusCode(200).body("total", equalTo(0))
                .body("actors[0].collaborationInvitations", equalTo(0));
        // Two participants that count: public, with both in the profile.
        given().get(path(c)).then().statusCode(200)
                .body("participants.actor.id", containsInAnyOrder(lead.toString(), partner.toString()))
                .body("boundaryProfile.organisations.count", equalTo(2))
                .body("boundaryProfile.organisations.crossed", equalTo(true));
        // Answering twice is a conflict, and changes nothing.
        String before = collaborations.digest();
        as(partnerOwner).post(path(c) + "/participants/" + partner + "/accept").then().statusCode(409);
        assertEquals(before, collaborations.digest());
    }

    @Test
    @DisplayName("a declined invitation leaves the inbox; the actor may be invited again")
    void declineAndInviteAgain() {
        UUID c = collaborations.collaboration(lead, Publication.DRAFT);
        invite(c, third, "FUNDER").then().statusCode(201);
        as(thirdOwner).post(path(c) + "/participants/" + third + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        assertEquals("FUNDER/DECLINED", collaborations.row(c, third));
        as(thirdOwner).get("/api/v1/actors/" + third + "/collaboration-invitations").then().statusCode(200).body("items", hasSize(0));
        // Declined: its people no longer see the draft.
        as(thirdOwner).get(path(c)).then().statusCode(404);

        invite(c, third, "ASSOCIATE").then().statusCode(201).body("status", equalTo("INVITED")).body("role", equalTo("ASSOCIATE"));
        assertEquals("ASSOCIATE/INVITED", collaborations.row(c, third));
        as(thirdOwner).get("/api/v1/actors/" + third + "/collaboration-invitations").then().statusCode(200).body("items", hasSize(1));
        assertTrue(fixtures.auditActions(c).containsAll(List.of("collaboration.participant.declined", "collaboration.participant.invited")));
    }

    @Test
    @DisplayName("a partner's owner leaves: the row is LEFT, the collaboration stops counting it, and it may be invited again")
    void leave() {
        UUID c = collaborations.collaboration(lead, Publication.PUBLISHED);
        collaborations.participant(c, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        given().get(path(c)).then().statusCode(200);

        as(partnerOwner).delete(path(c) + "/participants/" + partner).then().statusCode(204);
        assertEquals("PARTNER/LEFT", collaborations.row(c, partner));
        assertTrue(fixtures.auditActions(c).contains("collaboration.participant.left"));
        given().get(path(c)).then().statusCode(404);
        // Having left, its people no longer see the collaboration (now hidden: one participant counts).
        as(partnerOwner).delete(path(c) + "/participants/" + partner).then().statusCode(404);
        as(leadOwner).delete(path(c) + "/participants/" + partner).then().statusCode(409);

        invite(c, partner, "PARTNER").then().statusCode(201);
        assertEquals("PARTNER/INVITED", collaborations.row(c, partner));
    }

    @Test
    @DisplayName("the lead's editor withdraws an invitation: the row goes, and the invited actor's inbox is empty")
    void withdraw() {
        UUID c = collaborations.collaboration(lead, Publication.DRAFT);
        invite(c, third, "PARTNER").then().statusCode(201);
        as(leadEditor).delete(path(c) + "/participants/" + third).then().statusCode(204);
        assertNull(collaborations.row(c, third));
        assertTrue(fixtures.auditActions(c).contains("collaboration.participant.withdrawn"));
        as(thirdOwner).get("/api/v1/actors/" + third + "/collaboration-invitations").then().statusCode(200).body("items", hasSize(0));
        as(thirdOwner).post(path(c) + "/participants/" + third + "/accept").then().statusCode(404);
    }

    @Test
    @DisplayName("the lead's owner removes an accepted partner: it has LEFT")
    void removePartner() {
        UUID c = collaborations.collaboration(lead, Publication.PUBLISHED);
        collaborations.participant(c, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        as(leadOwner).delete(path(c) + "/participants/" + partner).then().statusCode(204);
        assertEquals("PARTNER/LEFT", collaborations.row(c, partner));
        assertTrue(fixtures.auditActions(c).contains("collaboration.participant.removed"));
    }

    @Test
    @DisplayName("the lead's editor changes a partner's role, but never to or from LEAD")
    void changeRole() {
        UUID c = collaborations.collaboration(lead, Publication.PUBLISHED);
        collaborations.participant(c, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        long version = collaborations.version(c);
        as(leadEditor).body(Map.of("role", "FUNDER")).put(path(c) + "/participants/" + partner).then().statusCode(200)
                .body("role", equalTo("FUNDER")).body("status", equalTo("ACCEPTED"));
        assertEquals("FUNDER/ACCEPTED", collaborations.row(c, partner));
        assertTrue(collaborations.version(c) > version);
        assertTrue(fixtures.auditActions(c).contains("collaboration.participant.role-changed"));

        String before = collaborations.digest();
        as(leadEditor).body(Map.of("role", "LEAD")).put(path(c) + "/participants/" + partner).then().statusCode(400)
                .body("errors[0].field", equalTo("role")).body("errors[0].code", equalTo("not-one-of"));
        as(leadEditor).body(Map.of("role", "PARTNER")).put(path(c) + "/participants/" + lead).then().statusCode(409)
                .body("detail", containsString("hand the lead over"));
        assertEquals(before, collaborations.digest());
    }

    @Test
    @DisplayName("handing the lead over: the new lead is the only lead, the old one a partner, and only the new lead's people change it")
    void handOver() {
        UUID c = collaborations.collaboration(lead, Publication.PUBLISHED);
        collaborations.participant(c, partner, ParticipantRole.FUNDER, ParticipantStatus.ACCEPTED);
        String etag = as(leadOwner).get(path(c)).then().statusCode(200).extract().header("ETag");

        String newEtag = as(leadOwner).header("If-Match", etag).body(Map.of("actorId", partner.toString())).post(path(c) + "/lead")
                .then().statusCode(200)
                .body("lead.id", equalTo(partner.toString()))
                .body("participants.actor.id", hasItem(lead.toString()))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);
        assertEquals("LEAD/ACCEPTED", collaborations.row(c, partner));
        assertEquals("PARTNER/ACCEPTED", collaborations.row(c, lead));
        assertEquals(List.of(partner), collaborations.leads(c));
        assertTrue(fixtures.auditActions(c).contains("collaboration.lead-handed-over"));

        // The old lead's owner is now a partner's owner: no longer the one who invites.
        String before = collaborations.digest();
        as(leadOwner).body(Map.of("actorId", third.toString(), "role", "PARTNER")).post(path(c) + "/participants").then().statusCode(403);
        assertEquals(before, collaborations.digest());
        as(partnerOwner).body(Map.of("actorId", third.toString(), "role", "PARTNER")).post(path(c) + "/participants").then().statusCode(201);
        // A stale ETag is refused.
        as(partnerOwner).header("If-Match", etag).body(Map.of("actorId", lead.toString())).post(path(c) + "/lead").then().statusCode(412);
    }

    @Test
    @DisplayName("the lead cannot leave: 409 saying to hand the lead over first, and nothing changes")
    void leadCannotLeave() {
        UUID c = collaborations.collaboration(lead, Publication.PUBLISHED);
        collaborations.participant(c, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        String before = collaborations.digest();
        for (String subject : List.of(leadOwner, leadEditor)) {
            as(subject).delete(path(c) + "/participants/" + lead).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:din:problem:conflict"))
                    .body("detail", containsString("hand the lead over"));
        }
        assertEquals(before, collaborations.digest());
        assertEquals(List.of(lead), collaborations.leads(c));
    }

    @Test
    @DisplayName("two hand-overs at once: one wins, the other is refused, and there is exactly one lead")
    void concurrentHandOvers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                UUID c = collaborations.collaboration(lead, Publication.PUBLISHED);
                collaborations.participant(c, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
                collaborations.participant(c, third, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (UUID next : List.of(partner, third)) {
                    RequestSpecification request = as(leadOwner).body(Map.of("actorId", next.toString()));
                    answers.add(pool.submit(() -> {
                        go.await();
                        return request.post(path(c) + "/lead").statusCode();
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one hand-over wins: " + statuses);
                // The loser waited for the lock and found that its caller no longer owns the lead.
                assertEquals(1, statuses.stream().filter(s -> s == 403).count(), "the other is refused: " + statuses);
                List<UUID> leads = collaborations.leads(c);
                assertEquals(1, leads.size(), "exactly one lead");
                assertTrue(List.of(partner, third).contains(leads.getFirst()));
                assertEquals("PARTNER/ACCEPTED", collaborations.row(c, lead));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("the same actor invited twice at once: one invitation, and the other request is told it is taken")
    void concurrentInvitations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            UUID c = collaborations.collaboration(lead, Publication.DRAFT);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (String subject : List.of(leadOwner, leadEditor)) {
                RequestSpecification request = as(subject).body(Map.of("actorId", third.toString(), "role", "PARTNER"));
                answers.add(pool.submit(() -> {
                    go.await();
                    return request.post(path(c) + "/participants");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            String takenField = null;
            for (Future<Response> answer : answers) {
                Response r = answer.get(60, TimeUnit.SECONDS);
                statuses.add(r.statusCode());
                if (r.statusCode() == 400) {
                    takenField = r.jsonPath().getString("errors[0].field") + " " + r.jsonPath().getString("errors[0].code");
                }
            }
            assertEquals(List.of(201, 400), statuses.stream().sorted().toList());
            assertEquals("actorId taken", takenField);
            assertEquals("PARTNER/INVITED", collaborations.row(c, third));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("/me/invitations counts collaboration and co-organiser invitations of each actor the caller owns, and no others")
    void myInvitations() {
        UUID c1 = collaborations.collaboration(lead, Publication.DRAFT);
        UUID c2 = collaborations.collaboration(lead, Publication.PUBLISHED);
        invite(c1, third, "PARTNER").then().statusCode(201);
        invite(c2, third, "FUNDER").then().statusCode(201);
        UUID resource = fixtures.resource(lead, se.digitalimpactnorth.resource.ResourceStatus.PUBLISHED, null);
        fixtures.coOrganiser(resource, third, se.digitalimpactnorth.resource.CoOrganiser.Status.PENDING);
        // An editor of the invited actor does not answer its invitations, so it is not counted for them.
        String thirdEditor = "third-editor-" + UUID.randomUUID();
        fixtures.member(third, thirdEditor, MemberRole.EDITOR);

        as(thirdOwner).get("/api/v1/me/invitations").then().statusCode(200)
                .body("total", equalTo(3))
                .body("actors", hasSize(1))
                .body("actors[0].actor.id", equalTo(third.toString()))
                .body("actors[0].collaborationInvitations", equalTo(2))
                .body("actors[0].coOrganiserInvitations", equalTo(1));
        as(thirdEditor).get("/api/v1/me/invitations").then().statusCode(200).body("total", equalTo(0)).body("actors", hasSize(0));
        as(leadOwner).get("/api/v1/me/invitations").then().statusCode(200).body("total", equalTo(0))
                .body("actors.actor.id", not(hasItem(third.toString())));
        as(thirdOwner).get("/api/v1/actors/" + third + "/collaboration-invitations").then().statusCode(200)
                .body("items.collaboration.id", containsInAnyOrder(c1.toString(), c2.toString()));
    }
}
