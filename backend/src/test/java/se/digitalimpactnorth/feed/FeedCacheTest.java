package se.digitalimpactnorth.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/** The feed cache is keyed by what a request means, bounded, and dropped on any change. */
@QuarkusTest
class FeedCacheTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FeedService feeds;

    @Inject
    FeedChanges changes;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "din.api-url")
    String apiUrl;

    UUID actor;
    UUID other;
    String eventId;

    @BeforeEach
    void publishedEvent() {
        String owner = "cache-owner-" + UUID.randomUUID();
        actor = fixtures.actor("Cachebolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        other = fixtures.actor("Andrabolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        LocalDate start = LocalDate.now().plusDays(5);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "EVENT");
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", "Frukostseminarium", "en", "Breakfast seminar"));
        body.put("tags", List.of("ai"));
        body.put("event", Map.of("start", start + "T08:00:00", "end", start + "T09:00:00"));
        eventId = TestTokens.as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
        TestTokens.as(owner, "member").post("/api/v1/resources/" + eventId + "/publish").then().statusCode(200);
        // The notifications of these writes arrive within milliseconds; wait for them, then start empty.
        quiet();
        feeds.clearForTests();
    }

    /** Waits until no notification has arrived for 300 ms: every change before has reached this replica. */
    private void quiet() {
        long deadline = System.nanoTime() + FeedChanges.TRUST_MS * 1_000_000;
        long seen = changes.current();
        while (true) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            long now = changes.current();
            if (now == seen && now != FeedChanges.UNKNOWN) {
                return;
            }
            seen = now;
            assertTrue(System.nanoTime() < deadline, "the change listener did not settle");
        }
    }

    @Test
    @DisplayName("requests that mean the same share one rendering, one ETag and one canonical feed URL")
    void equivalentRequestsShareOneEntry() {
        String a = actor.toString();
        String b = other.toString();
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
        String midnight = java.time.LocalDate.parse(today).atStartOfDay(java.time.ZoneId.of("Europe/Stockholm"))
                .toOffsetDateTime().toString();
        String first = "actor=" + a + "&actor=" + b + "&tag=ai&from=" + today + "&lang=en";
        List<String> same = List.of(
                first,
                "actor=" + b + "&actor=" + a + "&tag=ai&from=" + today + "&lang=en",
                "lang=EN&tag=%20AI%20&actor=" + a.toUpperCase(Locale.ROOT) + "&actor=" + b + "&actor=" + a + "&from=" + today,
                "actor=" + a + "&actor=" + b + "&tag=ai&from=" + midnight.replace("+", "%2B") + "&lang=en&limit=050",
                "actor=" + a + "&actor=" + b + "&tag=ai&from=" + today + "&lang=en&limit=50&kind=event&sdg=&county=");
        long rendersBefore = feeds.renders();
        Set<String> etags = new java.util.HashSet<>();
        Set<String> bodies = new java.util.HashSet<>();
        for (String query : same) {
            Response r = given().urlEncodingEnabled(false).get("/feeds/v1/events.json?" + query);
            r.then().statusCode(200);
            etags.add(r.header("ETag"));
            bodies.add(r.asString());
        }
        assertEquals(1, etags.size(), "one ETag: " + etags);
        assertEquals(1, bodies.size(), "one body");
        assertEquals(1, feeds.renders() - rendersBefore, "one rendering for all the spellings");
        assertEquals(1, feeds.cachedBodies(), "one cache entry");

        List<String> ids = List.of(a, b).stream().sorted().toList();
        String canonical = apiUrl + "/feeds/v1/events.json?actor=" + ids.get(0) + "&actor=" + ids.get(1) + "&tag=ai&from=" + today
                + "&lang=en";
        given().urlEncodingEnabled(false).get("/feeds/v1/events.json?" + same.get(2)).then()
                .body("feedUrl", equalTo(canonical))
                .body("items[0].title", equalTo("Breakfast seminar"));
        // The Host header is not part of the key, nor of the body.
        given().urlEncodingEnabled(false).header("Host", "evil.example").get("/feeds/v1/events.json?" + first).then()
                .statusCode(200).header("ETag", etags.iterator().next()).body("feedUrl", equalTo(canonical));
        assertEquals(1, feeds.renders() - rendersBefore);
    }

    @Test
    @DisplayName("the canonical URL is what JSON Feed, RSS and Atom echo as their own address")
    void canonicalUrlInEveryFormat() throws Exception {
        String expected = apiUrl + "/feeds/v1/events.atom?actor=" + actor + "&limit=5";
        String atom = given().get("/feeds/v1/events.atom?limit=5&lang=sv&actor=" + actor.toString().toUpperCase(Locale.ROOT))
                .then().statusCode(200).extract().asString();
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(atom));
        assertEquals(expected, parsed.getUri());
        assertTrue(parsed.getLinks().stream().anyMatch(l -> "self".equals(l.getRel()) && expected.equals(l.getHref())), atom);
        given().accept("application/feed+json").get("/feeds/v1/events?limit=5&actor=" + actor).then().statusCode(200)
                .body("feed_url", equalTo(apiUrl + "/feeds/v1/events?actor=" + actor + "&limit=5"));
    }

    @Test
    @DisplayName("unknown and repeated parameters are a 400 naming them, and neither renders nor caches anything")
    void junkParametersAreRefused() {
        given().queryParam("actor", actor.toString()).get("/feeds/v1/events.json").then().statusCode(200);
        long renders = feeds.renders();
        long entries = feeds.cachedBodies();
        for (int i = 0; i < 20; i++) {
            String junk = UUID.randomUUID().toString();
            given().queryParam("actor", actor.toString()).queryParam("junk", junk).get("/feeds/v1/events.json")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("junk"))
                    .body("detail", containsString("junk"));
        }
        given().get("/feeds/v1/events.json?limit=5&limit=6").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/embed/v1/events?layout=cards&utm_source=x").then().statusCode(400).body("errors[0].field", equalTo("utm_source"));
        given().get("/feeds/v1/events.json?layout=cards").then().statusCode(400).body("errors[0].field", equalTo("layout"));
        given().get("/feeds/v1/events.json?kind=LAB").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        assertEquals(renders, feeds.renders(), "nothing rendered");
        assertEquals(entries, feeds.cachedBodies(), "nothing cached");
    }

    @Test
    @DisplayName("a burst of distinct valid requests, more than the cache holds, leaves the hot feed cached")
    void burstDoesNotEvictTheHotEntry() {
        String hot = "/feeds/v1/events.json?actor=" + actor;
        for (int i = 0; i < 8; i++) {
            given().get(hot).then().statusCode(200);
        }
        long before = feeds.renders();
        given().get(hot).then().statusCode(200);
        assertEquals(before, feeds.renders(), "the hot feed is cached");

        int burst = 500;
        for (int i = 0; i < burst; i++) {
            given().get("/feeds/v1/events.json?actor=" + UUID.randomUUID()).then().statusCode(200);
        }
        assertEquals(before + burst, feeds.renders(), "every distinct request rendered once");
        assertTrue(feeds.cachedBodies() < burst / 2, "the cache is bounded: " + feeds.cachedBodies());

        given().get(hot).then().statusCode(200);
        assertEquals(before + burst, feeds.renders(), "the hot feed was still cached after the burst");
    }

    @Test
    @DisplayName("a change made in the database by anyone (another replica, SQL) reaches the feed, actors' changes included")
    void changesInvalidate() throws Exception {
        String url = "/feeds/v1/events.json?actor=" + actor;
        Response first = given().get(url);
        first.then().statusCode(200).body("items[0].title", equalTo("Frukostseminarium"));
        long renders = feeds.renders();
        given().get(url).then().header("ETag", first.header("ETag"));
        assertEquals(renders, feeds.renders(), "cached");

        sql("update resource set title_sv = 'Lunchseminarium' where id = ?", UUID.fromString(eventId));
        Response changed = eventually(url, r -> "Lunchseminarium".equals(r.path("items[0].title")));
        assertNotEquals(first.header("ETag"), changed.header("ETag"));

        sql("update actor set name = 'Omdöpt AB " + actor + "' where id = ?", actor);
        eventually(url, r -> ("Omdöpt AB " + actor).equals(r.path("items[0].organizer.name")));
    }

    @Test
    @DisplayName("a change made while the listener's connection is down is not missed: bodies from before are dropped")
    void listenerLossDropsTheCache() throws Exception {
        String url = "/feeds/v1/events.json?actor=" + actor;
        given().get(url).then().statusCode(200).body("items[0].title", equalTo("Frukostseminarium"));
        long renders = feeds.renders();
        given().get(url).then().statusCode(200);
        assertEquals(renders, feeds.renders(), "cached");

        // Cut the listener off, and change the event while nobody listens: its NOTIFY goes nowhere.
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'din-api feed changes'");
        }
        sql("update resource set title_sv = 'Kvällsseminarium' where id = ?", UUID.fromString(eventId));
        Response changed = eventually(url, r -> "Kvällsseminarium".equals(r.path("items[0].title")));
        changed.then().statusCode(200);
        quiet();
        long after = feeds.renders();
        given().get(url).then().statusCode(200).body("items[0].title", equalTo("Kvällsseminarium"));
        given().get(url).then().statusCode(200);
        assertTrue(feeds.renders() - after <= 1, "cached again once the listener is back");
    }

    @Test
    @DisplayName("a cached answer (served from the IO thread) has the headers of a freshly rendered one, 304 included")
    void cachedAnswersLookRendered() {
        String url = "/feeds/v1/events.ics?lang=sv&actor=" + actor;
        sql("update resource set summary_sv = 'ny sammanfattning " + UUID.randomUUID() + "' where id = ?", UUID.fromString(eventId));
        long renders = feeds.renders();
        Response rendered = eventually(url, r -> feeds.renders() > renders);
        Response cached = given().get(url);
        assertEquals(rendered.asString(), cached.asString());
        assertEquals(headers(rendered), headers(cached));
        Response notModified = given().header("If-None-Match", rendered.header("ETag")).get(url);
        notModified.then().statusCode(304).body(equalTo(""));
        assertEquals(headers(rendered).keySet().stream().filter(h -> !h.equals("content-type") && !h.equals("content-length"))
                .collect(Collectors.toSet()), headers(notModified).keySet());
        given().get("/embed/v1/events?actor=" + actor).then().statusCode(200);
        Response page = given().get("/embed/v1/events?actor=" + actor);
        page.then().statusCode(200).header("Content-Security-Policy", containsString("frame-ancestors *"));
    }

    /** The response's headers but Date, and X-Request-Id reduced to its presence (each request has its own). */
    private static Map<String, String> headers(Response r) {
        Map<String, String> h = new TreeMap<>();
        for (Header header : r.headers()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (name.equals("x-request-id")) {
                h.put(name, header.getValue().isBlank() ? "(blank)" : "(present)");
            } else if (!name.equals("date")) {
                h.put(name, header.getValue());
            }
        }
        return h;
    }

    private static Response eventually(String url, java.util.function.Predicate<Response> changed) {
        return FeedUpdates.eventually(() -> given().get(url), changed);
    }

    private void sql(String statement, UUID id) {
        FeedUpdates.sql(dataSource, statement, id);
    }
}
