package se.digitalimpactnorth.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.feed.FeedService.FeedQuery;
import se.digitalimpactnorth.feed.FeedService.Rendered;

/**
 * Turns a feed request into its key, and a rendered feed into a cacheable HTTP answer: the same
 * answer whether it comes from the JAX-RS endpoints (which render) or from FeedFastPath (which
 * serves what is cached from the IO thread); both take their headers from {@link #headers}.
 */
@ApplicationScoped
public class FeedRequests {

    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** Which feed: events (a date range), testbeds, or resources of any kind. */
    public enum Feed {
        EVENTS("Evenemang", "Events"),
        TESTBEDS("Testbäddar", "Testbeds"),
        RESOURCES("Resurser", "Resources");

        final String titleSv;
        final String titleEn;

        Feed(String titleSv, String titleEn) {
            this.titleSv = titleSv;
            this.titleEn = titleEn;
        }
    }

    @Inject
    FeedService feeds;

    /** The API's public URL, the base of the canonical feed URLs in feed bodies (never the request's Host). */
    @ConfigProperty(name = "din.api-url")
    String apiUrl;

    /** The key of a request, with today's date in Stockholm for the events' default range. */
    static FeedKey key(Feed feed, FeedFormat format, Map<String, List<String>> query) {
        return FeedKey.parse(feed, format, query, LocalDate.now(STOCKHOLM));
    }

    /** Renders (or reuses) the feed and answers 200, or 304 when the client's copy is current. */
    public Response respond(FeedCacheKey key, String ifNoneMatch, String ifModifiedSince) {
        String feedUrl = apiUrl.replaceAll("/+$", "") + key.canonicalPath();
        Rendered rendered = feeds.render(new FeedQuery(key, feedUrl));
        Response.ResponseBuilder response = notModified(rendered, ifNoneMatch, ifModifiedSince)
                ? Response.notModified()
                : Response.ok(rendered.body().getBytes(), rendered.mediaType());
        headers(rendered, key, response::header);
        return response.build();
    }

    /** The headers of every feed answer, 200 and 304 alike. */
    static void headers(Rendered rendered, FeedCacheKey key, BiConsumer<String, String> header) {
        header.accept(HttpHeaders.ETAG, rendered.etag());
        header.accept(HttpHeaders.LAST_MODIFIED, rendered.lastModifiedHeader());
        header.accept(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (key.format() == FeedFormat.HTML) {
            header.accept("Content-Security-Policy", EmbedEndpoint.CSP);
            header.accept("X-Content-Type-Options", "nosniff");
            header.accept("Referrer-Policy", "no-referrer");
        } else {
            header.accept(HttpHeaders.VARY, "Accept");
        }
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110, 13.1.3). */
    static boolean notModified(Rendered rendered, String ifNoneMatch, String ifModifiedSince) {
        return ETags.noneMatchHits(ifNoneMatch, rendered.etag()) || (ifNoneMatch == null && notModifiedSince(ifModifiedSince, rendered));
    }

    private static boolean notModifiedSince(String ifModifiedSince, Rendered rendered) {
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !rendered.lastModified().isAfter(ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
