package se.digitalimpactnorth.resource;

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
import se.digitalimpactnorth.common.AuthorizationTables;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Persona × action for resources. Every cell starts from a fresh publisher with an owner, an
 * editor and a member, and a co-organising actor with its own owner, editor and member; every
 * denial must leave the database as it was.
 */
@QuarkusTest
public class ResourceAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        OUTSIDER("r-outsider", "member"),
        MEMBER("r-member", "member"),
        EDITOR("r-editor", "member"),
        OWNER("r-owner", "member"),
        /** Owner of the co-organising (or invited) actor. */
        CO_ORGANISER("r-co-owner", "member"),
        CO_EDITOR("r-co-editor", "member"),
        CO_MEMBER("r-co-member", "member"),
        MODERATOR("r-moderator", "member", "moderator"),
        ADMIN("r-admin", "member", "admin"),
        /** An integrator: the API client of the publisher. It works on the publisher's resources like its editors, and nothing more. */
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

    record World(UUID publisher, UUID coOrganiser, UUID resource, long version, String integrator) {}

    /** What the world looks like beyond the resource's own status. */
    enum Setup {
        /** The co-organiser accepted; nothing else. */
        PLAIN,
        /** A moderator has taken the resource down. */
        TAKEN_DOWN,
        /** A moderator has suspended the publisher. */
        PUBLISHER_SUSPENDED,
        /** The publisher is waiting for a moderator's approval. */
        PUBLISHER_PENDING,
        /** The co-organiser is invited and has not answered. */
        INVITED
    }

    private static Map<String, Object> input(UUID publisher) {
        return Map.of("kind", "MEETING_PLACE", "actorId", publisher.toString(), "title", Map.of("sv", "Nytt rum"));
    }

    private static String path(World w) {
        return "/api/v1/resources/" + w.resource();
    }

    enum Action {
        READ_DRAFT(ResourceStatus.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).get(path(w))),
        LIST_DRAFTS(ResourceStatus.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).get("/api/v1/resources?status=DRAFT&actor=" + w.publisher())),
        CREATE(ResourceStatus.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).body(input(w.publisher())).post("/api/v1/resources")),
        UPDATE_PUBLISHED(ResourceStatus.PUBLISHED, Setup.PLAIN, (p, w) -> p.request(w).header("If-Match", "\"" + w.version() + "\"")
                .body(input(w.publisher())).put(path(w))),
        PUBLISH_DRAFT(ResourceStatus.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).post(path(w) + "/publish")),
        ARCHIVE_PUBLISHED(ResourceStatus.PUBLISHED, Setup.PLAIN, (p, w) -> p.request(w).post(path(w) + "/archive")),
        READ_ARCHIVED(ResourceStatus.ARCHIVED, Setup.PLAIN, (p, w) -> p.request(w).get(path(w))),
        LIST_ARCHIVED(ResourceStatus.ARCHIVED, Setup.PLAIN,
                (p, w) -> p.request(w).get("/api/v1/resources?status=ARCHIVED&actor=" + w.publisher())),
        READ_TAKEN_DOWN(ResourceStatus.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> p.request(w).get(path(w))),
        READ_OF_SUSPENDED_PUBLISHER(ResourceStatus.PUBLISHED, Setup.PUBLISHER_SUSPENDED, (p, w) -> p.request(w).get(path(w))),
        READ_OF_PENDING_PUBLISHER(ResourceStatus.PUBLISHED, Setup.PUBLISHER_PENDING, (p, w) -> p.request(w).get(path(w))),
        PUBLISH_FOR_SUSPENDED_PUBLISHER(ResourceStatus.DRAFT, Setup.PUBLISHER_SUSPENDED, (p, w) -> p.request(w).post(path(w) + "/publish")),
        TAKEDOWN(ResourceStatus.PUBLISHED, Setup.PLAIN, (p, w) -> p.request(w).header("If-Match", "\"" + w.version() + "\"")
                .body(Map.of("reason", "Vilseledande innehåll")).post(path(w) + "/takedown")),
        RESTORE(ResourceStatus.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> p.request(w).header("If-Match", "\"" + w.version() + "\"")
                .post(path(w) + "/restore")),
        LIST_TAKEN_DOWN(ResourceStatus.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> p.request(w).get("/api/v1/moderation/taken-down-resources")),
        EDIT_AFTER_TAKEDOWN(ResourceStatus.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> p.request(w)
                .header("If-Match", "\"" + w.version() + "\"").body(input(w.publisher())).put(path(w))),
        ARCHIVE_AFTER_TAKEDOWN(ResourceStatus.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> p.request(w).post(path(w) + "/archive")),
        UNARCHIVE_AFTER_TAKEDOWN(ResourceStatus.ARCHIVED, Setup.TAKEN_DOWN, (p, w) -> p.request(w).post(path(w) + "/publish")),
        LIST_INVITATIONS(ResourceStatus.PUBLISHED, Setup.INVITED,
                (p, w) -> p.request(w).get("/api/v1/actors/" + w.coOrganiser() + "/co-organiser-invitations")),
        ACCEPT_INVITATION(ResourceStatus.PUBLISHED, Setup.INVITED,
                (p, w) -> p.request(w).post(path(w) + "/co-organisers/" + w.coOrganiser() + "/accept")),
        DECLINE_INVITATION(ResourceStatus.PUBLISHED, Setup.INVITED,
                (p, w) -> p.request(w).post(path(w) + "/co-organisers/" + w.coOrganiser() + "/decline"));

        final ResourceStatus status;
        final Setup setup;
        final BiFunction<Persona, World, Response> call;

        Action(ResourceStatus status, Setup setup, BiFunction<Persona, World, Response> call) {
            this.status = status;
            this.setup = setup;
            this.call = call;
        }
    }

    private static final Map<Action, int[]> TABLE = Map.ofEntries(
            //                                                    ANON OUTS MEMB EDIT OWNR COOR COED COME MODR ADMN INTG
            Map.entry(Action.READ_DRAFT, new int[] {                404, 404, 200, 200, 200, 404, 404, 404, 200, 200, 200}),
            Map.entry(Action.LIST_DRAFTS, new int[] {               401, 403, 200, 200, 200, 403, 403, 403, 200, 200, 200}),
            Map.entry(Action.CREATE, new int[] {                    401, 403, 403, 201, 201, 403, 403, 403, 403, 201, 201}),
            Map.entry(Action.UPDATE_PUBLISHED, new int[] {          401, 403, 403, 200, 200, 403, 403, 403, 403, 200, 200}),
            Map.entry(Action.PUBLISH_DRAFT, new int[] {             401, 404, 403, 200, 200, 404, 404, 404, 403, 200, 200}),
            // Moderators no longer archive: they take down, which editors cannot undo.
            Map.entry(Action.ARCHIVE_PUBLISHED, new int[] {         401, 403, 403, 200, 200, 403, 403, 403, 403, 200, 200}),
            Map.entry(Action.READ_ARCHIVED, new int[] {             404, 404, 200, 200, 200, 404, 404, 404, 200, 200, 200}),
            Map.entry(Action.LIST_ARCHIVED, new int[] {             401, 403, 200, 200, 200, 403, 403, 403, 200, 200, 200}),
            Map.entry(Action.READ_TAKEN_DOWN, new int[] {           404, 404, 200, 200, 200, 404, 404, 404, 200, 200, 200}),
            Map.entry(Action.READ_OF_SUSPENDED_PUBLISHER, new int[] {404, 404, 200, 200, 200, 404, 404, 404, 200, 200, 200}),
            Map.entry(Action.READ_OF_PENDING_PUBLISHER, new int[] { 404, 404, 200, 200, 200, 404, 404, 404, 200, 200, 200}),
            Map.entry(Action.PUBLISH_FOR_SUSPENDED_PUBLISHER, new int[] {401, 404, 403, 409, 409, 404, 404, 404, 403, 409, 409}),
            Map.entry(Action.TAKEDOWN, new int[] {                  401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403}),
            Map.entry(Action.RESTORE, new int[] {                   401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403}),
            // The queue spans every actor: even the publisher's owner does not list it.
            Map.entry(Action.LIST_TAKEN_DOWN, new int[] {           401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403}),
            // Nobody edits, archives or republishes what a moderator took down, admins included: a moderator restores it.
            Map.entry(Action.EDIT_AFTER_TAKEDOWN, new int[] {       401, 404, 403, 403, 403, 404, 404, 404, 403, 403, 403}),
            Map.entry(Action.ARCHIVE_AFTER_TAKEDOWN, new int[] {    401, 404, 403, 403, 403, 404, 404, 404, 403, 403, 403}),
            Map.entry(Action.UNARCHIVE_AFTER_TAKEDOWN, new int[] {  401, 404, 403, 403, 403, 404, 404, 404, 403, 403, 403}),
            // Only the invited actor's owners answer for it (admins may, to help).
            Map.entry(Action.LIST_INVITATIONS, new int[] {          401, 403, 403, 403, 403, 200, 403, 403, 403, 200, 403}),
            Map.entry(Action.ACCEPT_INVITATION, new int[] {         401, 403, 403, 403, 403, 200, 403, 403, 403, 200, 403}),
            Map.entry(Action.DECLINE_INVITATION, new int[] {        401, 403, 403, 403, 403, 200, 403, 403, 403, 200, 403}));

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
        UUID publisher = fixtures.actor("Publicist " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(publisher, Persona.OWNER.subject, MemberRole.OWNER);
        fixtures.member(publisher, Persona.EDITOR.subject, MemberRole.EDITOR);
        fixtures.member(publisher, Persona.MEMBER.subject, MemberRole.MEMBER);
        UUID co = fixtures.actor("Medarrangör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(co, Persona.CO_ORGANISER.subject, MemberRole.OWNER);
        fixtures.member(co, Persona.CO_EDITOR.subject, MemberRole.EDITOR);
        fixtures.member(co, Persona.CO_MEMBER.subject, MemberRole.MEMBER);
        UUID resource = fixtures.resource(publisher, action.status, action.setup == Setup.INVITED ? null : co);
        switch (action.setup) {
            case TAKEN_DOWN -> fixtures.takeDown(resource, "Vilseledande innehåll");
            case PUBLISHER_SUSPENDED -> fixtures.setStatus(publisher, ActorStatus.SUSPENDED);
            case PUBLISHER_PENDING -> fixtures.setStatus(publisher, ActorStatus.PENDING);
            case INVITED -> fixtures.coOrganiser(resource, co, CoOrganiser.Status.PENDING);
            case PLAIN -> { }
        }
        World world = new World(publisher, co, resource, 0, apiClients.register(publisher));
        String before = fixtures.digest();

        Response response = action.call.apply(persona, world);

        assertEquals(expected, response.statusCode(), () -> persona + " " + action + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, fixtures.digest(), persona + " " + action + " was denied but changed the database");
        }
    }

    /**
     * The operation of openapi.yaml (method and path template) each action exercises: a new row
     * declares its operation here, and AuthorizationCoverageTest fails for an operation without a row.
     */
    private static final Map<Action, String> OPERATIONS = Map.ofEntries(
            Map.entry(Action.READ_DRAFT, "GET /api/v1/resources/{id}"),
            Map.entry(Action.LIST_DRAFTS, "GET /api/v1/resources"),
            Map.entry(Action.CREATE, "POST /api/v1/resources"),
            Map.entry(Action.UPDATE_PUBLISHED, "PUT /api/v1/resources/{id}"),
            Map.entry(Action.PUBLISH_DRAFT, "POST /api/v1/resources/{id}/publish"),
            Map.entry(Action.ARCHIVE_PUBLISHED, "POST /api/v1/resources/{id}/archive"),
            Map.entry(Action.READ_ARCHIVED, "GET /api/v1/resources/{id}"),
            Map.entry(Action.LIST_ARCHIVED, "GET /api/v1/resources"),
            Map.entry(Action.READ_TAKEN_DOWN, "GET /api/v1/resources/{id}"),
            Map.entry(Action.READ_OF_SUSPENDED_PUBLISHER, "GET /api/v1/resources/{id}"),
            Map.entry(Action.READ_OF_PENDING_PUBLISHER, "GET /api/v1/resources/{id}"),
            Map.entry(Action.PUBLISH_FOR_SUSPENDED_PUBLISHER, "POST /api/v1/resources/{id}/publish"),
            Map.entry(Action.TAKEDOWN, "POST /api/v1/resources/{id}/takedown"),
            Map.entry(Action.RESTORE, "POST /api/v1/resources/{id}/restore"),
            Map.entry(Action.LIST_TAKEN_DOWN, "GET /api/v1/moderation/taken-down-resources"),
            Map.entry(Action.EDIT_AFTER_TAKEDOWN, "PUT /api/v1/resources/{id}"),
            Map.entry(Action.ARCHIVE_AFTER_TAKEDOWN, "POST /api/v1/resources/{id}/archive"),
            Map.entry(Action.UNARCHIVE_AFTER_TAKEDOWN, "POST /api/v1/resources/{id}/publish"),
            Map.entry(Action.LIST_INVITATIONS, "GET /api/v1/actors/{id}/co-organiser-invitations"),
            Map.entry(Action.ACCEPT_INVITATION, "POST /api/v1/resources/{id}/co-organisers/{actorId}/accept"),
            Map.entry(Action.DECLINE_INVITATION, "POST /api/v1/resources/{id}/co-organisers/{actorId}/decline"));

    /** The operations this table has rows for; see {@link #OPERATIONS}. */
    public static List<String> operations() {
        return se.digitalimpactnorth.common.AuthorizationTables.operations(Action.values(), OPERATIONS);
    }
}
