package se.digitalimpactnorth.resource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * The public resource list comes from the search index; the list an actor's own people see of
 * it comes from SQL. On a world without hidden resources both must give the same items, in the
 * same order, with the same facets and the same pages: the SQL list is the reference.
 */
@QuarkusTest
class ResourceListOnIndexTest {

    @Inject
    Fixtures fixtures;

    UUID actor;
    String owner;
    String word;

    @BeforeEach
    void actorWithOwner() {
        owner = "index-owner-" + UUID.randomUUID();
        word = "Ix" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        actor = fixtures.actor("Indexbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
    }

    Map<String, Object> base(String kind, String titleSv) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", titleSv));
        return body;
    }

    Map<String, Object> testbed(String title, String municipality, List<String> areas, List<Integer> sdgs, String access) {
        Map<String, Object> body = base("TESTBED", title);
        body.put("municipalityCode", municipality);
        body.put("technologyAreas", areas);
        body.put("sdgs", sdgs);
        body.put("tags", List.of("drönare"));
        body.put("facility", Map.of("accessCondition", access));
        return body;
    }

    Map<String, Object> event(String title, String start, String end, Integer weeks) {
        Map<String, Object> body = base("EVENT", title);
        body.put("municipalityCode", "2480");
        body.put("technologyAreas", List.of("ai"));
        body.put("sdgs", List.of(9, 11));
        Map<String, Object> event = new HashMap<>(Map.of("start", start, "end", end, "timeZone", "Europe/Stockholm"));
        if (weeks != null) {
            event.put("recurrence", Map.of("freq", "WEEKLY", "count", weeks));
        }
        body.put("event", event);
        return body;
    }

    String publish(Map<String, Object> body) {
        String id = TestTokens.as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
        TestTokens.as(owner, "member").post("/api/v1/resources/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** The public list (the index) for this actor and query. */
    JsonPath publicList(String query) {
        return given().get("/api/v1/resources?actor=" + actor + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200).extract().jsonPath();
    }

    /** The same list as the actor's own people see it (SQL). */
    JsonPath insiderList(String query) {
        return TestTokens.as(owner, "member").get("/api/v1/resources?actor=" + actor + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every id of a list, page by page. */
    static List<String> walk(Supplier<RequestSpecification> who, String path) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = who.get();
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && seen.size() < 100);
        return seen;
    }

    @Test
    @DisplayName("the index's items, order and facets equal the SQL list's, for each filter and for several together")
    void sameAsSql() {
        String a = publish(testbed("Testbädd " + word + " norr", "2480", List.of("ai", "hpc"), List.of(9), "OPEN"));
        String b = publish(testbed("Testbädd " + word + " kust", "2482", List.of("ai"), List.of(13), "MEMBERS"));
        String c = publish(event("Frukostmöte " + word, "2027-04-01T08:00:00", "2027-04-01T09:00:00", 4));
        Map<String, Object> office = base("PROJECT_OFFICE", "Projektkontoret");
        office.put("sdgs", List.of(9));
        String d = publish(office);
        // A draft counts nowhere.
        TestTokens.as(owner, "member").body(base("MEETING_PLACE", "Utkastrummet " + word)).post("/api/v1/resources").then().statusCode(201);

        // Words of a tag are words of the text.
        assertEquals(List.of(b, a), publicList("q=drönare").getList("items.id"));

        JsonPath all = publicList("");
        assertEquals(List.of(d, c, b, a), all.getList("items.id"));
        assertEquals(Map.of("TESTBED", 2, "EVENT", 1, "PROJECT_OFFICE", 1), all.getMap("facets.kind"));
        assertEquals(Map.of("INNOVATION", 3, "KNOWLEDGE", 1), all.getMap("facets.family"));
        assertEquals(Map.of("ai", 3, "hpc", 1), all.getMap("facets.technologyArea"));
        assertEquals(Map.of("9", 3, "11", 1, "13", 1), all.getMap("facets.sdg"));
        assertEquals(Map.of("2480", 2, "2482", 1), all.getMap("facets.municipality"));

        // Each facet ignores its own filter and keeps the others.
        JsonPath narrowed = publicList("kind=TESTBED&municipality=2480");
        assertEquals(List.of(a), narrowed.getList("items.id"));
        assertEquals(Map.of("TESTBED", 1, "EVENT", 1), narrowed.getMap("facets.kind"));
        assertEquals(Map.of("2480", 1, "2482", 1), narrowed.getMap("facets.municipality"));
        assertEquals(Map.of("ai", 1, "hpc", 1), narrowed.getMap("facets.technologyArea"));

        for (String query : List.of("", "kind=TESTBED", "family=INNOVATION", "municipality=2480", "kind=TESTBED&municipality=2480",
                "technologyArea=ai", "technologyArea=hpc&sdg=9", "sdg=9", "sdg=9&technologyArea=ai&municipality=2480", "county=24",
                "county=24&kind=EVENT", "tag=drönare", "access=OPEN", "access=MEMBERS&sdg=13", "q=" + word, "q=" + word + "&kind=TESTBED",
                "q=testbädd", "q=drönare", "from=2027-04-05&to=2027-05-01", "from=2027-04-05&to=2027-05-01&kind=EVENT", "from=2030-01-01",
                "limit=2")) {
            JsonPath index = publicList(query);
            JsonPath sql = insiderList(query);
            assertEquals(sql.getList("items.id"), index.getList("items.id"), query);
            assertEquals(sql.getMap("facets"), index.getMap("facets"), query);
            assertEquals(sql.getString("nextCursor") == null, index.getString("nextCursor") == null, query);
        }
    }

    @Test
    @DisplayName("cursor paging walks resources published at the same instant once each, by id, as SQL does")
    void pagingThroughEqualTimes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(publish(base("MEETING_PLACE", "Samtidigt rum " + i)));
        }
        OffsetDateTime instant = OffsetDateTime.parse("2026-06-01T12:00:00.123456Z");
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> Resource.<Resource>findById(UUID.fromString(id)).publishedAt = instant));
        // One more, published later, comes first.
        String later = publish(base("MEETING_PLACE", "Senare rum"));

        List<String> expected = new ArrayList<>(List.of(later));
        ids.stream().sorted(Comparator.reverseOrder()).forEach(expected::add);
        String path = "/api/v1/resources?limit=2&actor=" + actor;
        assertEquals(expected, walk(() -> given(), path));
        assertEquals(expected, walk(() -> TestTokens.as(owner, "member"), path));
    }

    @Test
    @DisplayName("with a date range, the soonest occurrence within the range orders the list; equal starts by id; pages as SQL does")
    void dateRangeOrder() {
        // Weekly from 1 April: its first occurrence in the range is 8 April, though it began earlier.
        String weekly = publish(event("Veckomöte", "2027-04-01T10:00:00", "2027-04-01T11:00:00", 4));
        // Began before the range and still runs at its start: it counts from its own start.
        String running = publish(event("Långt möte", "2027-04-04T10:00:00", "2027-04-06T12:00:00", null));
        List<String> sameStart = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sameStart.add(publish(event("Samma start " + i, "2027-04-06T10:00:00", "2027-04-06T11:00:00", null)));
        }
        // Ends before the range: not listed.
        publish(event("Förbi", "2027-04-02T10:00:00", "2027-04-02T11:00:00", null));

        List<String> expected = new ArrayList<>(List.of(running));
        sameStart.stream().sorted().forEach(expected::add);
        expected.add(weekly);
        String path = "/api/v1/resources?from=2027-04-05T00:00:00Z&to=2027-05-01T00:00:00Z&limit=2&actor=" + actor;
        assertEquals(expected, walk(() -> given(), path));
        assertEquals(expected, walk(() -> TestTokens.as(owner, "member"), path));
    }
}
