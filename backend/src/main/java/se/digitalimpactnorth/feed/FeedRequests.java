package se.digitalimpactnorth.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import se.digitalimpactnorth.common.Ids;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.feed.FeedService.FeedQuery;
import se.digitalimpactnorth.feed.FeedService.Rendered;
import se.digitalimpactnorth.resource.ResourceDtos.AccessCondition;
import se.digitalimpactnorth.resource.ResourceFilter;
import se.digitalimpactnorth.resource.ResourceKind;
import se.digitalimpactnorth.resource.ResourceStatus;

/** Turns feed parameters into a query, and a rendered feed into a cacheable HTTP answer. */
@ApplicationScoped
public class FeedRequests {

    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

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

    /** Renders (or reuses) the feed and answers 200, or 304 when the client's copy is current. */
    public Response respond(Feed feed, FeedFormat format, String layout, FeedParams p, String feedUrl) {
        ResourceKind kind = switch (feed) {
            case EVENTS -> ResourceKind.EVENT;
            case TESTBEDS -> ResourceKind.TESTBED;
            case RESOURCES -> QueryParams.enumValue(ResourceKind.class, "kind", p.kind);
        };
        boolean events = kind == ResourceKind.EVENT;
        ResourceFilter filter = filter(kind, events, p);
        int size = p.limit == null || p.limit.isBlank() ? DEFAULT_LIMIT : QueryParams.integer("limit", p.limit);
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String lang = p.lang == null || p.lang.isBlank() ? "sv" : p.lang.trim().toLowerCase(Locale.ROOT);
        if (!lang.equals("sv") && !lang.equals("en")) {
            throw ProblemException.invalidField("lang", "must be sv or en");
        }
        String title = (lang.equals("en") ? feed.titleEn : feed.titleSv) + " – Digital Impact North";
        Rendered rendered = feeds.render(new FeedQuery(title, format, filter, size, lang, feedUrl, layout));

        Response.ResponseBuilder response = matches(p.ifNoneMatch, rendered.etag())
                || (p.ifNoneMatch == null && notModifiedSince(p.ifModifiedSince, rendered))
                ? Response.notModified()
                : Response.ok(rendered.body(), rendered.mediaType() + "; charset=utf-8");
        return response.header(HttpHeaders.ETAG, rendered.etag())
                .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(rendered.lastModified().atZone(ZoneId.of("GMT"))))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, "Accept")
                .build();
    }

    private ResourceFilter filter(ResourceKind kind, boolean events, FeedParams p) {
        if (p.municipality != null && !p.municipality.matches("[0-9]{4}")) {
            throw ProblemException.invalidField("municipality", "must be a four-digit SCB municipality code");
        }
        if (p.county != null && !p.county.matches("[0-9]{2}")) {
            throw ProblemException.invalidField("county", "must be a two-digit SCB county code");
        }
        if (p.tag != null && p.tag.length() > 60 || p.technologyArea != null && p.technologyArea.length() > 60) {
            throw ProblemException.invalidField(p.tag != null && p.tag.length() > 60 ? "tag" : "technologyArea", "is too long");
        }
        Integer sdg = QueryParams.integer("sdg", p.sdg);
        if (sdg != null && (sdg < 1 || sdg > 17)) {
            throw ProblemException.invalidField("sdg", "must be between 1 and 17");
        }
        List<UUID> actors = p.actor == null ? List.of() : p.actor.stream().map(a -> Ids.require(a, "actor")).toList();
        if (actors.size() > 20) {
            throw ProblemException.invalidField("actor", "at most 20 actors");
        }
        OffsetDateTime from = QueryParams.dateTime("from", p.from);
        OffsetDateTime to = QueryParams.dateTime("to", p.to);
        if (events || from != null || to != null) {
            // The start of today, not now: the same request renders the same bytes all day, on every replica.
            if (from == null) {
                from = LocalDate.now(STOCKHOLM).atStartOfDay(STOCKHOLM).toOffsetDateTime();
            }
            if (to == null) {
                to = ZonedDateTime.ofInstant(from.toInstant(), STOCKHOLM).plusMonths(6).toOffsetDateTime();
            }
            if (!to.isAfter(from)) {
                throw ProblemException.invalidField("to", "must be after from");
            }
            if (to.isAfter(from.plusYears(2))) {
                throw ProblemException.invalidField("to", "must be at most two years after from");
            }
        }
        return new ResourceFilter(kind, null, actors, p.municipality, p.county, p.technologyArea, sdg,
                p.tag == null || p.tag.isBlank() ? null : p.tag.strip().toLowerCase(Locale.ROOT), from, to,
                QueryParams.enumValue(AccessCondition.class, "access", p.access), ResourceStatus.PUBLISHED, null);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
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
