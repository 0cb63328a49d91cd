package se.digitalimpactnorth.insights;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.collaboration.CollaborationFixtures;
import se.digitalimpactnorth.collaboration.CollaborationFixtures.Spec;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;
import se.digitalimpactnorth.feed.FeedChangesBounds;
import se.digitalimpactnorth.resource.ResourceStatus;

/**
 * The insight figures over HTTP, on data written with the test fixtures into municipalities no
 * other test uses (Vingåker 0428 and Gnesta 0461 in Södermanland): JSON and CSV with the numbers
 * the fixtures imply, caching headers, 400 problems for bad input, and a write that shows in the
 * next figure (the cache follows the data's change counter).
 */
@QuarkusTest
class InsightsEndpointTest {

    private static final String VINGAKER = "0428";
    private static final String GNESTA = "0461";
    private static boolean seeded;

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    /**
     * Once per class: a university in Vingåker leading a published project (from 2026-01-01, open,
     * goal 9, ai, SSIF 10201) with an accepted company in Gnesta, and a published meeting place of
     * the university (placed in Vingåker through its publisher). A draft collaboration and a draft
     * resource beside them must count nowhere.
     */
    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        UUID university = collaborations.actor("Vingåkers högskola", ActorKind.UNIVERSITY, VINGAKER);
        UUID company = collaborations.actor("Gnestabolaget", ActorKind.COMPANY, GNESTA);
        UUID project = collaborations.collaboration(university, "Insiktsprojektet",
                Spec.published().sdgs(9).technologyAreas("ai").knowledgeAreas("10201"));
        collaborations.participant(project, company, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        UUID draft = collaborations.collaboration(university, "Utkastet", Spec.draft().sdgs(9));
        collaborations.participant(draft, company, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        fixtures.resource(university, ResourceStatus.PUBLISHED, null);
        fixtures.resource(university, ResourceStatus.DRAFT, null);
        seeded = true;
    }

    private static Response get(String path) {
        return RestAssured.given().get("/api/v1/insights/" + path);
    }

    /** The figure once it shows what the fixtures wrote behind the API's back (within FeedChanges' bound). */
    private static Response eventually(Supplier<Response> fetch, Predicate<Response> shows) {
        long deadline = System.nanoTime() + FeedChangesBounds.staleMillis() * 1_000_000;
        while (true) {
            Response r = fetch.get();
            r.then().statusCode(200);
            if (shows.test(r)) {
                return r;
            }
            assertTrue(System.nanoTime() < deadline, "the figure did not change in time: " + r.asString());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @DisplayName("JSON: the envelope with the filters as parsed, and the numbers the fixtures imply")
    void json() {
        Response sectors = eventually(() -> get("actors-by-sector?municipality=" + VINGAKER),
                r -> r.jsonPath().getInt("rows.find { it.sector == 'ACADEMIA' }.actors") == 1);
        sectors.then()
                .contentType("application/json")
                .body("figure", equalTo("actors-by-sector"))
                .body("filters.municipality", equalTo(VINGAKER))
                .body("filters", not(hasKey("from")))
                .body("computedAt", notNullValue())
                .body("rows.sector", equalTo(List.of("BUSINESS", "ACADEMIA", "PUBLIC", "CIVIL")))
                .body("rows.actors", equalTo(List.of(0, 1, 0, 0)));

        // The project runs from 2026-01-01, open-ended: active each month of the quarter, started in January.
        get("collaboration-intensity?municipality=" + VINGAKER + "&from=2026-01-01&to=2026-03-31").then().statusCode(200)
                .body("rows.month", equalTo(List.of("2026-01", "2026-02", "2026-03")))
                .body("rows.active", equalTo(List.of(1, 1, 1)))
                .body("rows.started", equalTo(List.of(1, 0, 0)));

        // One link, Vingåker–Gnesta; nobody there has a location.
        get("municipality-links?municipality=" + GNESTA).then().statusCode(200)
                .body("rows.size()", equalTo(1))
                .body("rows[0].fromCode", equalTo(VINGAKER))
                .body("rows[0].fromName", equalTo("Vingåkers kommun"))
                .body("rows[0].toCode", equalTo(GNESTA))
                .body("rows[0].fromLatitude", equalTo(null))
                .body("rows[0].collaborations", equalTo(1));

        // The draft collaboration (also goal 9) does not count; the public one does.
        get("sdg-coverage?municipality=" + VINGAKER).then().statusCode(200)
                .body("rows.size()", equalTo(17))
                .body("rows[8].collaborations", equalTo(1))
                .body("rows[8].covered", equalTo(true))
                .body("rows[0].covered", equalTo(false));
        get("knowledge-areas?county=04&knowledgeArea=102").then().statusCode(200)
                .body("rows.code", equalTo(List.of("102")))
                .body("rows[0].collaborations", equalTo(1));
    }

    @Test
    @DisplayName("CSV by format=csv or Accept: text/csv, as an attachment, with the same numbers; caching headers and 304")
    void csv() {
        eventually(() -> get("actors-by-sector?municipality=" + VINGAKER),
                r -> r.jsonPath().getInt("rows.find { it.sector == 'ACADEMIA' }.actors") == 1);
        Response byFormat = get("actors-by-sector?municipality=" + VINGAKER + "&format=csv");
        byFormat.then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"actors-by-sector.csv\"")
                .header("Cache-Control", "public, max-age=60");
        assertEquals("sector,actors\nBUSINESS,0\nACADEMIA,1\nPUBLIC,0\nCIVIL,0\n", byFormat.asString());
        Response byAccept = RestAssured.given().accept("text/csv").get("/api/v1/insights/actors-by-sector?municipality=" + VINGAKER);
        assertEquals(byFormat.asString(), byAccept.asString());

        // The published meeting place counts in this month (its day is its creation day); the draft does not.
        String month = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Stockholm"))).toString();
        String resources = get("resources-published?municipality=" + VINGAKER + "&format=csv").then().statusCode(200).extract().asString();
        assertTrue(resources.startsWith("month,family,kind,published\n"), resources);
        assertTrue(resources.contains("\n" + month + ",KNOWLEDGE,MEETING_PLACE,1\n"), resources);

        // A conditional request for an unchanged figure: 304. JSON and CSV have different ETags.
        String etag = byFormat.header("ETag");
        RestAssured.given().header("If-None-Match", etag).get("/api/v1/insights/actors-by-sector?municipality=" + VINGAKER + "&format=csv")
                .then().statusCode(304);
        assertNotEquals(etag, get("actors-by-sector?municipality=" + VINGAKER).header("ETag"));
    }

    @Test
    @DisplayName("a write shows in the next figure: computed once per change, not once per request")
    void followsWrites() {
        String path = "actors-by-kind?municipality=0480";
        Response before = get(path);
        before.then().statusCode(200);
        int companies = before.jsonPath().getInt("rows.find { it.kind == 'COMPANY' }.actors");
        // Unchanged data: the same body (the same computedAt and ETag).
        Response again = get(path);
        assertEquals(before.header("ETag"), again.header("ETag"));
        assertEquals(before.asString(), again.asString());

        collaborations.actor("Nyköpingsbolaget", ActorKind.COMPANY, "0480");

        Response after = eventually(() -> get(path),
                r -> r.jsonPath().getInt("rows.find { it.kind == 'COMPANY' }.actors") == companies + 1);
        assertNotEquals(before.header("ETag"), after.header("ETag"));
    }

    @Test
    @DisplayName("bad filters, a bad format and unknown or repeated parameters are 400 problems naming the parameter")
    void badInput() {
        for (String[] bad : new String[][] {
            {"sdg-coverage?sdg=18", "sdg"},
            {"sdg-coverage?sdg=nine", "sdg"},
            {"actors-joined?from=2026-13-01", "from"},
            {"actors-joined?from=2026-03-01&to=2026-02-01", "to"},
            {"actors-by-sector?municipality=24", "municipality"},
            {"actors-by-sector?county=2480", "county"},
            {"actors-by-sector?knowledgeArea=abc", "knowledgeArea"},
            {"actors-by-sector?sector=PIRATES", "sector"},
            {"actors-by-sector?technologyArea=" + "x".repeat(61), "technologyArea"},
            {"actors-by-sector?format=xml", "format"},
            {"actors-by-sector?municipalty=2480", "municipalty"},
            {"actors-by-sector?sdg=1&sdg=2", "sdg"},
            {"resources-published?from=1800-01-01", "from"}}) {
            get(bad[0]).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
    }
}
