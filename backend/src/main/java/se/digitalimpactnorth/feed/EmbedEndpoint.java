package se.digitalimpactnorth.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digitalimpactnorth.feed.FeedRequests.Feed;

/** Feeds as pages to put in an iframe, for partner sites that cannot run the widget's script. */
@Path("/embed/v1")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Feeds", description = "Public feeds for partner websites and calendars")
public class EmbedEndpoint {

    /** No script runs, nothing loads, any site may frame it. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *";

    @Inject
    FeedRequests requests;

    @Inject
    UriInfo uri;

    @GET
    @Path("/events")
    @Operation(summary = "Upcoming events as an HTML page for an iframe")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response events(@BeanParam FeedParams params, @Parameter(description = "list (default), cards or compact",
            schema = @Schema(enumeration = {"list", "cards", "compact"})) @QueryParam("layout") String layout) {
        return page(Feed.EVENTS, params);
    }

    @GET
    @Path("/testbeds")
    @Operation(summary = "Testbeds as an HTML page for an iframe")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response testbeds(@BeanParam FeedParams params, @Parameter(description = "list (default), cards or compact",
            schema = @Schema(enumeration = {"list", "cards", "compact"})) @QueryParam("layout") String layout) {
        return page(Feed.TESTBEDS, params);
    }

    /** The layout is parsed with the other parameters, into the page's cache key. */
    private Response page(Feed feed, FeedParams params) {
        return requests.respond(FeedRequests.key(feed, FeedFormat.HTML, uri.getQueryParameters()), params.ifNoneMatch,
                params.ifModifiedSince);
    }
}
