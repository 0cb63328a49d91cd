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

/**
 * Persona × action for the operations outside actors and resources: the caller's own data (me; its
 * export and erasure plan, and an erasure refused: the erasure itself is MeErasureTest's),
 * vocabularies, search, calendar files, feeds (the collaborations feed among them), embeds, the changes feed and the insight figures. The public ones say so by a row where
 * everybody, anonymous included, may. Every denial must leave the database as it was.
 */
@QuarkusTest
class OtherOperationsAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        OUTSIDER("o-outsider", "member"),
        MEMBER("o-member", "member"),
        EDITOR("o-editor", "member"),
        OWNER("o-owner", "member"),
        MODERATOR("o-moderator", "member", "moderator"),
        ADMIN("o-admin", "member", "admin"),
        /** An integrator: the API client of the world's actor. It reads what the public reads, and GET /me. */
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

    /** An actor with an owner, an editor, a member and an API client, and a published event of it. */
    record World(UUID actor, String event, String integrator) {}

    enum Action {
        READ_ME((p, w) -> p.request(w).get("/api/v1/me")),
        READ_MY_AUDIT_TRAIL((p, w) -> p.request(w).get("/api/v1/me/audit")),
        EXPORT_MY_DATA((p, w) -> p.request(w).get("/api/v1/me/export")),
        READ_MY_ERASURE_PLAN((p, w) -> p.request(w).get("/api/v1/me/erasure")),
        /** With a confirmation nobody issued: every person gets the 400 and keeps their account, so the world survives the row. */
        ERASE_ME_WITHOUT_VALID_CONFIRMATION((p, w) -> p.request(w).queryParam("confirmation", "1.not-issued").delete("/api/v1/me")),
        LIST_SDGS((p, w) -> p.request(w).get("/api/v1/vocabularies/sdgs")),
        LIST_MUNICIPALITIES((p, w) -> p.request(w).get("/api/v1/vocabularies/municipalities")),
        LIST_TECHNOLOGY_AREAS((p, w) -> p.request(w).get("/api/v1/vocabularies/technology-areas")),
        LIST_KNOWLEDGE_AREAS((p, w) -> p.request(w).get("/api/v1/vocabularies/knowledge-areas")),
        SEARCH((p, w) -> p.request(w).get("/api/v1/search?q=kalender")),
        DOWNLOAD_CALENDAR_FILE((p, w) -> p.request(w).get("/api/v1/resources/" + w.event() + "/calendar")),
        EVENTS_FEED((p, w) -> p.request(w).get("/feeds/v1/events.json")),
        TESTBEDS_FEED((p, w) -> p.request(w).get("/feeds/v1/testbeds.rss")),
        RESOURCES_FEED((p, w) -> p.request(w).get("/feeds/v1/resources.ics?kind=EVENT")),
        EVENTS_FEED_BY_ACCEPT((p, w) -> p.request(w).accept("application/feed+json").get("/feeds/v1/events")),
        TESTBEDS_FEED_BY_ACCEPT((p, w) -> p.request(w).accept("application/atom+xml").get("/feeds/v1/testbeds")),
        RESOURCES_FEED_BY_ACCEPT((p, w) -> p.request(w).accept("application/json").get("/feeds/v1/resources?kind=LAB")),
        COLLABORATIONS_FEED((p, w) -> p.request(w).get("/feeds/v1/collaborations.jsonld?actor=" + w.actor())),
        COLLABORATIONS_FEED_BY_ACCEPT((p, w) -> p.request(w).accept("application/atom+xml").get("/feeds/v1/collaborations")),
        INSIGHTS_NETWORK((p, w) -> p.request(w).get("/api/v1/insights/network")),
        INSIGHTS_NETWORK_EDGES((p, w) -> p.request(w).get("/api/v1/insights/network/edges?format=csv")),
        INSIGHTS_SYNERGY((p, w) -> p.request(w).get("/api/v1/insights/synergy")),
        EVENTS_EMBED((p, w) -> p.request(w).get("/embed/v1/events")),
        TESTBEDS_EMBED((p, w) -> p.request(w).get("/embed/v1/testbeds")),
        READ_CHANGES((p, w) -> p.request(w).get("/api/v1/changes?types=resource&limit=5")),
        INSIGHT_ACTORS_BY_SECTOR((p, w) -> p.request(w).get("/api/v1/insights/actors-by-sector")),
        INSIGHT_ACTORS_BY_KIND((p, w) -> p.request(w).get("/api/v1/insights/actors-by-kind")),
        INSIGHT_ACTORS_BY_COUNTY((p, w) -> p.request(w).get("/api/v1/insights/actors-by-county")),
        INSIGHT_ACTORS_BY_MUNICIPALITY((p, w) -> p.request(w).get("/api/v1/insights/actors-by-municipality")),
        INSIGHT_ACTORS_JOINED((p, w) -> p.request(w).get("/api/v1/insights/actors-joined")),
        INSIGHT_RESOURCES_PUBLISHED((p, w) -> p.request(w).get("/api/v1/insights/resources-published")),
        INSIGHT_COLLABORATION_INTENSITY((p, w) -> p.request(w).get("/api/v1/insights/collaboration-intensity")),
        INSIGHT_BOUNDARY_CROSSING((p, w) -> p.request(w).get("/api/v1/insights/boundary-crossing")),
        INSIGHT_BOUNDARY_SCORES((p, w) -> p.request(w).get("/api/v1/insights/boundary-scores")),
        INSIGHT_SDG_COVERAGE((p, w) -> p.request(w).get("/api/v1/insights/sdg-coverage")),
        INSIGHT_TECHNOLOGY_AREAS((p, w) -> p.request(w).get("/api/v1/insights/technology-areas")),
        INSIGHT_KNOWLEDGE_AREAS((p, w) -> p.request(w).get("/api/v1/insights/knowledge-areas")),
        INSIGHT_AREA_CO_OCCURRENCE((p, w) -> p.request(w).get("/api/v1/insights/area-co-occurrence")),
        INSIGHT_MUNICIPALITY_LINKS((p, w) -> p.request(w).get("/api/v1/insights/municipality-links"));

        final BiFunction<Persona, World, Response> call;

        Action(BiFunction<Persona, World, Response> call) {
            this.call = call;
        }
    }

    private static final int[] EVERYBODY = {200, 200, 200, 200, 200, 200, 200, 200};
    private static final int[] SIGNED_IN = {401, 200, 200, 200, 200, 200, 200, 200};
    /** A person's own pages: an API client has none. */
    private static final int[] PEOPLE = {401, 200, 200, 200, 200, 200, 200, 403};
    /** An erasure with a bad confirmation: refused for each person (400), an API client has no account (403). */
    private static final int[] PEOPLE_REFUSED = {401, 400, 400, 400, 400, 400, 400, 403};

    /** Expected status per persona, in the order of {@link Persona}. */
    private static final Map<Action, int[]> TABLE = Map.ofEntries(
            //                                           ANON OUTS MEMB EDIT OWNR MODR ADMN INTG
            Map.entry(Action.READ_ME, SIGNED_IN),
            Map.entry(Action.READ_MY_AUDIT_TRAIL, PEOPLE),
            Map.entry(Action.EXPORT_MY_DATA, PEOPLE),
            Map.entry(Action.READ_MY_ERASURE_PLAN, PEOPLE),
            Map.entry(Action.ERASE_ME_WITHOUT_VALID_CONFIRMATION, PEOPLE_REFUSED),
            Map.entry(Action.LIST_SDGS, EVERYBODY),
            Map.entry(Action.LIST_MUNICIPALITIES, EVERYBODY),
            Map.entry(Action.LIST_TECHNOLOGY_AREAS, EVERYBODY),
            Map.entry(Action.LIST_KNOWLEDGE_AREAS, EVERYBODY),
            Map.entry(Action.SEARCH, EVERYBODY),
            Map.entry(Action.DOWNLOAD_CALENDAR_FILE, EVERYBODY),
            Map.entry(Action.EVENTS_FEED, EVERYBODY),
            Map.entry(Action.TESTBEDS_FEED, EVERYBODY),
            Map.entry(Action.RESOURCES_FEED, EVERYBODY),
            Map.entry(Action.EVENTS_FEED_BY_ACCEPT, EVERYBODY),
            Map.entry(Action.TESTBEDS_FEED_BY_ACCEPT, EVERYBODY),
            Map.entry(Action.RESOURCES_FEED_BY_ACCEPT, EVERYBODY),
            Map.entry(Action.COLLABORATIONS_FEED, EVERYBODY),
            Map.entry(Action.COLLABORATIONS_FEED_BY_ACCEPT, EVERYBODY),
            Map.entry(Action.INSIGHTS_NETWORK, EVERYBODY),
            Map.entry(Action.INSIGHTS_NETWORK_EDGES, EVERYBODY),
            Map.entry(Action.INSIGHTS_SYNERGY, EVERYBODY),
            Map.entry(Action.EVENTS_EMBED, EVERYBODY),
            Map.entry(Action.TESTBEDS_EMBED, EVERYBODY),
            Map.entry(Action.READ_CHANGES, EVERYBODY),
            Map.entry(Action.INSIGHT_ACTORS_BY_SECTOR, EVERYBODY),
            Map.entry(Action.INSIGHT_ACTORS_BY_KIND, EVERYBODY),
            Map.entry(Action.INSIGHT_ACTORS_BY_COUNTY, EVERYBODY),
            Map.entry(Action.INSIGHT_ACTORS_BY_MUNICIPALITY, EVERYBODY),
            Map.entry(Action.INSIGHT_ACTORS_JOINED, EVERYBODY),
            Map.entry(Action.INSIGHT_RESOURCES_PUBLISHED, EVERYBODY),
            Map.entry(Action.INSIGHT_COLLABORATION_INTENSITY, EVERYBODY),
            Map.entry(Action.INSIGHT_BOUNDARY_CROSSING, EVERYBODY),
            Map.entry(Action.INSIGHT_BOUNDARY_SCORES, EVERYBODY),
            Map.entry(Action.INSIGHT_SDG_COVERAGE, EVERYBODY),
            Map.entry(Action.INSIGHT_TECHNOLOGY_AREAS, EVERYBODY),
            Map.entry(Action.INSIGHT_KNOWLEDGE_AREAS, EVERYBODY),
            Map.entry(Action.INSIGHT_AREA_CO_OCCURRENCE, EVERYBODY),
            Map.entry(Action.INSIGHT_MUNICIPALITY_LINKS, EVERYBODY));

    /**
     * The operation of openapi.yaml (method and path template) each action exercises: a new row
     * declares its operation here, and AuthorizationCoverageTest fails for an operation without a row.
     */
    private static final Map<Action, String> OPERATIONS = Map.ofEntries(
            Map.entry(Action.READ_ME, "GET /api/v1/me"),
            Map.entry(Action.READ_MY_AUDIT_TRAIL, "GET /api/v1/me/audit"),
            Map.entry(Action.EXPORT_MY_DATA, "GET /api/v1/me/export"),
            Map.entry(Action.READ_MY_ERASURE_PLAN, "GET /api/v1/me/erasure"),
            Map.entry(Action.ERASE_ME_WITHOUT_VALID_CONFIRMATION, "DELETE /api/v1/me"),
            Map.entry(Action.LIST_SDGS, "GET /api/v1/vocabularies/sdgs"),
            Map.entry(Action.LIST_MUNICIPALITIES, "GET /api/v1/vocabularies/municipalities"),
            Map.entry(Action.LIST_TECHNOLOGY_AREAS, "GET /api/v1/vocabularies/technology-areas"),
            Map.entry(Action.LIST_KNOWLEDGE_AREAS, "GET /api/v1/vocabularies/knowledge-areas"),
            Map.entry(Action.SEARCH, "GET /api/v1/search"),
            Map.entry(Action.DOWNLOAD_CALENDAR_FILE, "GET /api/v1/resources/{id}/calendar"),
            Map.entry(Action.EVENTS_FEED, "GET /feeds/v1/events{ext}"),
            Map.entry(Action.TESTBEDS_FEED, "GET /feeds/v1/testbeds{ext}"),
            Map.entry(Action.RESOURCES_FEED, "GET /feeds/v1/resources{ext}"),
            Map.entry(Action.EVENTS_FEED_BY_ACCEPT, "GET /feeds/v1/events"),
            Map.entry(Action.TESTBEDS_FEED_BY_ACCEPT, "GET /feeds/v1/testbeds"),
            Map.entry(Action.RESOURCES_FEED_BY_ACCEPT, "GET /feeds/v1/resources"),
            Map.entry(Action.COLLABORATIONS_FEED, "GET /feeds/v1/collaborations{ext}"),
            Map.entry(Action.COLLABORATIONS_FEED_BY_ACCEPT, "GET /feeds/v1/collaborations"),
            Map.entry(Action.INSIGHTS_NETWORK, "GET /api/v1/insights/network"),
            Map.entry(Action.INSIGHTS_NETWORK_EDGES, "GET /api/v1/insights/network/edges"),
            Map.entry(Action.INSIGHTS_SYNERGY, "GET /api/v1/insights/synergy"),
            Map.entry(Action.EVENTS_EMBED, "GET /embed/v1/events"),
            Map.entry(Action.TESTBEDS_EMBED, "GET /embed/v1/testbeds"),
            Map.entry(Action.READ_CHANGES, "GET /api/v1/changes"),
            Map.entry(Action.INSIGHT_ACTORS_BY_SECTOR, "GET /api/v1/insights/actors-by-sector"),
            Map.entry(Action.INSIGHT_ACTORS_BY_KIND, "GET /api/v1/insights/actors-by-kind"),
            Map.entry(Action.INSIGHT_ACTORS_BY_COUNTY, "GET /api/v1/insights/actors-by-county"),
            Map.entry(Action.INSIGHT_ACTORS_BY_MUNICIPALITY, "GET /api/v1/insights/actors-by-municipality"),
            Map.entry(Action.INSIGHT_ACTORS_JOINED, "GET /api/v1/insights/actors-joined"),
            Map.entry(Action.INSIGHT_RESOURCES_PUBLISHED, "GET /api/v1/insights/resources-published"),
            Map.entry(Action.INSIGHT_COLLABORATION_INTENSITY, "GET /api/v1/insights/collaboration-intensity"),
            Map.entry(Action.INSIGHT_BOUNDARY_CROSSING, "GET /api/v1/insights/boundary-crossing"),
            Map.entry(Action.INSIGHT_BOUNDARY_SCORES, "GET /api/v1/insights/boundary-scores"),
            Map.entry(Action.INSIGHT_SDG_COVERAGE, "GET /api/v1/insights/sdg-coverage"),
            Map.entry(Action.INSIGHT_TECHNOLOGY_AREAS, "GET /api/v1/insights/technology-areas"),
            Map.entry(Action.INSIGHT_KNOWLEDGE_AREAS, "GET /api/v1/insights/knowledge-areas"),
            Map.entry(Action.INSIGHT_AREA_CO_OCCURRENCE, "GET /api/v1/insights/area-co-occurrence"),
            Map.entry(Action.INSIGHT_MUNICIPALITY_LINKS, "GET /api/v1/insights/municipality-links"));

    /** The operations this table has rows for; see {@link #OPERATIONS}. */
    public static List<String> operations() {
        return AuthorizationTables.operations(Action.values(), OPERATIONS);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures apiClients;

    /** Every row only reads, so one world serves the whole table. */
    private static World world;

    static Stream<Arguments> cells() {
        return AuthorizationTables.cells(Persona.values(), Action.values(), TABLE);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("cells")
    void persona_action(Persona persona, Action action, int expected) {
        World w = world();
        String before = fixtures.digest();

        Response response = action.call.apply(persona, w);

        assertEquals(expected, response.statusCode(), () -> persona + " " + action + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            assertEquals(before, fixtures.digest(), persona + " " + action + " was denied but changed the database");
        }
    }

    private World world() {
        if (world == null) {
            UUID actor = fixtures.actor("Kalenderaktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
            fixtures.member(actor, Persona.OWNER.subject, MemberRole.OWNER);
            fixtures.member(actor, Persona.EDITOR.subject, MemberRole.EDITOR);
            fixtures.member(actor, Persona.MEMBER.subject, MemberRole.MEMBER);
            String event = TestTokens.as(Persona.OWNER.subject, Persona.OWNER.roles)
                    .body(Map.of("kind", "EVENT", "actorId", actor.toString(), "title", Map.of("sv", "Kalenderträff"),
                            "event", Map.of("start", "2027-06-01T10:00:00", "end", "2027-06-01T12:00:00")))
                    .post("/api/v1/resources").then().statusCode(201).extract().path("id");
            TestTokens.as(Persona.OWNER.subject, Persona.OWNER.roles).post("/api/v1/resources/" + event + "/publish").then().statusCode(200);
            world = new World(actor, event, apiClients.register(actor));
        }
        return world;
    }
}
