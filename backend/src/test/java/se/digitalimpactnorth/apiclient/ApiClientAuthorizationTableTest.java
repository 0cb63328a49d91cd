package se.digitalimpactnorth.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.AuthorizationTables;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Persona × action for an actor's API clients. Every cell starts from a fresh active actor with an
 * owner, an editor, a member and two API clients (one the INTEGRATOR calls with, one the actions
 * act on), and another actor with its own owner. Every denial must leave the database and the
 * (in-memory) Keycloak as they were.
 */
@QuarkusTest
public class ApiClientAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        OUTSIDER("k-outsider", "member"),
        MEMBER("k-member", "member"),
        EDITOR("k-editor", "member"),
        OWNER("k-owner", "member"),
        /** Owner of another actor. */
        OTHER_OWNER("k-other-owner", "member"),
        MODERATOR("k-moderator", "member", "moderator"),
        ADMIN("k-admin", "member", "admin"),
        /** An integrator: an API client of the actor. A client never manages clients. */
        INTEGRATOR(null, "integrator");

        final String subject;
        final String[] roles;

        Persona(String subject, String... roles) {
            this.subject = subject;
            this.roles = roles;
        }

        /** INTEGRATOR calls with a token of the API client registered for the world's actor. */
        RequestSpecification request(World w) {
            return this == INTEGRATOR ? TestTokens.asIntegrator(w.integrator()) : TestTokens.as(subject, roles);
        }
    }

    /** The actor, the id and clientId of the client the actions act on, and the INTEGRATOR's clientId. */
    record World(UUID actor, String client, String clientId, String integrator) {}

    private static String path(World w) {
        return "/api/v1/actors/" + w.actor() + "/api-clients";
    }

    enum Action {
        LIST((p, w) -> p.request(w).get(path(w))),
        CREATE((p, w) -> p.request(w).body(Map.of("name", "Ny synk")).post(path(w))),
        ROTATE_SECRET((p, w) -> p.request(w).post(path(w) + "/" + w.client() + "/rotate-secret")),
        REVOKE((p, w) -> p.request(w).post(path(w) + "/" + w.client() + "/revoke"));

        final BiFunction<Persona, World, Response> call;

        Action(BiFunction<Persona, World, Response> call) {
            this.call = call;
        }
    }

    private static final Map<Action, int[]> TABLE = Map.ofEntries(
            //                                       ANON OUTS MEMB EDIT OWNR OTHR MODR ADMN INTG
            // A client acts for the actor unattended: its owners manage them (admins may, to help).
            Map.entry(Action.LIST, new int[] {         401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.CREATE, new int[] {       401, 403, 403, 403, 201, 403, 403, 201, 403}),
            Map.entry(Action.ROTATE_SECRET, new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.REVOKE, new int[] {       401, 403, 403, 403, 200, 403, 403, 200, 403}));

    private static final Map<Action, String> OPERATIONS = Map.ofEntries(
            Map.entry(Action.LIST, "GET /api/v1/actors/{actorId}/api-clients"),
            Map.entry(Action.CREATE, "POST /api/v1/actors/{actorId}/api-clients"),
            Map.entry(Action.ROTATE_SECRET, "POST /api/v1/actors/{actorId}/api-clients/{id}/rotate-secret"),
            Map.entry(Action.REVOKE, "POST /api/v1/actors/{actorId}/api-clients/{id}/revoke"));

    /** The operations this table has rows for; see {@link #OPERATIONS}. */
    public static List<String> operations() {
        return AuthorizationTables.operations(Action.values(), OPERATIONS);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures apiClients;

    @Inject
    InMemoryApiClientRegistry keycloak;

    static Stream<Arguments> cells() {
        return AuthorizationTables.cells(Persona.values(), Action.values(), TABLE);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("cells")
    void persona_action(Persona persona, Action action, int expected) {
        UUID actor = fixtures.actor("Klientaktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, Persona.OWNER.subject, MemberRole.OWNER);
        fixtures.member(actor, Persona.EDITOR.subject, MemberRole.EDITOR);
        fixtures.member(actor, Persona.MEMBER.subject, MemberRole.MEMBER);
        UUID other = fixtures.actor("Annan aktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(other, Persona.OTHER_OWNER.subject, MemberRole.OWNER);
        String clientId = apiClients.register(actor);
        World world = new World(actor, apiClients.id(clientId), clientId, apiClients.register(actor));
        String before = fixtures.digest();
        InMemoryApiClientRegistry.Client atKeycloak = keycloak.byClientId(clientId);
        int clientsAtKeycloak = keycloak.size();

        Response response = action.call.apply(persona, world);

        assertEquals(expected, response.statusCode(), () -> persona + " " + action + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, fixtures.digest(), persona + " " + action + " was denied but changed the database");
            assertEquals(atKeycloak, keycloak.byClientId(clientId), persona + " " + action + " was denied but changed Keycloak");
            assertEquals(clientsAtKeycloak, keycloak.size(), persona + " " + action + " was denied but registered a client");
        }
    }
}
