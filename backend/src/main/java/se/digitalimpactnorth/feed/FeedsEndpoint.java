package se.digitalimpactnorth.feed;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digitalimpactnorth.common.Ids;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.feed.FeedRenderers.FeedDocument;
import se.digitalimpactnorth.feed.FeedService.FeedQuery;
import se.digitalimpactnorth.feed.FeedService.Rendered;
import se.digitalimpactnorth.resource.ResourceDtos.AccessCondition;
import se.digitalimpactnorth.resource.ResourceFilter;
import se.digitalimpactnorth.resource.ResourceKind;
import se.digitalimpactnorth.resource.ResourceStatus;

/**
 * Public feeds for partner websites and calendars: no login, the same filters as the API, in
 * JSON, JSON Feed, iCalendar, RSS, Atom and JSON-LD (by extension, else by Accept), cacheable by
 * any proxy (strong ETag, Last-Modified, Cache-Control) and readable from any origin.
 */
@Path("/feeds/v1")
@Tag(name = "Feeds", description = "Public feeds for partner websites and calendars")
public class FeedsEndpoint {

    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    @Inject
    FeedService feeds;

    @Inject
    UriInfo uri;

    @GET
    @Path("/events{ext: (\\.[a-z]+)?}")
    @Produces({MediaType.APPLICATION_JSON, "application/feed+json", "text/calendar", "application/rss+xml",
        "application/atom+xml", "application/ld+json"})
    @Operation(summary = "Upcoming events", description = "From today to six months ahead unless from/to say otherwise (at most two years).")
    @APIResponse(responseCode = "200", description = "The feed; .ics, .rss, .atom, .jsonld or Accept choose other formats",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedDocument.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match or If-Modified-Since)")
    public Response events(@Parameter(description = "Empty, .json, .ics, .rss, .atom or .jsonld") @PathParam("ext") String ext,
            @QueryParam("actor") List<String> actor, @QueryParam("municipality") String municipality, @QueryParam("county") String county,
            @QueryParam("tag") String tag, @QueryParam("technologyArea") String technologyArea, @QueryParam("sdg") String sdg,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(schema = @Schema(enumeration = {"sv", "en"})) @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return serve(ResourceKind.EVENT, true, "Evenemang", ext, actor, municipality, county, tag, technologyArea, sdg, null,
                from, to, limit, lang, accept, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("/testbeds{ext: (\\.[a-z]+)?}")
    @Produces({MediaType.APPLICATION_JSON, "application/feed+json", "text/calendar", "application/rss+xml",
        "application/atom+xml", "application/ld+json"})
    @Operation(summary = "Testbeds, newest first")
    @APIResponse(responseCode = "200", description = "The feed; .rss, .atom, .jsonld or Accept choose other formats",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedDocument.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response testbeds(@PathParam("ext") String ext,
            @QueryParam("actor") List<String> actor, @QueryParam("municipality") String municipality, @QueryParam("county") String county,
            @QueryParam("tag") String tag, @QueryParam("technologyArea") String technologyArea, @QueryParam("sdg") String sdg,
            @Parameter(schema = @Schema(implementation = AccessCondition.class)) @QueryParam("access") String access,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(schema = @Schema(enumeration = {"sv", "en"})) @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return serve(ResourceKind.TESTBED, false, "Testbäddar", ext, actor, municipality, county, tag, technologyArea, sdg, access,
                null, null, limit, lang, accept, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("/resources{ext: (\\.[a-z]+)?}")
    @Produces({MediaType.APPLICATION_JSON, "application/feed+json", "text/calendar", "application/rss+xml",
        "application/atom+xml", "application/ld+json"})
    @Operation(summary = "Resources of any kind, newest first; with kind=EVENT, upcoming events")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedDocument.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response resources(@PathParam("ext") String ext,
            @Parameter(schema = @Schema(implementation = ResourceKind.class)) @QueryParam("kind") String kind,
            @QueryParam("actor") List<String> actor, @QueryParam("municipality") String municipality, @QueryParam("county") String county,
            @QueryParam("tag") String tag, @QueryParam("technologyArea") String technologyArea, @QueryParam("sdg") String sdg,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(schema = @Schema(enumeration = {"sv", "en"})) @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        ResourceKind k = QueryParams.enumValue(ResourceKind.class, "kind", kind);
        return serve(k, k == ResourceKind.EVENT, "Resurser", ext, actor, municipality, county, tag, technologyArea, sdg, null,
                from, to, limit, lang, accept, ifNoneMatch, ifModifiedSince);
    }

    private Response serve(ResourceKind kind, boolean events, String title, String ext, List<String> actor, String municipality,
            String county, String tag, String technologyArea, String sdg, String access, String from, String to,
            String limit, String lang, String accept, String ifNoneMatch, String ifModifiedSince) {
        FeedFormat format = ext == null || ext.isEmpty()
                ? FeedFormat.byAccept(accept).orElseThrow(() -> new ProblemException(ProblemType.NOT_ACCEPTABLE,
                        "This feed is served as application/json, application/feed+json, text/calendar, application/rss+xml, "
                                + "application/atom+xml or application/ld+json"))
                : FeedFormat.byExtension(ext).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "There is no " + ext + " feed: use .json, .ics, .rss, .atom or .jsonld"));
        if (format == FeedFormat.ICALENDAR && !events) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Only event feeds are calendars: use .json, .rss, .atom or .jsonld");
        }
        ResourceFilter filter = filter(kind, events, actor, municipality, county, tag, technologyArea, sdg, access, from, to);
        int size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : QueryParams.integer("limit", limit);
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String language = lang == null || lang.isBlank() ? "sv" : lang.trim().toLowerCase(Locale.ROOT);
        if (!language.equals("sv") && !language.equals("en")) {
            throw ProblemException.invalidField("lang", "must be sv or en");
        }
        String feedUrl = uri.getRequestUri().toString();
        Rendered rendered = feeds.render(new FeedQuery(title + " – Digital Impact North", format, filter, size, language, feedUrl));

        Response.ResponseBuilder response;
        if (matches(ifNoneMatch, rendered.etag()) || (ifNoneMatch == null && notModifiedSince(ifModifiedSince, rendered))) {
            response = Response.notModified();
        } else {
            response = Response.ok(rendered.body(), rendered.mediaType() + "; charset=utf-8");
        }
        return response.header(HttpHeaders.ETAG, rendered.etag())
                .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(rendered.lastModified().atZone(ZoneId.of("GMT"))))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, "Accept")
                .build();
    }

    private ResourceFilter filter(ResourceKind kind, boolean events, List<String> actor, String municipality, String county, String tag,
            String technologyArea, String sdg, String access, String from, String to) {
        if (municipality != null && !municipality.matches("[0-9]{4}")) {
            throw ProblemException.invalidField("municipality", "must be a four-digit SCB municipality code");
        }
        if (county != null && !county.matches("[0-9]{2}")) {
            throw ProblemException.invalidField("county", "must be a two-digit SCB county code");
        }
        Integer sdgNumber = QueryParams.integer("sdg", sdg);
        if (sdgNumber != null && (sdgNumber < 1 || sdgNumber > 17)) {
            throw ProblemException.invalidField("sdg", "must be between 1 and 17");
        }
        List<UUID> actors = actor == null ? List.of() : actor.stream().map(a -> Ids.require(a, "actor")).toList();
        if (actors.size() > 20) {
            throw ProblemException.invalidField("actor", "at most 20 actors");
        }
        OffsetDateTime fromAt = QueryParams.dateTime("from", from);
        OffsetDateTime toAt = QueryParams.dateTime("to", to);
        if (events || fromAt != null || toAt != null) {
            // The start of today, not now: the same request renders the same bytes all day, on every replica.
            if (fromAt == null) {
                fromAt = LocalDate.now(STOCKHOLM).atStartOfDay(STOCKHOLM).toOffsetDateTime();
            }
            if (toAt == null) {
                toAt = ZonedDateTime.ofInstant(fromAt.toInstant(), STOCKHOLM).plusMonths(6).toOffsetDateTime();
            }
            if (!toAt.isAfter(fromAt)) {
                throw ProblemException.invalidField("to", "must be after from");
            }
            if (toAt.isAfter(fromAt.plusYears(2))) {
                throw ProblemException.invalidField("to", "must be at most two years after from");
            }
        }
        return new ResourceFilter(kind, null, actors, municipality, county, technologyArea, sdgNumber,
                tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT), fromAt, toAt,
                QueryParams.enumValue(AccessCondition.class, "access", access), ResourceStatus.PUBLISHED, null);
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
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
