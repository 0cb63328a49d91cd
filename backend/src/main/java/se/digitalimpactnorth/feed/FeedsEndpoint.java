package se.digitalimpactnorth.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.feed.FeedRenderers.FeedDocument;
import se.digitalimpactnorth.feed.FeedRequests.Feed;
import se.digitalimpactnorth.resource.ResourceKind;

/**
 * Public feeds for partner websites and calendars: no login, the same filters as the API, in
 * JSON, JSON Feed, iCalendar, RSS, Atom and JSON-LD (by extension, else by Accept), cacheable by
 * any proxy (strong ETag, Last-Modified, Cache-Control) and readable from any origin (FeedCors).
 */
@Path("/feeds/v1")
@Produces({MediaType.APPLICATION_JSON, "application/feed+json", "text/calendar", "application/rss+xml",
    "application/atom+xml", "application/ld+json"})
@Tag(name = "Feeds", description = "Public feeds for partner websites and calendars")
public class FeedsEndpoint {

    @Inject
    FeedRequests requests;

    @Inject
    UriInfo uri;

    @GET
    @Path("/events{ext: (\\.[a-z]+)?}")
    @Operation(summary = "Upcoming events", description = "From today to six months ahead unless from/to say otherwise (at most two years).")
    @APIResponse(responseCode = "200", description = "The feed; .ics, .rss, .atom, .jsonld or Accept choose other formats",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedDocument.class)),
                @Content(mediaType = "application/feed+json", schema = @Schema(implementation = FeedSchemas.JsonFeed.class)),
                @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING, description = "RFC 5545 iCalendar")),
                @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, description = "RSS 2.0")),
                @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING, description = "Atom (RFC 4287)")),
                @Content(mediaType = "application/ld+json", schema = @Schema(implementation = FeedSchemas.JsonLdItemList.class))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match or If-Modified-Since)")
    public Response events(@Parameter(description = "Empty, .json, .ics, .rss, .atom or .jsonld") @PathParam("ext") String ext,
            @BeanParam FeedParams params) {
        return respond(Feed.EVENTS, ext, params);
    }

    @GET
    @Path("/testbeds{ext: (\\.[a-z]+)?}")
    @Operation(summary = "Testbeds, newest first")
    @APIResponse(responseCode = "200", description = "The feed; .rss, .atom, .jsonld or Accept choose other formats",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedDocument.class)),
                @Content(mediaType = "application/feed+json", schema = @Schema(implementation = FeedSchemas.JsonFeed.class)),
                @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, description = "RSS 2.0")),
                @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING, description = "Atom (RFC 4287)")),
                @Content(mediaType = "application/ld+json", schema = @Schema(implementation = FeedSchemas.JsonLdItemList.class))})
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response testbeds(@Parameter(description = "Empty, .json, .rss, .atom or .jsonld") @PathParam("ext") String ext,
            @BeanParam FeedParams params) {
        return respond(Feed.TESTBEDS, ext, params);
    }

    @GET
    @Path("/resources{ext: (\\.[a-z]+)?}")
    @Operation(summary = "Resources of any kind, newest first; with kind=EVENT, upcoming events")
    @APIResponse(responseCode = "200", description = "The feed; .ics (with kind=EVENT), .rss, .atom, .jsonld or Accept choose other formats",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedDocument.class)),
                @Content(mediaType = "application/feed+json", schema = @Schema(implementation = FeedSchemas.JsonFeed.class)),
                @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING, description = "RFC 5545 iCalendar")),
                @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, description = "RSS 2.0")),
                @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING, description = "Atom (RFC 4287)")),
                @Content(mediaType = "application/ld+json", schema = @Schema(implementation = FeedSchemas.JsonLdItemList.class))})
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response resources(@Parameter(description = "Empty, .json, .ics (with kind=EVENT), .rss, .atom or .jsonld")
            @PathParam("ext") String ext, @BeanParam FeedParams params) {
        return respond(Feed.RESOURCES, ext, params);
    }

    @GET
    @Path("/collaborations{ext: (\\.[a-z]+)?}")
    @Operation(summary = "Public collaborations, newest published first, with their members, funders and boundary profile",
            description = "The filters of GET /api/v1/collaborations. JSON (no extension or .json), Atom (.atom) or schema.org "
                    + "JSON-LD (.jsonld: an ItemList of Project, with member and funder as Organization); without an "
                    + "extension, Accept chooses among them.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = CollaborationFeedRenderers.CollaborationFeedDocument.class)),
                @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING, description = "Atom (RFC 4287)")),
                @Content(mediaType = "application/ld+json", schema = @Schema(implementation = FeedSchemas.JsonLdProjectList.class))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match or If-Modified-Since)")
    public Response collaborations(@Parameter(description = "Empty, .json, .atom or .jsonld") @PathParam("ext") String ext,
            @BeanParam CollaborationFeedParams params) {
        FeedFormat format = ext == null || ext.isEmpty()
                ? FeedFormat.byAccept(params.accept, CollaborationFeedKey.FORMATS).orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_ACCEPTABLE, "This feed is served as application/json, application/atom+xml or application/ld+json"))
                : FeedFormat.byExtension(ext).filter(CollaborationFeedKey.FORMATS::contains).orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND, "There is no " + ext + " feed of collaborations: use .json, .atom or .jsonld"));
        return requests.respond(CollaborationFeedKey.parse(format, uri.getQueryParameters()), params.ifNoneMatch,
                params.ifModifiedSince);
    }

    /**
     * The parameters are read from the whole query, not only the declared ones (FeedParams
     * declares them for the contract): an unknown one is a 400, never a new cache entry.
     */
    private Response respond(Feed feed, String ext, FeedParams params) {
        FeedKey key = FeedRequests.key(feed, format(ext, params.accept), uri.getQueryParameters());
        if (key.format() == FeedFormat.ICALENDAR && key.kind() != ResourceKind.EVENT) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Only event feeds are calendars: use .json, .rss, .atom or .jsonld");
        }
        return requests.respond(key, params.ifNoneMatch, params.ifModifiedSince);
    }

    /** The format by the path's extension, else by Accept. */
    static FeedFormat format(String ext, String accept) {
        return ext == null || ext.isEmpty()
                ? FeedFormat.byAccept(accept).orElseThrow(() -> new ProblemException(ProblemType.NOT_ACCEPTABLE,
                        "This feed is served as application/json, application/feed+json, text/calendar, application/rss+xml, "
                                + "application/atom+xml or application/ld+json"))
                : FeedFormat.byExtension(ext).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "There is no " + ext + " feed: use .json, .ics, .rss, .atom or .jsonld"));
    }
}
