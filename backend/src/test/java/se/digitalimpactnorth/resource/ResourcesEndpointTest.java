package se.digitalimpactnorth.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

@QuarkusTest
class ResourcesEndpointTest {

    @Inject
    Fixtures fixtures;

    UUID actor;
    String owner;

    static RequestSpecification as(String subject, String... roles) {
        return TestTokens.as(subject, roles);
    }

    @BeforeEach
    void activeActorWithOwner() {
        owner = "res-owner-" + UUID.randomUUID();
        actor = fixtures.actor("Resursbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
    }

    Map<String, Object> base(String kind, String titleSv) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", titleSv));
        return body;
    }

    Map<String, Object> weeklyEvent(String titleSv) {
        Map<String, Object> body = base("EVENT", titleSv);
        body.put("summary", Map.of("sv", "Vi träffas varje vecka och pratar om testbäddar för AI."));
        body.put("municipalityCode", "2480");
        body.put("technologyAreas", List.of("ai"));
        body.put("sdgs", List.of(9, 11));
        body.put("tags", List.of("Frukostmöte"));
        body.put("event", Map.of("start", "2026-03-22T10:00:00", "end", "2026-03-22T11:30:00",
                "timeZone", "Europe/Stockholm",
                "recurrence", Map.of("freq", "WEEKLY", "count", 4),
                "venue", Map.of("name", "Umeå Science Park", "municipalityCode", "2480")));
        return body;
    }

    String create(Map<String, Object> body) {
        return as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
    }

    void publish(String id) {
        as(owner, "member").post("/api/v1/resources/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    @DisplayName("a published weekly event shows its occurrences in a date-range list, 10:00 local before and after summer time")
    void weeklyEventInRange() {
        String title = "Frukostseminarium " + UUID.randomUUID().toString().substring(0, 6);
        String id = create(weeklyEvent(title));
        publish(id);
        given().queryParam("from", "2026-03-20").queryParam("to", "2026-04-10").queryParam("actor", actor.toString())
                .get("/api/v1/resources")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].occurrences.start", contains("2026-03-22T09:00:00Z", "2026-03-29T08:00:00Z", "2026-04-05T08:00:00Z"))
                .body("facets.kind.EVENT", equalTo(1))
                .body("facets.technologyArea.ai", equalTo(1))
                .body("facets.sdg.'9'", equalTo(1));
        given().get("/api/v1/resources/" + id).then().statusCode(200)
                .body("details.event.start", equalTo(null))
                .body("details.start", equalTo("2026-03-22T10:00:00"))
                .body("tags", contains("frukostmöte"))
                .body("family", equalTo("KNOWLEDGE"));
        given().queryParam("from", "2026-04-20").queryParam("to", "2026-05-01").queryParam("actor", actor.toString())
                .get("/api/v1/resources").then().statusCode(200).body("items", empty());
    }

    @Test
    @DisplayName("drafts are invisible to others: not readable, not listed, not found by search")
    void draftsAreInvisible() {
        String word = "Hemligt" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String id = create(base("MEETING_PLACE", word + " mötesplats"));
        given().get("/api/v1/resources/" + id).then().statusCode(404);
        as("someone-else", "member").get("/api/v1/resources/" + id).then().statusCode(404);
        as(owner, "member").get("/api/v1/resources/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().queryParam("actor", actor.toString()).get("/api/v1/resources").then().body("items", empty());
        given().queryParam("q", word).get("/api/v1/search").then().statusCode(200).body("items", empty());
        as(owner, "member").queryParam("actor", actor.toString()).queryParam("status", "DRAFT").get("/api/v1/resources")
                .then().statusCode(200).body("items.id", contains(id));
        as("someone-else", "member").queryParam("actor", actor.toString()).queryParam("status", "DRAFT").get("/api/v1/resources")
                .then().statusCode(403);
    }

    @Nested
    class Search {

        @Test
        @DisplayName("an inflected word finds the base form: testbäddar finds a testbädd, and without accents too")
        void stemming() {
            String name = "Skogsdata" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "q");
            Map<String, Object> body = base("TESTBED", name + " testbädd för drönare");
            body.put("facility", Map.of("accessCondition", "OPEN", "trlMin", 3, "trlMax", 6));
            String id = create(body);
            publish(id);
            for (String q : List.of("testbäddar " + name, "testbaddar " + name, name.substring(0, 6).toLowerCase() + " testb")) {
                given().queryParam("q", q).get("/api/v1/search").then().statusCode(200)
                        .body("items.id", hasItem(id))
                        .body("items.find { it.id == '" + id + "' }.type", equalTo("RESOURCE"))
                        .body("items.find { it.id == '" + id + "' }.snippet", containsString("<mark>"));
            }
        }

        @Test
        @DisplayName("a misspelt name is found by similarity")
        void misspelt() {
            Map<String, Object> body = base("LAB", "Kvantdatorlaboratoriet Polstjärnan");
            body.put("facility", Map.of("accessCondition", "BY_AGREEMENT"));
            String id = create(body);
            publish(id);
            given().queryParam("q", "polstjarnan kvantdatorlabratoriet").get("/api/v1/search").then().statusCode(200)
                    .body("items.id", hasItem(id));
        }

        @Test
        @DisplayName("snippets escape the text around the marks")
        void escapedSnippets() {
            Map<String, Object> body = base("MEETING_PLACE", "Skriptcaféet");
            body.put("summary", Map.of("sv", "Skriptcaféet <img src=x onerror=alert(1)> ses på fredagar"));
            String id = create(body);
            publish(id);
            String snippet = given().queryParam("q", "skriptcaféet").get("/api/v1/search").then().statusCode(200)
                    .extract().path("items.find { it.id == '" + id + "' }.snippet");
            assertEquals(false, snippet.contains("<img"), snippet);
            assertEquals(true, snippet.contains("&lt;img"), snippet);
        }

        @Test
        @DisplayName("' OR 1=1--, % and _ are characters, not SQL or wildcards")
        void literal() {
            given().queryParam("q", "' OR 1=1--").get("/api/v1/search").then().statusCode(200);
            given().queryParam("q", "%").get("/api/v1/search").then().statusCode(200).body("items", empty());
            given().queryParam("q", "_").get("/api/v1/search").then().statusCode(200).body("items", empty());
            given().queryParam("q", "%").get("/api/v1/resources").then().statusCode(200).body("items", empty());
        }

        @Test
        @DisplayName("limits are refused past their maximum, and q is required")
        void limits() {
            given().queryParam("q", "ai").queryParam("limit", 100000).get("/api/v1/search").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
            given().queryParam("limit", 100000).get("/api/v1/resources").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
            given().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        }
    }

    /** Each invalid input is a 400 problem naming the field, and nothing is stored. */
    @Nested
    class BadInput {

        private void rejected(Map<String, Object> body, String field) {
            String before = fixtures.digest();
            as(owner, "member").body(body).post("/api/v1/resources")
                    .then().log().ifValidationFails().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
            assertEquals(before, fixtures.digest());
        }

        private Map<String, Object> event(Map<String, Object> details) {
            Map<String, Object> body = base("EVENT", "Felhändelse");
            body.put("event", details);
            return body;
        }

        @Test
        @DisplayName("an event ending before it starts")
        void endBeforeStart() {
            rejected(event(Map.of("start", "2026-05-01T10:00:00", "end", "2026-05-01T09:00:00")), "event.end");
        }

        @Test
        @DisplayName("an unbounded RRULE, and one of 10,000 occurrences")
        void unboundedRecurrence() {
            rejected(event(Map.of("start", "2026-05-01T10:00:00", "end", "2026-05-01T11:00:00",
                    "recurrence", Map.of("freq", "DAILY"))), "event.recurrence");
            rejected(event(Map.of("start", "2026-05-01T10:00:00", "end", "2026-05-01T11:00:00",
                    "recurrence", Map.of("freq", "DAILY", "count", 10000))), "event.recurrence.count");
            rejected(event(Map.of("start", "2026-05-01T10:00:00", "end", "2026-05-01T11:00:00",
                    "recurrence", Map.of("freq", "DAILY", "until", "2028-04-30"))), "event.recurrence");
        }

        @Test
        @DisplayName("an unknown time zone, and 2025-02-30")
        void badTimes() {
            rejected(event(Map.of("start", "2026-05-01T10:00:00", "end", "2026-05-01T11:00:00", "timeZone", "Europe/Umea")),
                    "event.timeZone");
            rejected(event(Map.of("start", "2025-02-30T10:00:00", "end", "2025-03-01T11:00:00")), "event.start");
        }

        @Test
        @DisplayName("an invalid DOI and a TRL of 12")
        void doiAndTrl() {
            Map<String, Object> research = base("RESEARCH_RESULT", "Felaktig studie");
            research.put("researchResult", Map.of("doi", "doi:nonsense", "authors", List.of("A. Forskare"), "date", "2026-01-01"));
            rejected(research, "researchResult.doi");
            Map<String, Object> testbed = base("TESTBED", "Övertänd testbädd");
            testbed.put("facility", Map.of("accessCondition", "OPEN", "trlMax", 12));
            rejected(testbed, "facility.trlMax");
        }

        @Test
        @DisplayName("details of another kind, missing required details, no title")
        void kindRules() {
            Map<String, Object> wrong = base("TESTBED", "Fel sorts detaljer");
            wrong.put("facility", Map.of("accessCondition", "OPEN"));
            wrong.put("event", Map.of("start", "2026-05-01T10:00:00", "end", "2026-05-01T11:00:00"));
            rejected(wrong, "event");
            rejected(base("EVENT", "Utan tider"), "event");
            Map<String, Object> untitled = base("MEETING_PLACE", "x");
            untitled.put("title", Map.of("sv", " "));
            rejected(untitled, "title");
        }
    }

    @Test
    @DisplayName("an event is an iCalendar entry with its zone, RRULE, stable UID and a SEQUENCE that grows")
    void calendarEntry() throws Exception {
        String id = create(weeklyEvent("Kalenderträffen, med komma; och semikolon"));
        publish(id);
        String ics = given().get("/api/v1/resources/" + id + "/calendar").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
        var event = (net.fortuna.ical4j.model.component.VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertEquals(id + "@digitalimpactnorth.se", event.getUid().orElseThrow().getValue());
        assertEquals("Kalenderträffen, med komma; och semikolon", event.getSummary().getValue());
        assertEquals("FREQ=WEEKLY;COUNT=4", event.getProperty("RRULE").orElseThrow().getValue());
        assertEquals("Europe/Stockholm", event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals("20260322T100000", event.getDateTimeStart().getValue());
        assertEquals(true, calendar.getComponent("VTIMEZONE").isPresent());
        assertEquals(true, ics.contains("\r\n"));
        String sequence = event.getProperty("SEQUENCE").orElseThrow().getValue();
        Map<String, Object> changed = weeklyEvent("Kalenderträffen, flyttad");
        as(owner, "member").header("If-Match", "\"1\"").body(changed).put("/api/v1/resources/" + id).then().statusCode(200);
        String after = given().get("/api/v1/resources/" + id + "/calendar").then().extract().asString();
        var again = (net.fortuna.ical4j.model.component.VEvent) new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(after)).getComponent("VEVENT").orElseThrow();
        assertEquals(event.getUid(), again.getUid());
        assertEquals(Integer.parseInt(sequence) + 1, Integer.parseInt(again.getProperty("SEQUENCE").orElseThrow().getValue()));
        given().get("/api/v1/resources/" + create(base("MEETING_PLACE", "Inte en händelse")) + "/calendar").then().statusCode(404);
    }

    @Test
    @DisplayName("an event on the day Sweden changes to summer time keeps its wall-clock time")
    void summerTimeDay() {
        Map<String, Object> body = base("EVENT", "Klockbytet");
        body.put("event", Map.of("start", "2027-03-28T10:00:00", "end", "2027-03-28T11:00:00"));
        String id = create(body);
        as(owner, "member").get("/api/v1/resources/" + id).then().statusCode(200)
                .body("occurrences[0].start", equalTo("2027-03-28T08:00:00Z"))
                .body("occurrences[0].end", equalTo("2027-03-28T09:00:00Z"))
                .body("details", not(org.hamcrest.Matchers.hasKey("timeZone")));
    }

    @Test
    @DisplayName("an editor updates with If-Match; a stale one is a 412; the kind cannot change")
    void update() {
        String id = create(base("MEETING_PLACE", "Gamla fiket"));
        as(owner, "member").header("If-Match", "\"0\"").body(base("MEETING_PLACE", "Nya fiket")).put("/api/v1/resources/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("title.sv", equalTo("Nya fiket"));
        String before = fixtures.digest();
        as(owner, "member").header("If-Match", "\"0\"").body(base("MEETING_PLACE", "Krock")).put("/api/v1/resources/" + id)
                .then().statusCode(412);
        as(owner, "member").header("If-Match", "\"1\"").body(base("SEMINAR_SERIES", "Bytt sort")).put("/api/v1/resources/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        assertEquals(before, fixtures.digest());
    }

    @Test
    @DisplayName("co-organisers that accepted show the resource on their pages, but cannot edit it")
    void coOrganisers() {
        String coOwner = "co-owner-" + UUID.randomUUID();
        UUID co = fixtures.actor("Medarrangören " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(co, coOwner, MemberRole.OWNER);
        Map<String, Object> body = base("MEETING_PLACE", "Gemensamt rum");
        body.put("coOrganiserIds", List.of(co.toString()));
        String id = create(body);
        publish(id);
        as(coOwner, "member").post("/api/v1/resources/" + id + "/co-organisers/" + co + "/accept").then().statusCode(200);
        given().queryParam("actor", co.toString()).get("/api/v1/resources").then().body("items.id", contains(id));
        String before = fixtures.digest();
        as(coOwner, "member").header("If-Match", "\"1\"").body(body).put("/api/v1/resources/" + id).then().statusCode(403);
        assertEquals(before, fixtures.digest());
    }

    @Test
    @DisplayName("filters by kind, family, access condition, tag and SDG, and pages with a cursor")
    void filtersAndPaging() {
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = base("TESTBED", "Testbädd " + i);
            body.put("facility", Map.of("accessCondition", i == 0 ? "OPEN" : "MEMBERS"));
            body.put("tags", List.of("drönare"));
            body.put("sdgs", List.of(13));
            publish(create(body));
        }
        publish(create(base("PROJECT_OFFICE", "Projektkontoret")));
        String a = actor.toString();
        given().queryParam("actor", a).queryParam("family", "INNOVATION").get("/api/v1/resources")
                .then().body("items", hasSize(4)).body("facets.kind.TESTBED", equalTo(3)).body("facets.kind.PROJECT_OFFICE", equalTo(1));
        given().queryParam("actor", a).queryParam("access", "OPEN").get("/api/v1/resources").then().body("items", hasSize(1));
        given().queryParam("actor", a).queryParam("tag", "Drönare").get("/api/v1/resources").then().body("items", hasSize(3));
        given().queryParam("actor", a).queryParam("sdg", 13).get("/api/v1/resources").then().body("items", hasSize(3));
        given().queryParam("actor", a).queryParam("kind", "PROJECT_OFFICE").get("/api/v1/resources")
                .then().body("items.kind", everyItem(equalTo("PROJECT_OFFICE")))
                .body("facets.kind.TESTBED", equalTo(3))
                .body("facets.sdg.'13'", equalTo(null));
        String cursor = given().queryParam("actor", a).queryParam("limit", 3).get("/api/v1/resources")
                .then().body("items", hasSize(3)).extract().path("nextCursor");
        given().queryParam("actor", a).queryParam("limit", 3).queryParam("cursor", cursor).get("/api/v1/resources")
                .then().body("items", hasSize(1)).body("nextCursor", equalTo(null));
    }

    @Test
    @DisplayName("bad list parameters are 400s naming them: dates, ranges, sdg, kind")
    void badListParameters() {
        for (String query : List.of("from=2025-02-30", "from=0001-01-01&to=9999-12-31", "to=yesterday", "sdg=18", "kind=PARTY",
                "actor=not-a-uuid", "from=2026-05-01&to=2026-04-01")) {
            given().get("/api/v1/resources?" + query).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", not(equalTo(null)));
        }
    }

    @Test
    @DisplayName("editors archive; archived ones leave the public list and reads, their people still read them")
    void archive() {
        String id = create(base("MEETING_PLACE", "Stängda lokalen"));
        publish(id);
        as(owner, "member").post("/api/v1/resources/" + id + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        given().queryParam("actor", actor.toString()).get("/api/v1/resources").then().body("items", empty());
        given().get("/api/v1/resources/" + id).then().statusCode(404);
        given().queryParam("actor", actor.toString()).queryParam("status", "ARCHIVED").get("/api/v1/resources").then().statusCode(401);
        as(owner, "member").queryParam("actor", actor.toString()).queryParam("status", "ARCHIVED").get("/api/v1/resources")
                .then().statusCode(200).body("items.id", contains(id));
        as(owner, "member").get("/api/v1/resources/" + id).then().statusCode(200)
                .body("moderation.visibleToPublic", equalTo(false)).body("moderation.hiddenBecause", contains("ARCHIVED"));
    }

    @Test
    @DisplayName("an actor that is not active cannot add resources")
    void pendingActor() {
        UUID pending = fixtures.actor("Väntande " + UUID.randomUUID(), ActorStatus.PENDING);
        fixtures.member(pending, owner, MemberRole.OWNER);
        Map<String, Object> body = base("MEETING_PLACE", "För tidigt");
        body.put("actorId", pending.toString());
        String before = fixtures.digest();
        as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(409);
        assertEquals(before, fixtures.digest());
    }
}
