package se.digitalimpactnorth.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.feed.FeedRequests.Feed;

/** The parsing of a feed request into its key, and the canonical URL back. */
class FeedKeyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String A = "0b7e3c6a-1d2f-4a5b-8c9d-0e1f2a3b4c5d";
    private static final String B = "f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0";

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            String[] nv = pair.split("=", 2);
            q.computeIfAbsent(URLDecoder.decode(nv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(nv.length > 1 ? URLDecoder.decode(nv[1], StandardCharsets.UTF_8) : "");
        }
        return q;
    }

    private static FeedKey key(Feed feed, FeedFormat format, String raw) {
        return FeedKey.parse(feed, format, query(raw), TODAY);
    }

    @Test
    @DisplayName("spellings of one request give one key; different meanings give different keys")
    void normalisation() {
        FeedKey key = key(Feed.EVENTS, FeedFormat.JSON, "actor=" + A + "&actor=" + B + "&tag=ai&sdg=7&lang=en&from=2026-12-01");
        assertEquals(key, key(Feed.EVENTS, FeedFormat.JSON,
                "from=2026-12-01T00:00:00%2B01:00&lang=En&sdg=07&tag=%20AI&actor=" + B.toUpperCase() + "&actor=" + A + "&actor=" + A
                        + "&limit=50&kind=EVENT&county="));
        assertEquals(key, key(Feed.EVENTS, FeedFormat.JSON, "actor=" + A + "&actor=" + B + "&tag=ai&sdg=7&lang=en&from=2026-11-30T23:00:00Z"));
        assertNotEquals(key, key(Feed.EVENTS, FeedFormat.JSON, "actor=" + A + "&tag=ai&sdg=7&lang=en&from=2026-12-01"));
        assertNotEquals(key, key(Feed.EVENTS, FeedFormat.RSS, "actor=" + A + "&actor=" + B + "&tag=ai&sdg=7&lang=en&from=2026-12-01"));
        // A default range (from today) and the same range spelt out differ: tomorrow they mean different days.
        assertNotEquals(key(Feed.EVENTS, FeedFormat.JSON, ""), key(Feed.EVENTS, FeedFormat.JSON, "from=2026-11-30"));
        assertEquals(key(Feed.EVENTS, FeedFormat.HTML, ""), key(Feed.EVENTS, FeedFormat.HTML, "layout=LIST"));
    }

    @Test
    @DisplayName("the canonical URL parses back to the same key, in a fixed order with defaults left out")
    void canonicalRoundTrip() {
        for (String raw : List.of("", "lang=sv&limit=50", "tag=Öppen%20data&actor=" + B + "&actor=" + A + "&to=2027-01-01T12:30:00%2B01:00",
                "from=2026-12-24&county=24&municipality=2480&technologyArea=AI&limit=7&lang=en")) {
            FeedKey key = key(Feed.EVENTS, FeedFormat.ICALENDAR, raw);
            String path = key.canonicalPath();
            String q = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
            assertEquals(key, key(Feed.EVENTS, FeedFormat.ICALENDAR, q), path);
        }
        assertEquals("/feeds/v1/events.ics", key(Feed.EVENTS, FeedFormat.ICALENDAR, "lang=sv&limit=50").canonicalPath());
        assertEquals("/feeds/v1/events.json?actor=" + A + "&actor=" + B + "&tag=%C3%B6ppen%20data&to=2027-01-01T11:30:00Z",
                key(Feed.EVENTS, FeedFormat.JSON, "tag=Öppen%20Data&actor=" + B + "&actor=" + A + "&to=2027-01-01T12:30:00%2B01:00")
                        .canonicalPath());
        assertEquals("/feeds/v1/resources?kind=LAB&access=OPEN",
                key(Feed.RESOURCES, FeedFormat.JSON_FEED, "access=open&kind=lab").canonicalPath());
        assertEquals("/embed/v1/testbeds?layout=cards", key(Feed.TESTBEDS, FeedFormat.HTML, "layout=Cards").canonicalPath());
    }

    @Test
    @DisplayName("unknown, repeated and out-of-range parameters are 400 problems naming every one")
    void refusals() {
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> key(Feed.EVENTS, FeedFormat.JSON, "junk=1&utm_source=x&limit=5&limit=6"));
        assertEquals(List.of("junk", "utm_source", "limit"), unknown.errors().stream().map(e -> e.field()).toList());
        assertThrows(ProblemException.class, () -> key(Feed.EVENTS, FeedFormat.JSON, "layout=cards"));
        assertThrows(ProblemException.class, () -> key(Feed.TESTBEDS, FeedFormat.JSON, "kind=EVENT"));
        assertThrows(ProblemException.class, () -> key(Feed.EVENTS, FeedFormat.JSON, "actor=" + A + "&actor=nope"));
        assertThrows(ProblemException.class, () -> key(Feed.EVENTS, FeedFormat.JSON, "from=2026-01-01&to=2029-01-01"));
    }

    @Test
    @DisplayName("collaborations: spellings give one key, repeatable filters sorted, and the canonical URL parses back to it")
    void collaborationKey() {
        CollaborationFeedKey key = CollaborationFeedKey.parse(FeedFormat.ATOM, query("crosses=place&sector=ACADEMIA&crosses=SECTOR"
                + "&sector=business&actor=" + A.toUpperCase() + "&minScore=2&lang=EN&knowledgeArea=102&from=2026-01-01"));
        assertEquals(key, CollaborationFeedKey.parse(FeedFormat.ATOM, query("sector=BUSINESS&sector=academia&crosses=SECTOR"
                + "&crosses=PLACE&crosses=SECTOR&actor=" + A + "&minScore=2&lang=en&knowledgeArea=102&from=2026-01-01&limit=50&q=")));
        String canonical = key.canonicalPath();
        assertEquals("/feeds/v1/collaborations.atom?actor=" + A + "&sector=BUSINESS&sector=ACADEMIA&knowledgeArea=102"
                + "&from=2026-01-01&crosses=SECTOR&crosses=PLACE&minScore=2&lang=en", canonical);
        assertEquals(key, CollaborationFeedKey.parse(FeedFormat.ATOM, query(canonical.substring(canonical.indexOf('?') + 1))));
        assertNotEquals(key, CollaborationFeedKey.parse(FeedFormat.JSON_LD, query(canonical.substring(canonical.indexOf('?') + 1))));
        assertEquals("/feeds/v1/collaborations.json", CollaborationFeedKey.parse(FeedFormat.JSON, query("")).canonicalPath());
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> CollaborationFeedKey.parse(FeedFormat.JSON, query("tag=ai&cursor=x&kind=PROJECT&kind=NETWORK")));
        assertEquals(java.util.Set.of("tag", "cursor", "kind"), unknown.errors().stream().map(e -> e.field()).collect(java.util.stream.Collectors.toSet()));
    }
}
