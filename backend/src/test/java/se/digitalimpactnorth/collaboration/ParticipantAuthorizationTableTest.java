package se.digitalimpactnorth.collaboration;

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
 * Persona × action for participants and invitations. Every cell starts from a fresh world: a lead
 * with an owner, an editor and a member; an accepted partner, an invited actor and an unrelated
 * actor, each with an owner; and a spare active actor to invite. Every denial must leave the
 * database as it was; every success must change it (or, for reads, answer).
 */
@QuarkusTest
public class ParticipantAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        /** A member of the platform in no actor at all. */
        OUTSIDER("p-outsider", "member"),
        MEMBER("p-lead-member", "member"),
        EDITOR("p-lead-editor", "member"),
        OWNER("p-lead-owner", "member"),
        /** Owner of the invited actor, which has not answered. */
        INVITED_OWNER("p-invited-owner", "member"),
        /** Owner of the partner that accepted. */
        PARTNER_OWNER("p-partner-owner", "member"),
        /** Owner of an actor named nowhere in the collaboration. */
        UNRELATED_OWNER("p-unrelated-owner", "member"),
        MODERATOR("p-moderator", "member", "moderator"),
        ADMIN("p-admin", "member", "admin"),
        /** An integrator: the API client of the lead. Participants commit other actors: never an integrator's business. */
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

    record World(UUID lead, UUID partner, UUID invited, UUID unrelated, UUID spare, UUID collaboration, String integrator) {}

    /** The collaboration's state beyond its participants. */
    enum Setup {
        /** Published, with the lead and the partner counting: the public sees it. */
        PUBLIC,
        /** A draft: only the people of invited or accepted participants, and moderators, see it. */
        DRAFT,
        /** Published, then taken down by a moderator. */
        TAKEN_DOWN
    }

    private static String path(World w) {
        return "/api/v1/collaborations/" + w.collaboration();
    }

    enum Action {
        INVITE(Setup.PUBLIC, (p, w) -> p.request(w).body(Map.of("actorId", w.spare().toString(), "role", "PARTNER"))
                .post(path(w) + "/participants")),
        INVITE_TO_DRAFT(Setup.DRAFT, (p, w) -> p.request(w).body(Map.of("actorId", w.spare().toString(), "role", "PARTNER"))
                .post(path(w) + "/participants")),
        INVITE_WHEN_TAKEN_DOWN(Setup.TAKEN_DOWN, (p, w) -> p.request(w).body(Map.of("actorId", w.spare().toString(), "role", "PARTNER"))
                .post(path(w) + "/participants")),
        ACCEPT(Setup.PUBLIC, (p, w) -> p.request(w).post(path(w) + "/participants/" + w.invited() + "/accept")),
        ACCEPT_TO_DRAFT(Setup.DRAFT, (p, w) -> p.request(w).post(path(w) + "/participants/" + w.invited() + "/accept")),
        DECLINE(Setup.PUBLIC, (p, w) -> p.request(w).post(path(w) + "/participants/" + w.invited() + "/decline")),
        CHANGE_ROLE(Setup.PUBLIC, (p, w) -> p.request(w).body(Map.of("role", "FUNDER")).put(path(w) + "/participants/" + w.partner())),
        CHANGE_ROLE_WHEN_TAKEN_DOWN(Setup.TAKEN_DOWN, (p, w) -> p.request(w).body(Map.of("role", "FUNDER"))
                .put(path(w) + "/participants/" + w.partner())),
        /** The partner's owners leave; the lead's owners and editors remove it. */
        REMOVE_PARTNER(Setup.PUBLIC, (p, w) -> p.request(w).delete(path(w) + "/participants/" + w.partner())),
        /** The lead's owners and editors withdraw the invitation; the invited actor's owners decline it. */
        WITHDRAW_INVITATION(Setup.PUBLIC, (p, w) -> p.request(w).delete(path(w) + "/participants/" + w.invited())),
        REMOVE_FROM_DRAFT(Setup.DRAFT, (p, w) -> p.request(w).delete(path(w) + "/participants/" + w.partner())),
        /** Nobody takes the lead out: 409 for those who could otherwise. */
        LEAD_LEAVES(Setup.PUBLIC, (p, w) -> p.request(w).delete(path(w) + "/participants/" + w.lead())),
        HAND_OVER_LEAD(Setup.PUBLIC, (p, w) -> p.request(w).body(Map.of("actorId", w.partner().toString())).post(path(w) + "/lead")),
        HAND_OVER_LEAD_WHEN_TAKEN_DOWN(Setup.TAKEN_DOWN, (p, w) -> p.request(w).body(Map.of("actorId", w.partner().toString()))
                .post(path(w) + "/lead")),
        LIST_INVITATIONS(Setup.PUBLIC, (p, w) -> p.request(w).get("/api/v1/actors/" + w.invited() + "/collaboration-invitations")),
        MY_INVITATIONS(Setup.PUBLIC, (p, w) -> p.request(w).get("/api/v1/me/invitations"));

        final Setup setup;
        final BiFunction<Persona, World, Response> call;

        Action(Setup setup, BiFunction<Persona, World, Response> call) {
            this.setup = setup;
            this.call = call;
        }
    }

    private static final Map<Action, int[]> TABLE = Map.ofEntries(
            //                                                       ANON OUTS MEMB EDIT OWNR INVO PART UNRE MODR ADMN INTG
            // The lead's owners and editors invite (admins may, to help); everyone who may see it but not change it gets 403.
            Map.entry(Action.INVITE, new int[] {                      401, 403, 403, 201, 201, 403, 403, 403, 403, 201, 403}),
            // A draft is hidden from those named nowhere in it: 404, as if it did not exist.
            Map.entry(Action.INVITE_TO_DRAFT, new int[] {             401, 404, 403, 201, 201, 403, 403, 404, 403, 201, 403}),
            // Nobody changes what a moderator took down, admins included; the public no longer sees it.
            Map.entry(Action.INVITE_WHEN_TAKEN_DOWN, new int[] {      401, 404, 403, 403, 403, 403, 403, 404, 403, 403, 403}),
            // Only the invited actor's owners answer for it (admins may, to help).
            Map.entry(Action.ACCEPT, new int[] {                      401, 403, 403, 403, 403, 200, 403, 403, 403, 200, 403}),
            Map.entry(Action.ACCEPT_TO_DRAFT, new int[] {             401, 404, 403, 403, 403, 200, 403, 404, 403, 200, 403}),
            Map.entry(Action.DECLINE, new int[] {                     401, 403, 403, 403, 403, 200, 403, 403, 403, 200, 403}),
            Map.entry(Action.CHANGE_ROLE, new int[] {                 401, 403, 403, 200, 200, 403, 403, 403, 403, 200, 403}),
            Map.entry(Action.CHANGE_ROLE_WHEN_TAKEN_DOWN, new int[] { 401, 404, 403, 403, 403, 403, 403, 404, 403, 403, 403}),
            // The partner's owner leaves; the lead's owners and editors remove it.
            Map.entry(Action.REMOVE_PARTNER, new int[] {              401, 403, 403, 204, 204, 403, 204, 403, 403, 204, 403}),
            // The lead withdraws the invitation; the invited actor's owner declines it by the same DELETE.
            Map.entry(Action.WITHDRAW_INVITATION, new int[] {         401, 403, 403, 204, 204, 204, 403, 403, 403, 204, 403}),
            Map.entry(Action.REMOVE_FROM_DRAFT, new int[] {           401, 404, 403, 204, 204, 403, 204, 404, 403, 204, 403}),
            Map.entry(Action.LEAD_LEAVES, new int[] {                 401, 403, 403, 409, 409, 403, 403, 403, 403, 409, 403}),
            Map.entry(Action.HAND_OVER_LEAD, new int[] {              401, 403, 403, 200, 200, 403, 403, 403, 403, 200, 403}),
            Map.entry(Action.HAND_OVER_LEAD_WHEN_TAKEN_DOWN, new int[] {401, 404, 403, 403, 403, 403, 403, 404, 403, 403, 403}),
            // An actor's inbox is its owners' (admins may, to help).
            Map.entry(Action.LIST_INVITATIONS, new int[] {            401, 403, 403, 403, 403, 200, 403, 403, 403, 200, 403}),
            // Everyone signed in reads their own counts.
            Map.entry(Action.MY_INVITATIONS, new int[] {              401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403}));

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures apiClients;

    @Inject
    ParticipantFixtures collaborations;

    static Stream<Arguments> cells() {
        return AuthorizationTables.cells(Persona.values(), Action.values(), TABLE);
    }

    private World world(Setup setup) {
        UUID lead = fixtures.actor("Ledare " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(lead, Persona.OWNER.subject, MemberRole.OWNER);
        fixtures.member(lead, Persona.EDITOR.subject, MemberRole.EDITOR);
        fixtures.member(lead, Persona.MEMBER.subject, MemberRole.MEMBER);
        UUID partner = fixtures.actor("Partner " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(partner, Persona.PARTNER_OWNER.subject, MemberRole.OWNER);
        UUID invited = fixtures.actor("Inbjuden " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(invited, Persona.INVITED_OWNER.subject, MemberRole.OWNER);
        UUID unrelated = fixtures.actor("Utomstående " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(unrelated, Persona.UNRELATED_OWNER.subject, MemberRole.OWNER);
        UUID spare = fixtures.actor("Reserv " + UUID.randomUUID(), ActorStatus.ACTIVE);
        UUID collaboration = collaborations.collaboration(lead, setup == Setup.DRAFT ? Publication.DRAFT : Publication.PUBLISHED);
        collaborations.participant(collaboration, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        collaborations.participant(collaboration, invited, ParticipantRole.ASSOCIATE, ParticipantStatus.INVITED);
        if (setup == Setup.TAKEN_DOWN) {
            collaborations.takeDown(collaboration);
        }
        return new World(lead, partner, invited, unrelated, spare, collaboration, apiClients.register(lead));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("cells")
    void persona_action(Persona persona, Action action, int expected) {
        World world = world(action.setup);
        String before = collaborations.digest();

        Response response = action.call.apply(persona, world);

        assertEquals(expected, response.statusCode(), () -> persona + " " + action + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, collaborations.digest(), persona + " " + action + " was denied but changed the database");
        } else if (!action.name().endsWith("INVITATIONS")) {
            assertNotEquals(before, collaborations.digest(), persona + " " + action + " succeeded but changed nothing");
        }
    }

    /**
     * The operation of openapi.yaml (method and path template) each action exercises: a new row
     * declares its operation here, and AuthorizationCoverageTest fails for an operation without a row.
     */
    private static final Map<Action, String> OPERATIONS = Map.ofEntries(
            Map.entry(Action.INVITE, "POST /api/v1/collaborations/{id}/participants"),
            Map.entry(Action.INVITE_TO_DRAFT, "POST /api/v1/collaborations/{id}/participants"),
            Map.entry(Action.INVITE_WHEN_TAKEN_DOWN, "POST /api/v1/collaborations/{id}/participants"),
            Map.entry(Action.ACCEPT, "POST /api/v1/collaborations/{id}/participants/{actorId}/accept"),
            Map.entry(Action.ACCEPT_TO_DRAFT, "POST /api/v1/collaborations/{id}/participants/{actorId}/accept"),
            Map.entry(Action.DECLINE, "POST /api/v1/collaborations/{id}/participants/{actorId}/decline"),
            Map.entry(Action.CHANGE_ROLE, "PUT /api/v1/collaborations/{id}/participants/{actorId}"),
            Map.entry(Action.CHANGE_ROLE_WHEN_TAKEN_DOWN, "PUT /api/v1/collaborations/{id}/participants/{actorId}"),
            Map.entry(Action.REMOVE_PARTNER, "DELETE /api/v1/collaborations/{id}/participants/{actorId}"),
            Map.entry(Action.WITHDRAW_INVITATION, "DELETE /api/v1/collaborations/{id}/participants/{actorId}"),
            Map.entry(Action.REMOVE_FROM_DRAFT, "DELETE /api/v1/collaborations/{id}/participants/{actorId}"),
            Map.entry(Action.LEAD_LEAVES, "DELETE /api/v1/collaborations/{id}/participants/{actorId}"),
            Map.entry(Action.HAND_OVER_LEAD, "POST /api/v1/collaborations/{id}/lead"),
            Map.entry(Action.HAND_OVER_LEAD_WHEN_TAKEN_DOWN, "POST /api/v1/collaborations/{id}/lead"),
            Map.entry(Action.LIST_INVITATIONS, "GET /api/v1/actors/{id}/collaboration-invitations"),
            Map.entry(Action.MY_INVITATIONS, "GET /api/v1/me/invitations"));

    /** The operations this table has rows for; see {@link #OPERATIONS}. */
    public static List<String> operations() {
        return AuthorizationTables.operations(Action.values(), OPERATIONS);
    }
}
