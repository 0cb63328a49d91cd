package se.digitalimpactnorth.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.apiclient.ApiClientFixtures;
import se.digitalimpactnorth.collaboration.CollaborationFixtures.Spec;
import se.digitalimpactnorth.common.AuthorizationTables;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Persona × action for collaborations. Every cell starts from a fresh lead actor with an owner, an
 * editor and a member, an accepted partner, an invited actor and an unrelated actor, each with its
 * own owner; every denial must leave the database as it was.
 */
@QuarkusTest
public class CollaborationAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        /** A member of no actor. */
        OUTSIDER("c-outsider", "member"),
        LEAD_MEMBER("c-lead-member", "member"),
        LEAD_EDITOR("c-lead-editor", "member"),
        LEAD_OWNER("c-lead-owner", "member"),
        /** Owner of an actor invited that has not answered. */
        INVITED_OWNER("c-invited-owner", "member"),
        /** Owner of a partner that accepted. */
        PARTNER_OWNER("c-partner-owner", "member"),
        /** Owner of an actor that has nothing to do with the collaboration. */
        UNRELATED_OWNER("c-unrelated-owner", "member"),
        MODERATOR("c-moderator", "member", "moderator"),
        ADMIN("c-admin", "member", "admin"),
        /** An integrator: the API client of the lead. It works on the lead's collaborations like its editors, and nothing more. */
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

    record World(UUID lead, UUID collaboration, long version, String integrator) {}

    /** What the world looks like beyond the collaboration's own publication. */
    enum Setup { PLAIN, TAKEN_DOWN, LEAD_SUSPENDED }

    private static Map<String, Object> input(UUID lead) {
        Map<String, Object> body = new HashMap<>();
        body.put("leadActorId", lead.toString());
        body.put("kind", "PARTNERSHIP");
        body.put("status", "ACTIVE");
        body.put("title", Map.of("sv", "Nytt partnerskap"));
        body.put("startDate", "2026-05-01");
        return body;
    }

    private static String path(World w) {
        return "/api/v1/collaborations/" + w.collaboration();
    }

    private static RequestSpecification ifMatch(Persona p, World w) {
        return p.request(w).header("If-Match", "\"" + w.version() + "\"");
    }

    enum Action {
        READ_DRAFT(Publication.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).get(path(w))),
        READ_PUBLISHED(Publication.PUBLISHED, Setup.PLAIN, (p, w) -> p.request(w).get(path(w))),
        READ_TAKEN_DOWN(Publication.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> p.request(w).get(path(w))),
        READ_OF_SUSPENDED_LEAD(Publication.PUBLISHED, Setup.LEAD_SUSPENDED, (p, w) -> p.request(w).get(path(w))),
        LIST(Publication.PUBLISHED, Setup.PLAIN, (p, w) -> p.request(w).get("/api/v1/collaborations")),
        LIST_OF_ACTOR(Publication.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).get("/api/v1/actors/" + w.lead() + "/collaborations")),
        CREATE(Publication.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).body(input(w.lead())).post("/api/v1/collaborations")),
        UPDATE_DRAFT(Publication.DRAFT, Setup.PLAIN, (p, w) -> ifMatch(p, w).body(input(w.lead())).put(path(w))),
        UPDATE_PUBLISHED(Publication.PUBLISHED, Setup.PLAIN, (p, w) -> ifMatch(p, w).body(input(w.lead())).put(path(w))),
        PUBLISH_DRAFT(Publication.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).post(path(w) + "/publish")),
        ARCHIVE_PUBLISHED(Publication.PUBLISHED, Setup.PLAIN, (p, w) -> p.request(w).post(path(w) + "/archive")),
        PUBLISH_FOR_SUSPENDED_LEAD(Publication.DRAFT, Setup.LEAD_SUSPENDED, (p, w) -> p.request(w).post(path(w) + "/publish")),
        TAKEDOWN(Publication.PUBLISHED, Setup.PLAIN, (p, w) -> ifMatch(p, w).body(Map.of("reason", "Vilseledande"))
                .post(path(w) + "/takedown")),
        RESTORE(Publication.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> ifMatch(p, w).post(path(w) + "/restore")),
        EDIT_AFTER_TAKEDOWN(Publication.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> ifMatch(p, w).body(input(w.lead())).put(path(w))),
        ARCHIVE_AFTER_TAKEDOWN(Publication.PUBLISHED, Setup.TAKEN_DOWN, (p, w) -> p.request(w).post(path(w) + "/archive")),
        SUGGEST_PARTNERS_FOR_DRAFT(Publication.DRAFT, Setup.PLAIN, (p, w) -> p.request(w).get(path(w) + "/partner-suggestions")),
        SUGGEST_PARTNERS_FOR_PUBLISHED(Publication.PUBLISHED, Setup.PLAIN, (p, w) -> p.request(w).get(path(w) + "/partner-suggestions"));

        final Publication publication;
        final Setup setup;
        final BiFunction<Persona, World, Response> call;

        Action(Publication publication, Setup setup, BiFunction<Persona, World, Response> call) {
            this.publication = publication;
            this.setup = setup;
            this.call = call;
        }
    }

    private static final Map<Action, int[]> TABLE = Map.ofEntries(
            //                                                    ANON OUTS LMEM LEDI LOWN INVI PART UNRL MODR ADMN INTG
            // Not public: the people (any role) of an invited or accepted participant, and moderators.
            Map.entry(Action.READ_DRAFT, new int[] {                404, 404, 200, 200, 200, 200, 200, 404, 200, 200, 200}),
            Map.entry(Action.READ_PUBLISHED, new int[] {            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200}),
            Map.entry(Action.READ_TAKEN_DOWN, new int[] {           404, 404, 200, 200, 200, 200, 200, 404, 200, 200, 200}),
            Map.entry(Action.READ_OF_SUSPENDED_LEAD, new int[] {    404, 404, 200, 200, 200, 200, 200, 404, 200, 200, 200}),
            Map.entry(Action.LIST, new int[] {                      200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200}),
            Map.entry(Action.LIST_OF_ACTOR, new int[] {             200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200}),
            // The lead's owners and editors; admins may, to help.
            Map.entry(Action.CREATE, new int[] {                    401, 403, 403, 201, 201, 403, 403, 403, 403, 201, 201}),
            Map.entry(Action.UPDATE_DRAFT, new int[] {              401, 404, 403, 200, 200, 403, 403, 404, 403, 200, 200}),
            Map.entry(Action.UPDATE_PUBLISHED, new int[] {          401, 403, 403, 200, 200, 403, 403, 403, 403, 200, 200}),
            Map.entry(Action.PUBLISH_DRAFT, new int[] {             401, 404, 403, 200, 200, 403, 403, 404, 403, 200, 200}),
            Map.entry(Action.ARCHIVE_PUBLISHED, new int[] {         401, 403, 403, 200, 200, 403, 403, 403, 403, 200, 200}),
            Map.entry(Action.PUBLISH_FOR_SUSPENDED_LEAD, new int[] {401, 404, 403, 409, 409, 403, 403, 404, 403, 409, 409}),
            // Moderators take down and restore (admins can do what moderators can).
            Map.entry(Action.TAKEDOWN, new int[] {                  401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403}),
            Map.entry(Action.RESTORE, new int[] {                   401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403}),
            // Nobody edits or archives what a moderator took down, admins included: a moderator restores it.
            Map.entry(Action.EDIT_AFTER_TAKEDOWN, new int[] {       401, 404, 403, 403, 403, 403, 403, 404, 403, 403, 403}),
            Map.entry(Action.ARCHIVE_AFTER_TAKEDOWN, new int[] {    401, 404, 403, 403, 403, 403, 403, 404, 403, 403, 403}),
            // Whoever may edit it (the lead's owners, editors and integrators; admins) and moderators; those who cannot see a draft get 404.
            Map.entry(Action.SUGGEST_PARTNERS_FOR_DRAFT, new int[] {401, 404, 403, 200, 200, 403, 403, 404, 200, 200, 200}),
            Map.entry(Action.SUGGEST_PARTNERS_FOR_PUBLISHED, new int[] {401, 403, 403, 200, 200, 403, 403, 403, 200, 200, 200}));

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures apiClients;

    @Inject
    CollaborationFixtures collaborations;

    static Stream<Arguments> cells() {
        return AuthorizationTables.cells(Persona.values(), Action.values(), TABLE);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("cells")
    void persona_action(Persona persona, Action action, int expected) {
        String run = UUID.randomUUID().toString();
        UUID lead = collaborations.actor("Ledare " + run, ActorKind.UNIVERSITY, "2480");
        fixtures.member(lead, Persona.LEAD_OWNER.subject, MemberRole.OWNER);
        fixtures.member(lead, Persona.LEAD_EDITOR.subject, MemberRole.EDITOR);
        fixtures.member(lead, Persona.LEAD_MEMBER.subject, MemberRole.MEMBER);
        UUID partner = collaborations.actor("Partner " + run, ActorKind.COMPANY, "2482");
        fixtures.member(partner, Persona.PARTNER_OWNER.subject, MemberRole.OWNER);
        UUID invited = collaborations.actor("Inbjuden " + run, ActorKind.PUBLIC_AUTHORITY, "2480");
        fixtures.member(invited, Persona.INVITED_OWNER.subject, MemberRole.OWNER);
        UUID unrelated = collaborations.actor("Utomstående " + run, ActorKind.COMPANY, "2480");
        fixtures.member(unrelated, Persona.UNRELATED_OWNER.subject, MemberRole.OWNER);

        UUID collaboration = collaborations.collaboration(lead, "Samverkan " + run, Spec.published().publication(action.publication));
        collaborations.participant(collaboration, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        collaborations.participant(collaboration, invited, ParticipantRole.ASSOCIATE, ParticipantStatus.INVITED);
        switch (action.setup) {
            case TAKEN_DOWN -> collaborations.takeDown(collaboration, "Vilseledande innehåll");
            case LEAD_SUSPENDED -> fixtures.setStatus(lead, ActorStatus.SUSPENDED);
            case PLAIN -> { }
        }
        World world = new World(lead, collaboration, collaborations.version(collaboration), apiClients.register(lead));
        String before = fixtures.digest() + collaborations.digest();

        Response response = action.call.apply(persona, world);

        assertEquals(expected, response.statusCode(), () -> persona + " " + action + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, fixtures.digest() + collaborations.digest(), persona + " " + action + " was denied but changed the database");
        }
    }

    /**
     * The operation of openapi.yaml (method and path template) each action exercises: a new row
     * declares its operation here, and AuthorizationCoverageTest fails for an operation without a row.
     */
    private static final Map<Action, String> OPERATIONS = Map.ofEntries(
            Map.entry(Action.READ_DRAFT, "GET /api/v1/collaborations/{id}"),
            Map.entry(Action.READ_PUBLISHED, "GET /api/v1/collaborations/{id}"),
            Map.entry(Action.READ_TAKEN_DOWN, "GET /api/v1/collaborations/{id}"),
            Map.entry(Action.READ_OF_SUSPENDED_LEAD, "GET /api/v1/collaborations/{id}"),
            Map.entry(Action.LIST, "GET /api/v1/collaborations"),
            Map.entry(Action.LIST_OF_ACTOR, "GET /api/v1/actors/{id}/collaborations"),
            Map.entry(Action.CREATE, "POST /api/v1/collaborations"),
            Map.entry(Action.UPDATE_DRAFT, "PUT /api/v1/collaborations/{id}"),
            Map.entry(Action.UPDATE_PUBLISHED, "PUT /api/v1/collaborations/{id}"),
            Map.entry(Action.PUBLISH_DRAFT, "POST /api/v1/collaborations/{id}/publish"),
            Map.entry(Action.ARCHIVE_PUBLISHED, "POST /api/v1/collaborations/{id}/archive"),
            Map.entry(Action.PUBLISH_FOR_SUSPENDED_LEAD, "POST /api/v1/collaborations/{id}/publish"),
            Map.entry(Action.TAKEDOWN, "POST /api/v1/collaborations/{id}/takedown"),
            Map.entry(Action.RESTORE, "POST /api/v1/collaborations/{id}/restore"),
            Map.entry(Action.EDIT_AFTER_TAKEDOWN, "PUT /api/v1/collaborations/{id}"),
            Map.entry(Action.ARCHIVE_AFTER_TAKEDOWN, "POST /api/v1/collaborations/{id}/archive"),
            Map.entry(Action.SUGGEST_PARTNERS_FOR_DRAFT, "GET /api/v1/collaborations/{id}/partner-suggestions"),
            Map.entry(Action.SUGGEST_PARTNERS_FOR_PUBLISHED, "GET /api/v1/collaborations/{id}/partner-suggestions"));

    /** The operations this table has rows for; see {@link #OPERATIONS}. */
    public static List<String> operations() {
        return AuthorizationTables.operations(Action.values(), OPERATIONS);
    }
}
