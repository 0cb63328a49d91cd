package se.digitalimpactnorth.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
import se.digitalimpactnorth.common.TestTokens;

/**
 * Persona × action for resources. Every cell starts from a fresh publisher with an owner, an
 * editor and a member, and a co-organising actor with its own owner; every denial must leave the
 * database as it was.
 */
@QuarkusTest
public class ResourceAuthorizationTableTest {

    enum Persona {
        ANONYMOUS(null),
        OUTSIDER("r-outsider", "member"),
        MEMBER("r-member", "member"),
        EDITOR("r-editor", "member"),
        OWNER("r-owner", "member"),
        CO_ORGANISER("r-co-owner", "member"),
        MODERATOR("r-moderator", "member", "moderator"),
        ADMIN("r-admin", "member", "admin");

        final String subject;
        final String[] roles;

        Persona(String subject, String... roles) {
            this.subject = subject;
            this.roles = roles;
        }

        RequestSpecification request() {
            return TestTokens.as(subject, roles);
        }
    }

    record World(UUID publisher, UUID resource, long version) {}

    private static Map<String, Object> input(UUID publisher) {
        return Map.of("kind", "MEETING_PLACE", "actorId", publisher.toString(), "title", Map.of("sv", "Nytt rum"));
    }

    enum Action {
        READ_DRAFT(ResourceStatus.DRAFT, (p, w) -> p.request().get("/api/v1/resources/" + w.resource())),
        LIST_DRAFTS(ResourceStatus.DRAFT, (p, w) -> p.request().get("/api/v1/resources?status=DRAFT&actor=" + w.publisher())),
        CREATE(ResourceStatus.DRAFT, (p, w) -> p.request().body(input(w.publisher())).post("/api/v1/resources")),
        UPDATE_PUBLISHED(ResourceStatus.PUBLISHED, (p, w) -> p.request().header("If-Match", "\"" + w.version() + "\"")
                .body(input(w.publisher())).put("/api/v1/resources/" + w.resource())),
        PUBLISH_DRAFT(ResourceStatus.DRAFT, (p, w) -> p.request().post("/api/v1/resources/" + w.resource() + "/publish")),
        ARCHIVE_PUBLISHED(ResourceStatus.PUBLISHED, (p, w) -> p.request().post("/api/v1/resources/" + w.resource() + "/archive"));

        final ResourceStatus status;
        final BiFunction<Persona, World, Response> call;

        Action(ResourceStatus status, BiFunction<Persona, World, Response> call) {
            this.status = status;
            this.call = call;
        }
    }

    private static final Map<Action, int[]> TABLE = Map.of(
            //                                          ANON OUTS MEMB EDIT OWNR COOR MODR ADMN
            Action.READ_DRAFT, new int[] {404, 404, 200, 200, 200, 404, 200, 200},
            Action.LIST_DRAFTS, new int[] {401, 403, 200, 200, 200, 403, 200, 200},
            Action.CREATE, new int[] {401, 403, 403, 201, 201, 403, 403, 201},
            Action.UPDATE_PUBLISHED, new int[] {401, 403, 403, 200, 200, 403, 403, 200},
            Action.PUBLISH_DRAFT, new int[] {401, 404, 403, 200, 200, 404, 403, 200},
            Action.ARCHIVE_PUBLISHED, new int[] {401, 403, 403, 200, 200, 403, 200, 200});

    @Inject
    Fixtures fixtures;

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Action action : Action.values()) {
            for (Persona persona : Persona.values()) {
                cells.add(Arguments.of(persona, action, TABLE.get(action)[persona.ordinal()]));
            }
        }
        return cells.stream();
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
        UUID resource = fixtures.resource(publisher, action.status, co);
        World world = new World(publisher, resource, 0);
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
            Map.entry(Action.ARCHIVE_PUBLISHED, "POST /api/v1/resources/{id}/archive"));

    /** The operations this table has rows for; see {@link #OPERATIONS}. */
    public static List<String> operations() {
        return se.digitalimpactnorth.common.AuthorizationTables.operations(Action.values(), OPERATIONS);
    }
}
