package se.digitalimpactnorth.apiclient;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/** An actor's owners register, list, rotate and revoke API clients; Keycloak is the in-memory double. */
@QuarkusTest
class ApiClientsEndpointTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures clients;

    @Inject
    InMemoryApiClientRegistry keycloak;

    UUID actor;
    String owner;

    @BeforeEach
    void anActiveActorWithAnOwner() {
        owner = "ac-owner-" + UUID.randomUUID();
        actor = fixtures.actor("Klientbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
    }

    @AfterEach
    void keycloakBack() {
        keycloak.reachable(true);
    }

    RequestSpecification asOwner() {
        return TestTokens.as(owner, "member");
    }

    String path() {
        return "/api/v1/actors/" + actor + "/api-clients";
    }

    JsonPath create(String name) {
        return asOwner().body(Map.of("name", name)).post(path()).then().statusCode(201).extract().jsonPath();
    }

    @Test
    void owner_registers_a_client_and_sees_its_secret_once() {
        JsonPath created = create("Kalendersynk");

        String clientId = created.getString("client.clientId");
        assertEquals("Kalendersynk", created.getString("client.name"));
        assertEquals(actor.toString(), created.getString("client.actorId"));
        assertEquals("ACTIVE", created.getString("client.status"));
        assertEquals("Name of " + owner, created.getString("client.createdBy.name"));
        assertEquals("https://server.example.com/protocol/openid-connect/token", created.getString("tokenUrl"));
        // The secret is Keycloak's, handed through; the client is there and enabled.
        InMemoryApiClientRegistry.Client atKeycloak = keycloak.byClientId(clientId);
        assertEquals(atKeycloak.secret(), created.getString("clientSecret"));
        assertTrue(atKeycloak.enabled());
        // Listing never shows a secret.
        asOwner().get(path()).then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].clientId", equalTo(clientId)).body("items[0]", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("clientSecret")));
        // Audited, without the secret.
        List<String> audit = clients.audit(created.getString("client.id"));
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).startsWith("api-client.created"), audit.get(0));
        assertTrue(audit.get(0).contains(clientId));
        assertFalse(audit.get(0).contains(atKeycloak.secret()));
    }

    @Test
    void the_registered_client_acts_for_the_actor() {
        String clientId = create("CRM").getString("client.clientId");
        TestTokens.asIntegrator(clientId)
                .body(Map.of("kind", "MEETING_PLACE", "actorId", actor.toString(), "title", Map.of("sv", "Synkat rum")))
                .post("/api/v1/resources").then().statusCode(201);
    }

    @Test
    void list_is_newest_first_and_keeps_revoked_clients() {
        String first = create("Först").getString("client.id");
        String second = create("Sedan").getString("client.id");
        asOwner().post(path() + "/" + first + "/revoke").then().statusCode(200);
        asOwner().get(path()).then().statusCode(200)
                .body("items.id", equalTo(List.of(second, first)))
                .body("items.status", equalTo(List.of("ACTIVE", "REVOKED")));
    }

    @Test
    void rotating_gives_a_new_secret_that_keycloak_holds() {
        JsonPath created = create("Webbplats");
        String id = created.getString("client.id");
        String clientId = created.getString("client.clientId");

        JsonPath rotated = asOwner().post(path() + "/" + id + "/rotate-secret").then().statusCode(200)
                .body("client.secretRotatedAt", notNullValue()).extract().jsonPath();

        assertNotEquals(created.getString("clientSecret"), rotated.getString("clientSecret"));
        assertEquals(keycloak.byClientId(clientId).secret(), rotated.getString("clientSecret"));
        List<String> audit = clients.audit(id);
        assertEquals(2, audit.size());
        assertTrue(audit.get(1).startsWith("api-client.secret-rotated"), audit.toString());
        assertFalse(audit.get(1).contains(rotated.getString("clientSecret")));
    }

    @Test
    void revoking_disables_at_keycloak_refuses_tokens_at_once_and_is_idempotent() {
        JsonPath created = create("Gammal synk");
        String id = created.getString("client.id");
        String clientId = created.getString("client.clientId");

        String revokedAt = asOwner().post(path() + "/" + id + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedAt", notNullValue()).extract().path("revokedAt");

        assertFalse(keycloak.byClientId(clientId).enabled());
        TestTokens.asIntegrator(clientId)
                .body(Map.of("kind", "MEETING_PLACE", "actorId", actor.toString(), "title", Map.of("sv", "För sent")))
                .post("/api/v1/resources").then().statusCode(403);
        // Again: the same answer, no second audit entry.
        asOwner().post(path() + "/" + id + "/revoke").then().statusCode(200).body("revokedAt", equalTo(revokedAt));
        assertEquals(2, clients.audit(id).size());
        // A revoked client gets no new secret.
        asOwner().post(path() + "/" + id + "/rotate-secret").then().statusCode(409);
    }

    @Test
    void keycloak_unreachable_is_a_503_that_writes_nothing() {
        keycloak.reachable(false);
        String before = fixtures.digest();
        int atKeycloak = keycloak.size();

        asOwner().body(Map.of("name", "Nere")).post(path()).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:service-unavailable"));

        assertEquals(before, fixtures.digest());
        assertEquals(0, clients.count(actor));
        assertEquals(atKeycloak, keycloak.size());
    }

    @Test
    void rotating_while_keycloak_is_unreachable_changes_nothing() {
        JsonPath created = create("Nere sedan");
        keycloak.reachable(false);
        String before = fixtures.digest();
        asOwner().post(path() + "/" + created.getString("client.id") + "/rotate-secret").then().statusCode(503);
        assertEquals(before, fixtures.digest());
    }

    @Test
    void revoking_while_keycloak_is_unreachable_takes_effect_here_and_a_repeat_completes_it() {
        JsonPath created = create("Halvvägs");
        String id = created.getString("client.id");
        String clientId = created.getString("client.clientId");
        keycloak.reachable(false);

        asOwner().post(path() + "/" + id + "/revoke").then().statusCode(503).contentType("application/problem+json");

        // The API refuses its tokens already; Keycloak still has it enabled.
        TestTokens.asIntegrator(clientId)
                .body(Map.of("kind", "MEETING_PLACE", "actorId", actor.toString(), "title", Map.of("sv", "Spärrad")))
                .post("/api/v1/resources").then().statusCode(403);
        assertTrue(keycloak.byClientId(clientId).enabled());
        keycloak.reachable(true);
        asOwner().post(path() + "/" + id + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"));
        assertFalse(keycloak.byClientId(clientId).enabled());
        assertEquals(2, clients.audit(id).size());
    }

    @Test
    void a_client_of_another_actor_is_not_found() {
        UUID other = fixtures.actor("Annan " + UUID.randomUUID(), ActorStatus.ACTIVE);
        String theirs = clients.register(other);
        String id = clients.id(theirs);
        asOwner().post(path() + "/" + id + "/revoke").then().statusCode(404);
        asOwner().post(path() + "/" + UUID.randomUUID() + "/rotate-secret").then().statusCode(404);
    }

    @Test
    void a_pending_actor_has_no_clients_yet() {
        fixtures.setStatus(actor, ActorStatus.PENDING);
        String before = fixtures.digest();
        asOwner().body(Map.of("name", "För tidigt")).post(path()).then().statusCode(409);
        assertEquals(before, fixtures.digest());
    }

    @Test
    void bad_names_are_400_and_write_nothing() {
        String before = fixtures.digest();
        int atKeycloak = keycloak.size();
        for (Object name : new Object[] {"", "   ", "x".repeat(101), "rad\nbrytning", 42}) {
            asOwner().body(Map.of("name", name)).post(path()).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", matchesPattern("name"));
        }
        asOwner().body(Map.of()).post(path()).then().statusCode(400);
        assertEquals(before, fixtures.digest());
        assertEquals(atKeycloak, keycloak.size());
    }
}
