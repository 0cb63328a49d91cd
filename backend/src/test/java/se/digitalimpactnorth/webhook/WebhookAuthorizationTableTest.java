package se.digitalimpactnorth.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import se.digitalimpactnorth.apiclient.ApiClientFixtures;
import se.digitalimpactnorth.common.AuthorizationTables;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Persona × action for webhooks. Every cell starts from a fresh world: an actor with an owner, an
 * editor, a member and an API client (the INTEGRATOR persona); another actor with an owner; one
 * webhook of the first actor (to a closed port on 127.0.0.1, never sent) with one stored delivery.
 * Every denial must leave the webhook tables and the audit trail as they were; every write that
 * succeeds must change them.
 */
@QuarkusTest
public class WebhookAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        /** A member of the platform in no actor at all. */
        OUTSIDER("w-outsider", "member"),
        MEMBER("w-member", "member"),
        EDITOR("w-editor", "member"),
        OWNER("w-owner", "member"),
        /** Owner of another actor. */
        OTHER_OWNER("w-other-owner", "member"),
        MODERATOR("w-moderator", "member", "moderator"),
        ADMIN("w-admin", "member", "admin"),
        /** An API client of the actor: it syncs content, it does not manage the actor's webhooks. */
        INTEGRATOR(null);

        final String subject;
        final String[] roles;

        Persona(String subject, String... roles) {
            this.subject = subject;
            this.roles = roles;
        }

        RequestSpecification request(World w) {
            return this == INTEGRATOR ? TestTokens.asIntegrator(w.clientId()) : TestTokens.as(subject, roles);
        }
    }

    record World(UUID actor, UUID webhook, UUID delivery, String clientId) {}

    private static final String URL = "http://127.0.0.1:9/hooks";

    private static String path(World w) {
        return "/api/v1/actors/" + w.actor() + "/webhooks";
    }

    private static Map<String, Object> input() {
        return Map.of("url", URL, "eventTypes", List.of("resource.published", "invitation.received"));
    }

    enum Action {
        LIST(ActorStatus.ACTIVE, (p, w) -> p.request(w).get(path(w))),
        /** A pending actor is hidden from those who are not its people or moderators. */
        LIST_OF_PENDING_ACTOR(ActorStatus.PENDING, (p, w) -> p.request(w).get(path(w))),
        CREATE(ActorStatus.ACTIVE, (p, w) -> p.request(w).body(input()).post(path(w))),
        GET(ActorStatus.ACTIVE, (p, w) -> p.request(w).get(path(w) + "/" + w.webhook())),
        UPDATE(ActorStatus.ACTIVE, (p, w) -> p.request(w).body(input()).put(path(w) + "/" + w.webhook())),
        DELETE(ActorStatus.ACTIVE, (p, w) -> p.request(w).delete(path(w) + "/" + w.webhook())),
        ROTATE_SECRET(ActorStatus.ACTIVE, (p, w) -> p.request(w).post(path(w) + "/" + w.webhook() + "/rotate-secret")),
        LIST_DELIVERIES(ActorStatus.ACTIVE, (p, w) -> p.request(w).get(path(w) + "/" + w.webhook() + "/deliveries")),
        REDELIVER(ActorStatus.ACTIVE, (p, w) -> p.request(w).post(path(w) + "/" + w.webhook() + "/deliveries/" + w.delivery() + "/redeliver"));

        final ActorStatus status;
        final BiFunction<Persona, World, Response> call;

        Action(ActorStatus status, BiFunction<Persona, World, Response> call) {
            this.status = status;
            this.call = call;
        }
    }

    private static final Map<Action, int[]> TABLE = Map.ofEntries(
            //                                                 ANON OUTS MEMB EDIT OWNR OTHR MODR ADMN INTG
            // The actor's owners manage its webhooks (admins may, to help); editors, moderators and integrators do not.
            Map.entry(Action.LIST, new int[] {                  401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.LIST_OF_PENDING_ACTOR, new int[] { 401, 404, 403, 403, 200, 404, 403, 200, 404}),
            Map.entry(Action.CREATE, new int[] {                401, 403, 403, 403, 201, 403, 403, 201, 403}),
            Map.entry(Action.GET, new int[] {                   401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.UPDATE, new int[] {                401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.DELETE, new int[] {                401, 403, 403, 403, 204, 403, 403, 204, 403}),
            Map.entry(Action.ROTATE_SECRET, new int[] {         401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.LIST_DELIVERIES, new int[] {       401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.REDELIVER, new int[] {             401, 403, 403, 403, 200, 403, 403, 200, 403}));

    /** The operation of openapi.yaml each action exercises (AuthorizationCoverageTest reads these). */
    private static final Map<Action, String> OPERATIONS = Map.ofEntries(
            Map.entry(Action.LIST, "GET /api/v1/actors/{actorId}/webhooks"),
            Map.entry(Action.LIST_OF_PENDING_ACTOR, "GET /api/v1/actors/{actorId}/webhooks"),
            Map.entry(Action.CREATE, "POST /api/v1/actors/{actorId}/webhooks"),
            Map.entry(Action.GET, "GET /api/v1/actors/{actorId}/webhooks/{id}"),
            Map.entry(Action.UPDATE, "PUT /api/v1/actors/{actorId}/webhooks/{id}"),
            Map.entry(Action.DELETE, "DELETE /api/v1/actors/{actorId}/webhooks/{id}"),
            Map.entry(Action.ROTATE_SECRET, "POST /api/v1/actors/{actorId}/webhooks/{id}/rotate-secret"),
            Map.entry(Action.LIST_DELIVERIES, "GET /api/v1/actors/{actorId}/webhooks/{id}/deliveries"),
            Map.entry(Action.REDELIVER, "POST /api/v1/actors/{actorId}/webhooks/{id}/deliveries/{deliveryId}/redeliver"));

    public static List<String> operations() {
        return AuthorizationTables.operations(Action.values(), OPERATIONS);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    WebhookFixtures webhooks;

    @Inject
    ApiClientFixtures clients;

    static Stream<Arguments> cells() {
        return AuthorizationTables.cells(Persona.values(), Action.values(), TABLE);
    }

    private World world(ActorStatus status) {
        UUID actor = fixtures.actor("Webhooktabell " + UUID.randomUUID(), status);
        fixtures.member(actor, Persona.OWNER.subject, MemberRole.OWNER);
        fixtures.member(actor, Persona.EDITOR.subject, MemberRole.EDITOR);
        fixtures.member(actor, Persona.MEMBER.subject, MemberRole.MEMBER);
        UUID other = fixtures.actor("Annan " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(other, Persona.OTHER_OWNER.subject, MemberRole.OWNER);
        UUID webhook = webhooks.subscription(actor, URL, "resource.published");
        webhooks.publish("resource.published", actor, Map.of("id", UUID.randomUUID().toString()));
        UUID delivery = webhooks.deliveries(webhook).getFirst().id;
        return new World(actor, webhook, delivery, clients.register(actor));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("cells")
    void persona_action(Persona persona, Action action, int expected) {
        World world = world(action.status);
        String before = webhooks.digest();

        Response response = action.call.apply(persona, world);

        assertEquals(expected, response.statusCode(), () -> persona + " " + action + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, webhooks.digest(), persona + " " + action + " was denied but changed the database");
        } else if (!action.name().startsWith("LIST") && action != Action.GET) {
            assertNotEquals(before, webhooks.digest(), persona + " " + action + " succeeded but changed nothing");
        }
    }
}
