package se.digitalimpactnorth.actor;

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
import se.digitalimpactnorth.apiclient.ApiClientFixtures;
import se.digitalimpactnorth.common.AuthorizationTables;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Walks the whole table of persona × action for actors. Every cell starts from a fresh actor
 * with an owner, an editor, a member and a pending join request; every denial must leave the
 * database exactly as it was.
 */
@QuarkusTest
public class ActorAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        OUTSIDER("p-outsider", "member"),
        MEMBER("p-member", "member"),
        EDITOR("p-editor", "member"),
        OWNER("p-owner", "member"),
        OTHER_OWNER("p-other-owner", "member"),
        MODERATOR("p-moderator", "member", "moderator"),
        ADMIN("p-admin", "member", "admin"),
        /** An integrator: the API client of the actor. It has no say over the actor itself, its people or anyone's. */
        INTEGRATOR(null, "integrator");

        final String subject;
        final String[] roles;

        Persona(String subject, String... roles) {
            this.subject = subject;
            this.roles = roles;
        }

        /** INTEGRATOR calls with a token of the API client registered for the world's main actor. */
        RequestSpecification request(World w) {
            return this == INTEGRATOR ? TestTokens.asIntegrator(w.integrator()) : TestTokens.as(subject, roles);
        }
    }

    /** One fresh world per cell: the actor under test, and another actor owned by OTHER_OWNER. */
    record World(UUID actor, UUID joinRequest, long version, String integrator) {}

    enum Action {
        READ_PENDING(ActorStatus.PENDING, (p, w) -> p.request(w).get("/api/v1/actors/" + w.actor())),
        UPDATE(ActorStatus.ACTIVE, (p, w) -> p.request(w).header("If-Match", "\"" + w.version() + "\"")
                .body(Map.of("name", "Renamed", "kind", "COMPANY")).put("/api/v1/actors/" + w.actor())),
        APPROVE(ActorStatus.PENDING, (p, w) -> p.request(w).post("/api/v1/actors/" + w.actor() + "/approve")),
        SUSPEND(ActorStatus.ACTIVE, (p, w) -> p.request(w).body(Map.of("reason", "spam"))
                .post("/api/v1/actors/" + w.actor() + "/suspend")),
        LIST_MEMBERS(ActorStatus.ACTIVE, (p, w) -> p.request(w).get("/api/v1/actors/" + w.actor() + "/members")),
        CHANGE_ROLE(ActorStatus.ACTIVE, (p, w) -> p.request(w).body(Map.of("role", "EDITOR"))
                .put("/api/v1/actors/" + w.actor() + "/members/p-member")),
        REMOVE_MEMBER(ActorStatus.ACTIVE, (p, w) -> p.request(w).delete("/api/v1/actors/" + w.actor() + "/members/p-member")),
        LIST_JOIN_REQUESTS(ActorStatus.ACTIVE, (p, w) -> p.request(w).get("/api/v1/actors/" + w.actor() + "/join-requests")),
        APPROVE_JOIN_REQUEST(ActorStatus.ACTIVE, (p, w) -> p.request(w)
                .post("/api/v1/actors/" + w.actor() + "/join-requests/" + w.joinRequest() + "/approve")),
        ASK_TO_JOIN(ActorStatus.ACTIVE, (p, w) -> p.request(w).body(Map.of("message", "Hej!"))
                .post("/api/v1/actors/" + w.actor() + "/join-requests")),
        LIST_PENDING_ACTORS(ActorStatus.PENDING, (p, w) -> p.request(w).get("/api/v1/actors?status=PENDING")),
        READ_AUDIT_TRAIL(ActorStatus.ACTIVE, (p, w) -> p.request(w).get("/api/v1/audit")),
        REGISTER(ActorStatus.ACTIVE, (p, w) -> p.request(w).body(Map.of("name", "Ny aktör " + UUID.randomUUID(), "kind", "COMPANY"))
                .post("/api/v1/actors")),
        REINSTATE(ActorStatus.SUSPENDED, (p, w) -> p.request(w).body(Map.of("reason", "resolved"))
                .post("/api/v1/actors/" + w.actor() + "/reinstate")),
        REJECT_JOIN_REQUEST(ActorStatus.ACTIVE, (p, w) -> p.request(w)
                .post("/api/v1/actors/" + w.actor() + "/join-requests/" + w.joinRequest() + "/reject")),
        WITHDRAW_OTHERS_JOIN_REQUEST(ActorStatus.ACTIVE, (p, w) -> p.request(w)
                .delete("/api/v1/actors/" + w.actor() + "/join-requests/" + w.joinRequest())),
        SUGGEST_PARTNERS(ActorStatus.ACTIVE, (p, w) -> p.request(w).get("/api/v1/actors/" + w.actor() + "/partner-suggestions")),
        SUGGEST_PARTNERS_FOR_PENDING(ActorStatus.PENDING, (p, w) -> p.request(w)
                .get("/api/v1/actors/" + w.actor() + "/partner-suggestions?limit=5"));

        final ActorStatus actorStatus;
        final BiFunction<Persona, World, Response> call;

        Action(ActorStatus actorStatus, BiFunction<Persona, World, Response> call) {
            this.actorStatus = actorStatus;
            this.call = call;
        }
    }

    /** Expected status per persona, in the order of {@link Persona}. */
    private static final Map<Action, int[]> TABLE = Map.ofEntries(
            //                                          ANON OUTS MEMB EDIT OWNR OTHR MODR ADMN INTG
            Map.entry(Action.READ_PENDING, new int[] {404, 404, 200, 200, 200, 404, 200, 200, 404}),
            Map.entry(Action.UPDATE, new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403}),
            Map.entry(Action.APPROVE, new int[] {401, 403, 403, 403, 403, 403, 200, 200, 403}),
            Map.entry(Action.SUSPEND, new int[] {401, 403, 403, 403, 403, 403, 200, 200, 403}),
            Map.entry(Action.LIST_MEMBERS, new int[] {401, 403, 200, 200, 200, 403, 200, 200, 403}),
            Map.entry(Action.CHANGE_ROLE, new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.REMOVE_MEMBER, new int[] {401, 403, 204, 403, 204, 403, 403, 204, 403}),
            Map.entry(Action.LIST_JOIN_REQUESTS, new int[] {401, 403, 403, 403, 200, 403, 200, 200, 403}),
            Map.entry(Action.APPROVE_JOIN_REQUEST, new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Action.ASK_TO_JOIN, new int[] {401, 201, 409, 409, 409, 201, 201, 201, 403}),
            Map.entry(Action.LIST_PENDING_ACTORS, new int[] {401, 403, 403, 403, 403, 403, 200, 200, 403}),
            Map.entry(Action.READ_AUDIT_TRAIL, new int[] {401, 403, 403, 403, 403, 403, 200, 200, 403}),
            Map.entry(Action.REGISTER, new int[] {401, 201, 201, 201, 201, 201, 201, 201, 403}),
            Map.entry(Action.REINSTATE, new int[] {401, 403, 403, 403, 403, 403, 200, 200, 403}),
            Map.entry(Action.REJECT_JOIN_REQUEST, new int[] {401, 403, 403, 403, 200, 403, 403, 200, 403}),
            // Only the person who asked takes a request back; nobody in this table asked.
            Map.entry(Action.WITHDRAW_OTHERS_JOIN_REQUEST, new int[] {401, 403, 403, 403, 403, 403, 403, 403, 403}),
            // Owners and editors (admins, to help) and moderators; those who cannot see a pending actor get 404.
            Map.entry(Action.SUGGEST_PARTNERS, new int[] {401, 403, 403, 200, 200, 403, 200, 200, 403}),
            Map.entry(Action.SUGGEST_PARTNERS_FOR_PENDING, new int[] {401, 404, 403, 200, 200, 404, 200, 200, 404}));

    /**
     * The operation of openapi.yaml (method and path template) each action exercises: a new row
     * declares its operation here, and AuthorizationCoverageTest fails for an operation without a row.
     */
    private static final Map<Action, String> OPERATIONS = Map.ofEntries(
            Map.entry(Action.READ_PENDING, "GET /api/v1/actors/{id}"),
            Map.entry(Action.UPDATE, "PUT /api/v1/actors/{id}"),
            Map.entry(Action.APPROVE, "POST /api/v1/actors/{id}/approve"),
            Map.entry(Action.SUSPEND, "POST /api/v1/actors/{id}/suspend"),
            Map.entry(Action.LIST_MEMBERS, "GET /api/v1/actors/{id}/members"),
            Map.entry(Action.CHANGE_ROLE, "PUT /api/v1/actors/{id}/members/{subject}"),
            Map.entry(Action.REMOVE_MEMBER, "DELETE /api/v1/actors/{id}/members/{subject}"),
            Map.entry(Action.LIST_JOIN_REQUESTS, "GET /api/v1/actors/{id}/join-requests"),
            Map.entry(Action.APPROVE_JOIN_REQUEST, "POST /api/v1/actors/{id}/join-requests/{requestId}/approve"),
            Map.entry(Action.ASK_TO_JOIN, "POST /api/v1/actors/{id}/join-requests"),
            Map.entry(Action.LIST_PENDING_ACTORS, "GET /api/v1/actors"),
            Map.entry(Action.READ_AUDIT_TRAIL, "GET /api/v1/audit"),
            Map.entry(Action.REGISTER, "POST /api/v1/actors"),
            Map.entry(Action.REINSTATE, "POST /api/v1/actors/{id}/reinstate"),
            Map.entry(Action.REJECT_JOIN_REQUEST, "POST /api/v1/actors/{id}/join-requests/{requestId}/reject"),
            Map.entry(Action.WITHDRAW_OTHERS_JOIN_REQUEST, "DELETE /api/v1/actors/{id}/join-requests/{requestId}"),
            Map.entry(Action.SUGGEST_PARTNERS, "GET /api/v1/actors/{id}/partner-suggestions"),
            Map.entry(Action.SUGGEST_PARTNERS_FOR_PENDING, "GET /api/v1/actors/{id}/partner-suggestions"));

    /** The operations this table has rows for; see {@link #OPERATIONS}. */
    public static List<String> operations() {
        return se.digitalimpactnorth.common.AuthorizationTables.operations(Action.values(), OPERATIONS);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures apiClients;

    static Stream<Arguments> cells() {
        return AuthorizationTables.cells(Persona.values(), Action.values(), TABLE);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("cells")
    void persona_action(Persona persona, Action action, int expected) {
        World world = world(action.actorStatus);
        String before = fixtures.digest();

        Response response = action.call.apply(persona, world);

        assertEquals(expected, response.statusCode(), () -> persona + " " + action + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, fixtures.digest(), persona + " " + action + " was denied but changed the database");
        }
    }

    private World world(ActorStatus status) {
        UUID actor = fixtures.actor("Table actor " + UUID.randomUUID(), status);
        fixtures.member(actor, Persona.OWNER.subject, MemberRole.OWNER);
        fixtures.member(actor, Persona.EDITOR.subject, MemberRole.EDITOR);
        fixtures.member(actor, Persona.MEMBER.subject, MemberRole.MEMBER);
        UUID other = fixtures.actor("Other actor " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(other, Persona.OTHER_OWNER.subject, MemberRole.OWNER);
        UUID request = fixtures.joinRequest(actor, "p-applicant-" + UUID.randomUUID());
        return new World(actor, request, fixtures.version(actor), apiClients.register(actor));
    }
}
