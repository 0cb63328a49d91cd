package se.digitalimpactnorth.common;

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
import se.digitalimpactnorth.apiclient.ApiClientFixtures;
import se.digitalimpactnorth.collaboration.CollaborationFixtures;
import se.digitalimpactnorth.resource.ResourceStatus;

/**
 * Persona × action for the upsert by external id (resources and collaborations, single and
 * batch). Every cell starts from a fresh actor with an owner, an editor, a member and an
 * integrator (an API client of the actor), holding a resource and a collaboration it leads that
 * its integrator knows as {@code ext-1}; every denial must leave the database as it was.
 */
@QuarkusTest
public class UpsertAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        OUTSIDER("u-outsider", "member"),
        MEMBER("u-member", "member"),
        EDITOR("u-editor", "member"),
        OWNER("u-owner", "member"),
        MODERATOR("u-moderator", "member", "moderator"),
        ADMIN("u-admin", "member", "admin"),
        /** An API client of the actor. */
        INTEGRATOR(null),
        /** An API client of another actor. */
        OTHER_INTEGRATOR(null);

        final String subject;
        final String[] roles;

        Persona(String subject, String... roles) {
            this.subject = subject;
            this.roles = roles;
        }

        RequestSpecification request(World w) {
            return switch (this) {
                case INTEGRATOR -> TestTokens.asIntegrator(w.client());
                case OTHER_INTEGRATOR -> TestTokens.asIntegrator(w.otherClient());
                default -> TestTokens.as(subject, roles);
            };
        }
    }

    record World(UUID actor, String client, String otherClient, UUID resource, UUID collaboration) {}

    enum Setup { DRAFT, PUBLISHED, TAKEN_DOWN }

    private static Map<String, Object> resource(World w, String title) {
        return Map.of("kind", "MEETING_PLACE", "actorId", w.actor().toString(), "title", Map.of("sv", title));
    }

    private static Map<String, Object> collaboration(World w, String title) {
        return Map.of("leadActorId", w.actor().toString(), "kind", "PROJECT", "status", "ACTIVE", "title", Map.of("sv", title),
                "startDate", "2026-01-01");
    }

    private static String resources(World w) {
        return "/api/v1/actors/" + w.actor() + "/resources";
    }

    private static String collaborations(World w) {
        return "/api/v1/actors/" + w.actor() + "/collaborations";
    }

    enum Action {
        RESOURCE_GET_DRAFT(Setup.DRAFT, (p, w) -> p.request(w).get(resources(w) + "/by-external-id/ext-1")),
        RESOURCE_PUT_NEW(Setup.DRAFT, (p, w) -> p.request(w).body(Map.of("resource", resource(w, "Nytt rum")))
                .put(resources(w) + "/by-external-id/ext-new")),
        RESOURCE_PUT_EXISTING(Setup.PUBLISHED, (p, w) -> p.request(w).body(Map.of("resource", resource(w, "Ändrat rum")))
                .put(resources(w) + "/by-external-id/ext-1")),
        RESOURCE_PUT_TAKEN_DOWN(Setup.TAKEN_DOWN, (p, w) -> p.request(w).body(Map.of("resource", resource(w, "Ändrat rum")))
                .put(resources(w) + "/by-external-id/ext-1")),
        RESOURCE_DELETE(Setup.PUBLISHED, (p, w) -> p.request(w).delete(resources(w) + "/by-external-id/ext-1")),
        RESOURCE_DELETE_TAKEN_DOWN(Setup.TAKEN_DOWN, (p, w) -> p.request(w).delete(resources(w) + "/by-external-id/ext-1")),
        RESOURCE_BATCH(Setup.PUBLISHED, (p, w) -> p.request(w).body(Map.of("items", List.of(
                Map.of("externalId", "ext-1", "resource", resource(w, "Ändrat rum")),
                Map.of("externalId", "ext-2", "resource", resource(w, "Nytt rum"))))).post(resources(w) + "/batch")),
        COLLABORATION_GET_DRAFT(Setup.DRAFT, (p, w) -> p.request(w).get(collaborations(w) + "/by-external-id/ext-1")),
        COLLABORATION_PUT_NEW(Setup.DRAFT, (p, w) -> p.request(w).body(Map.of("collaboration", collaboration(w, "Nytt projekt")))
                .put(collaborations(w) + "/by-external-id/ext-new")),
        COLLABORATION_PUT_EXISTING(Setup.PUBLISHED, (p, w) -> p.request(w).body(Map.of("collaboration", collaboration(w, "Ändrat")))
                .put(collaborations(w) + "/by-external-id/ext-1")),
        COLLABORATION_PUT_TAKEN_DOWN(Setup.TAKEN_DOWN, (p, w) -> p.request(w).body(Map.of("collaboration", collaboration(w, "Ändrat")))
                .put(collaborations(w) + "/by-external-id/ext-1")),
        COLLABORATION_DELETE(Setup.PUBLISHED, (p, w) -> p.request(w).delete(collaborations(w) + "/by-external-id/ext-1")),
        COLLABORATION_BATCH(Setup.PUBLISHED, (p, w) -> p.request(w).body(Map.of("items", List.of(
                Map.of("externalId", "ext-1", "collaboration", collaboration(w, "Ändrat")),
                Map.of("externalId", "ext-2", "collaboration", collaboration(w, "Nytt"))))).post(collaborations(w) + "/batch"));

        final Setup setup;
        final BiFunction<Persona, World, Response> call;

        Action(Setup setup, BiFunction<Persona, World, Response> call) {
            this.setup = setup;
            this.call = call;
        }
    }

    private static final Map<Action, int[]> TABLE = Map.ofEntries(
            //                                                      ANON OUTS MEMB EDIT OWNR MODR ADMN INTG OINT
            Map.entry(Action.RESOURCE_GET_DRAFT, new int[] {          404, 404, 200, 200, 200, 200, 200, 200, 404}),
            Map.entry(Action.RESOURCE_PUT_NEW, new int[] {            401, 403, 403, 201, 201, 403, 201, 201, 403}),
            Map.entry(Action.RESOURCE_PUT_EXISTING, new int[] {       401, 403, 403, 200, 200, 403, 200, 200, 403}),
            // Nobody changes what a moderator took down, admins and integrators included: a moderator restores it.
            Map.entry(Action.RESOURCE_PUT_TAKEN_DOWN, new int[] {     401, 403, 403, 403, 403, 403, 403, 403, 403}),
            Map.entry(Action.RESOURCE_DELETE, new int[] {             401, 403, 403, 204, 204, 403, 204, 204, 403}),
            // Who cannot read a taken-down resource does not learn that it exists (404).
            Map.entry(Action.RESOURCE_DELETE_TAKEN_DOWN, new int[] {  401, 404, 403, 403, 403, 403, 403, 403, 404}),
            Map.entry(Action.RESOURCE_BATCH, new int[] {              401, 403, 403, 200, 200, 403, 200, 200, 403}),
            Map.entry(Action.COLLABORATION_GET_DRAFT, new int[] {     404, 404, 200, 200, 200, 200, 200, 200, 404}),
            Map.entry(Action.COLLABORATION_PUT_NEW, new int[] {       401, 403, 403, 201, 201, 403, 201, 201, 403}),
            Map.entry(Action.COLLABORATION_PUT_EXISTING, new int[] {  401, 403, 403, 200, 200, 403, 200, 200, 403}),
            Map.entry(Action.COLLABORATION_PUT_TAKEN_DOWN, new int[] {401, 403, 403, 403, 403, 403, 403, 403, 403}),
            Map.entry(Action.COLLABORATION_DELETE, new int[] {        401, 404, 403, 204, 204, 403, 204, 204, 404}),
            Map.entry(Action.COLLABORATION_BATCH, new int[] {         401, 403, 403, 200, 200, 403, 200, 200, 403}));

    /** The operation of openapi.yaml each action exercises; AuthorizationCoverageTest fails for an operation without a row. */
    private static final Map<Action, String> OPERATIONS = Map.ofEntries(
            Map.entry(Action.RESOURCE_GET_DRAFT, "GET /api/v1/actors/{actorId}/resources/by-external-id/{externalId}"),
            Map.entry(Action.RESOURCE_PUT_NEW, "PUT /api/v1/actors/{actorId}/resources/by-external-id/{externalId}"),
            Map.entry(Action.RESOURCE_PUT_EXISTING, "PUT /api/v1/actors/{actorId}/resources/by-external-id/{externalId}"),
            Map.entry(Action.RESOURCE_PUT_TAKEN_DOWN, "PUT /api/v1/actors/{actorId}/resources/by-external-id/{externalId}"),
            Map.entry(Action.RESOURCE_DELETE, "DELETE /api/v1/actors/{actorId}/resources/by-external-id/{externalId}"),
            Map.entry(Action.RESOURCE_DELETE_TAKEN_DOWN, "DELETE /api/v1/actors/{actorId}/resources/by-external-id/{externalId}"),
            Map.entry(Action.RESOURCE_BATCH, "POST /api/v1/actors/{actorId}/resources/batch"),
            Map.entry(Action.COLLABORATION_GET_DRAFT, "GET /api/v1/actors/{actorId}/collaborations/by-external-id/{externalId}"),
            Map.entry(Action.COLLABORATION_PUT_NEW, "PUT /api/v1/actors/{actorId}/collaborations/by-external-id/{externalId}"),
            Map.entry(Action.COLLABORATION_PUT_EXISTING, "PUT /api/v1/actors/{actorId}/collaborations/by-external-id/{externalId}"),
            Map.entry(Action.COLLABORATION_PUT_TAKEN_DOWN, "PUT /api/v1/actors/{actorId}/collaborations/by-external-id/{externalId}"),
            Map.entry(Action.COLLABORATION_DELETE, "DELETE /api/v1/actors/{actorId}/collaborations/by-external-id/{externalId}"),
            Map.entry(Action.COLLABORATION_BATCH, "POST /api/v1/actors/{actorId}/collaborations/batch"));

    public static List<String> operations() {
        return AuthorizationTables.operations(Action.values(), OPERATIONS);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborationFixtures;

    @Inject
    ApiClientFixtures clients;

    @Inject
    Sql sql;

    static Stream<Arguments> cells() {
        return AuthorizationTables.cells(Persona.values(), Action.values(), TABLE);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("cells")
    void persona_action(Persona persona, Action action, int expected) {
        UUID actor = fixtures.actor("Synkaktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, Persona.OWNER.subject, MemberRole.OWNER);
        fixtures.member(actor, Persona.EDITOR.subject, MemberRole.EDITOR);
        fixtures.member(actor, Persona.MEMBER.subject, MemberRole.MEMBER);
        UUID other = fixtures.actor("Annan aktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        UUID resource = fixtures.resource(actor, action.setup == Setup.DRAFT ? ResourceStatus.DRAFT : ResourceStatus.PUBLISHED, null);
        sql.update("update resource set external_id = 'ext-1' where id = ?1", resource);
        UUID collaboration = collaborationFixtures.collaboration(actor, "Synkprojekt " + UUID.randomUUID(),
                action.setup == Setup.DRAFT ? CollaborationFixtures.Spec.draft() : CollaborationFixtures.Spec.published());
        sql.update("update collaboration set external_id = 'ext-1', external_actor_id = ?2 where id = ?1", collaboration, actor);
        if (action.setup == Setup.TAKEN_DOWN) {
            fixtures.takeDown(resource, "Vilseledande innehåll");
            collaborationFixtures.takeDown(collaboration, "Vilseledande innehåll");
        }
        World world = new World(actor, clients.register(actor), clients.register(other), resource, collaboration);
        String before = fixtures.digest();

        Response response = action.call.apply(persona, world);

        assertEquals(expected, response.statusCode(), () -> persona + " " + action + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, fixtures.digest(), persona + " " + action + " was denied but changed the database");
        }
        if (expected == 200 && (action == Action.RESOURCE_BATCH || action == Action.COLLABORATION_BATCH)) {
            assertEquals(List.of("updated", "created"), response.jsonPath().getList("items.outcome"), response.asString());
        }
    }

}
