package se.digitalimpactnorth.apiclient;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.common.TestTokens;

/**
 * What an integrator token may do, end to end through the existing endpoints: its own actor's
 * content, and nothing of another actor's; a revoked client's token has no rights at once.
 * The full persona × action rules are the INTEGRATOR columns of the authorisation tables.
 */
@QuarkusTest
class IntegratorAccessTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures clients;

    UUID actor;
    UUID other;
    String clientId;

    @BeforeEach
    void anActorWithAnApiClient() {
        actor = fixtures.actor("Integratörsbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        other = fixtures.actor("Annat bolag " + UUID.randomUUID(), ActorStatus.ACTIVE);
        clientId = clients.register(actor);
    }

    static Map<String, Object> place(UUID actorId) {
        return Map.of("kind", "MEETING_PLACE", "actorId", actorId.toString(), "title", Map.of("sv", "Synkat rum"));
    }

    @Test
    void integrator_creates_reads_and_publishes_a_resource_of_its_own_actor() {
        String id = TestTokens.asIntegrator(clientId).body(place(actor)).post("/api/v1/resources")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("canEdit", equalTo(true)).extract().path("id");
        TestTokens.asIntegrator(clientId).get("/api/v1/resources/" + id).then().statusCode(200);
        TestTokens.asIntegrator(clientId).get("/api/v1/resources?status=DRAFT&actor=" + actor)
                .then().statusCode(200).body("items.id", hasItem(id));
        TestTokens.asIntegrator(clientId).post("/api/v1/resources/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        TestTokens.asIntegrator(clientId).post("/api/v1/resources/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"));
    }

    @Test
    void integrator_cannot_create_for_another_actor_and_nothing_is_written() {
        String before = fixtures.digest();
        TestTokens.asIntegrator(clientId).body(place(other)).post("/api/v1/resources")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, fixtures.digest());
    }

    @Test
    void integrator_of_a_revoked_client_is_refused_at_once() {
        clients.revoke(clientId);
        String before = fixtures.digest();
        TestTokens.asIntegrator(clientId).body(place(actor)).post("/api/v1/resources")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, fixtures.digest());
    }

    @Test
    void a_token_with_the_integrator_role_but_an_unknown_client_has_no_rights() {
        String before = fixtures.digest();
        TestTokens.asIntegrator("not-registered-" + UUID.randomUUID()).body(place(actor)).post("/api/v1/resources")
                .then().statusCode(403);
        assertEquals(before, fixtures.digest());
    }

    @Test
    void integrator_reads_me_but_not_its_audit_or_invitations() {
        TestTokens.asIntegrator(clientId).get("/api/v1/me").then().statusCode(200)
                .body("subject", equalTo("service-account-" + clientId)).body("roles", hasItem("integrator"));
        TestTokens.asIntegrator(clientId).get("/api/v1/me/audit").then().statusCode(403);
        TestTokens.asIntegrator(clientId).get("/api/v1/me/invitations").then().statusCode(403);
    }

    @Test
    void integrator_does_not_edit_its_actor() {
        TestTokens.asIntegrator(clientId).get("/api/v1/actors/" + actor + "/members").then().statusCode(403);
    }
}
