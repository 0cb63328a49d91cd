package se.digitalimpactnorth.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

@QuarkusTest
class FeedsEndpointTest {

    @Inject
    Fixtures fixtures;

    UUID actor;
    String owner;
    String eventId;
    String feed;

    @BeforeEach
    void publishedWeeklyEvent() {
        owner = "feed-owner-" + UUID.randomUUID();
        actor = fixtures.actor("Flödesbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        LocalDate start = LocalDate.now().plusDays(7);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "EVENT");
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", "Seminarium om AI, data; och \"citat\"", "en", "Seminar on AI"));
        body.put("summary", Map.of("sv", "En lång beskrivning. ".repeat(10).strip()));
        body.put("tags", List.of("ai"));
        body.put("location", Map.of("lat", 63.8258, "lon", 20.263));
        body.put("event", Map.of("start", start + "T10:00:00", "end", start + "T12:00:00",
                "recurrence", Map.of("freq", "WEEKLY", "count", 3),
                "venue", Map.of("name", "Umeå Science Park", "address", "Tvistevägen 48")));
        eventId = TestTokens.as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
        TestTokens.as(owner, "member").post("/api/v1/resources/" + eventId + "/publish").then().statusCode(200);
        feed = "/feeds/v1/events";
    }

    private Response get(String ext) {
        return given().queryParam("actor", actor.toString()).get(feed + ext);
    }

    private VEvent onlyEvent(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size(), ics);
        return events.getFirst();
    }

    @Test
    @DisplayName("the .ics feed is iCalendar with the series' UID, its zone and RRULE, CRLF lines folded at 75 octets")
    void icalendar() throws Exception {
        String ics = get(".ics").then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        VEvent event = onlyEvent(ics);
        assertEquals(eventId + "@digitalimpactnorth.se", event.getUid().orElseThrow().getValue());
        assertEquals("Seminarium om AI, data; och \"citat\"", event.getSummary().getValue());
        assertEquals("FREQ=WEEKLY;COUNT=3", event.getProperty("RRULE").orElseThrow().getValue());
        assertEquals("Europe/Stockholm", event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertTrue(event.getProperty("GEO").isPresent());
        assertTrue(event.getProperty("LOCATION").orElseThrow().getValue().contains("Umeå Science Park"));
        assertTrue(ics.contains("SUMMARY:Seminarium om AI\\, data\\; och \"citat\""), "escaping");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "unfolded line: " + line);
        }
        assertTrue(ics.contains("BEGIN:VTIMEZONE"));
    }

    @Test
    @DisplayName("a recurring event keeps its UID between fetches while its SEQUENCE grows after an edit")
    void sequenceGrows() throws Exception {
        VEvent before = onlyEvent(get(".ics").asString());
        Map<String, Object> changed = new HashMap<>();
        changed.put("kind", "EVENT");
        changed.put("actorId", actor.toString());
        changed.put("title", Map.of("sv", "Seminarium, flyttat"));
        LocalDate start = LocalDate.now().plusDays(8);
        changed.put("event", Map.of("start", start + "T13:00:00", "end", start + "T14:00:00",
                "recurrence", Map.of("freq", "WEEKLY", "count", 3)));
        TestTokens.as(owner, "member").header("If-Match", "\"1\"").body(changed).put("/api/v1/resources/" + eventId)
                .then().statusCode(200);
        VEvent after = onlyEvent(get(".ics").asString());
        assertEquals(before.getUid(), after.getUid());
        assertTrue(Integer.parseInt(after.getProperty("SEQUENCE").orElseThrow().getValue())
                > Integer.parseInt(before.getProperty("SEQUENCE").orElseThrow().getValue()));
        assertEquals("Seminarium, flyttat", after.getSummary().getValue());
    }

    @Test
    @DisplayName("a cancelled event stays in the calendar with STATUS:CANCELLED")
    void cancelled() throws Exception {
        Map<String, Object> cancelled = new HashMap<>();
        cancelled.put("kind", "EVENT");
        cancelled.put("actorId", actor.toString());
        cancelled.put("title", Map.of("sv", "Inställt"));
        LocalDate start = LocalDate.now().plusDays(3);
        cancelled.put("event", Map.of("start", start + "T10:00:00", "end", start + "T11:00:00", "eventStatus", "CANCELLED"));
        TestTokens.as(owner, "member").header("If-Match", "\"1\"").body(cancelled).put("/api/v1/resources/" + eventId)
                .then().statusCode(200);
        assertEquals("CANCELLED", onlyEvent(get(".ics").asString()).getProperty("STATUS").orElseThrow().getValue());
    }

    @Test
    @DisplayName("RSS 2.0 and Atom 1.0 parse as feeds with the event as an entry")
    void rssAndAtom() throws Exception {
        for (String ext : List.of(".rss", ".atom")) {
            String xml = get(ext).then().statusCode(200).extract().asString();
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(xml));
            assertEquals(ext.equals(".rss") ? "rss_2.0" : "atom_1.0", parsed.getFeedType());
            assertEquals(1, parsed.getEntries().size());
            assertEquals("urn:uuid:" + eventId, parsed.getEntries().getFirst().getUri());
            assertTrue(parsed.getEntries().getFirst().getLink().endsWith("/resurser/" + given().get("/api/v1/resources/" + eventId)
                    .then().extract().path("slug")));
        }
        given().queryParam("actor", actor.toString()).get(feed + ".rss").then().contentType(containsString("application/rss+xml"));
        given().queryParam("actor", actor.toString()).get(feed + ".atom").then().contentType(containsString("application/atom+xml"));
    }

    @Test
    @DisplayName("JSON, JSON Feed 1.1 and schema.org JSON-LD, chosen by extension or Accept")
    void jsonFormats() {
        get("").then().statusCode(200).contentType(containsString("application/json"))
                .body("items[0].id", equalTo(eventId))
                .body("items[0].occurrences.size()", equalTo(3))
                .body("items[0].organizer.name", containsString("Flödesbolaget"))
                .body("items[0].timeZone", equalTo("Europe/Stockholm"));
        given().queryParam("actor", actor.toString()).accept("application/feed+json").get(feed)
                .then().statusCode(200).contentType(containsString("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items[0].id", equalTo("urn:uuid:" + eventId));
        get(".jsonld").then().statusCode(200).contentType(containsString("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("itemListElement[0].item.'@type'", equalTo("Event"))
                .body("itemListElement[0].item.startDate", containsString("+0"))
                .body("itemListElement[0].item.location.'@type'", equalTo("Place"))
                .body("itemListElement[0].item.eventStatus", equalTo("https://schema.org/EventScheduled"))
                .body("itemListElement[0].item.eventAttendanceMode", equalTo("https://schema.org/OfflineEventAttendanceMode"))
                .body("itemListElement[0].item.organizer.url", containsString("/aktorer/"));
        given().queryParam("actor", actor.toString()).queryParam("lang", "en").get(feed)
                .then().body("items[0].title", equalTo("Seminar on AI"));
    }

    @Test
    @DisplayName("JSON-LD and JSON Feed write their keys sorted at every depth, so that every replica renders the same bytes")
    void fixedKeyOrder() {
        // Map.of orders keys by a salt drawn afresh in each JVM; FeedRenderers.bytes sorts them, so replicas agree.
        String jsonLd = get(".jsonld").then().statusCode(200).extract().asString();
        assertTrue(jsonLd.contains("{\"@type\":\"ListItem\",\"item\":{"), jsonLd);
        assertTrue(jsonLd.contains("\"organizer\":{\"@type\":\"Organization\",\"name\":"), jsonLd);
        assertTrue(jsonLd.contains("\"geo\":{\"@type\":\"GeoCoordinates\",\"latitude\":"), jsonLd);
        String jsonFeed = given().queryParam("actor", actor.toString()).accept("application/feed+json").get(feed)
                .then().statusCode(200).extract().asString();
        assertTrue(jsonFeed.contains("\"authors\":[{\"name\":"), jsonFeed);
        assertTrue(jsonFeed.contains("\"_din\":{\"end\":"), jsonFeed);
    }

    @Test
    @DisplayName("a repeated request with its ETag gets 304; bodies are cached, and dropped when the data changes")
    void caching() {
        Response first = get(".json");
        first.then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .header("Last-Modified", notNullValue());
        String etag = first.header("ETag");
        assertTrue(etag.startsWith("\"") && !etag.startsWith("W/"), "strong ETag");
        Response second = get(".json");
        assertEquals(first.asString(), second.asString(), "same request, same bytes");
        assertEquals(etag, second.header("ETag"));
        given().queryParam("actor", actor.toString()).header("If-None-Match", etag).get(feed + ".json")
                .then().statusCode(304).header("ETag", etag).body(equalTo(""));
        given().queryParam("actor", actor.toString()).header("If-Modified-Since", first.header("Last-Modified")).get(feed + ".json")
                .then().statusCode(304);

        TestTokens.as(owner, "member").post("/api/v1/resources/" + eventId + "/archive").then().statusCode(200);
        Response after = get(".json");
        assertNotEquals(etag, after.header("ETag"));
        after.then().body("items", org.hamcrest.Matchers.empty());
        given().queryParam("actor", actor.toString()).header("If-None-Match", etag).get(feed + ".json").then().statusCode(200);
    }

    @Test
    @DisplayName("feeds answer any origin, preflights included, without credentials; the API keeps its allow-list")
    void cors() {
        given().header("Origin", "https://partner.example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options(feed + ".json")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", "https://partner.example.org").queryParam("actor", actor.toString()).get(feed + ".json")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://partner.example.org").get("/api/v1/vocabularies/sdgs")
                .then().header("Access-Control-Allow-Origin", not(equalTo("*")));
    }

    @Test
    @DisplayName("an unbounded range or limit is a 400 problem, not a slow query; unknown formats are 404 or 406")
    void badRequests() {
        for (String query : List.of("from=0001-01-01&to=9999-12-31", "limit=100000", "limit=0", "from=2025-02-30", "lang=fi",
                "to=2020-01-01", "sdg=99", "actor=x")) {
            given().get(feed + ".json?" + query).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", notNullValue());
        }
        given().get(feed + ".xml").then().statusCode(404).contentType("application/problem+json");
        given().get("/feeds/v1/testbeds.ics").then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").get(feed).then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    @DisplayName("the iframe page shows the events as escaped HTML, runs no script, and may be framed anywhere")
    void embedPage() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "EVENT");
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", "<img src=x onerror=alert(1)>"));
        LocalDate start = LocalDate.now().plusDays(2);
        body.put("event", Map.of("start", start + "T18:00:00", "end", start + "T19:00:00"));
        String id = TestTokens.as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
        TestTokens.as(owner, "member").post("/api/v1/resources/" + id + "/publish").then().statusCode(200);
        String html = given().queryParam("actor", actor.toString()).queryParam("layout", "cards").get("/embed/v1/events")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .header("X-Frame-Options", nullValue())
                .header("ETag", notNullValue())
                .extract().asString();
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertTrue(!html.contains("<img"), html);
        assertTrue(!html.contains("<script"), html);
        assertTrue(html.contains("class=\"cards\""), html);
        assertTrue(html.contains("Seminarium om AI"), html);
        given().queryParam("layout", "carousel").get("/embed/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("layout"));
    }

    @Test
    @DisplayName("the testbed feed lists testbeds as places offering a service")
    void testbeds() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TESTBED");
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", "Drönartestbädd"));
        body.put("facility", Map.of("accessCondition", "OPEN", "trlMin", 3, "trlMax", 6));
        String id = TestTokens.as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
        TestTokens.as(owner, "member").post("/api/v1/resources/" + id + "/publish").then().statusCode(200);
        given().queryParam("actor", actor.toString()).get("/feeds/v1/testbeds.jsonld").then().statusCode(200)
                .body("itemListElement.item.name", hasItem("Drönartestbädd"))
                .body("itemListElement[0].item.makesOffer.itemOffered.'@type'", equalTo("Service"));
        given().queryParam("actor", actor.toString()).get("/feeds/v1/testbeds").then()
                .body("items.id", hasItem(id)).body("items.id", not(hasItem(eventId)));
    }
}
