package se.digitalimpactnorth.search;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.ratelimit.RateLimited;
import se.digitalimpactnorth.search.SearchService.SearchResult;

/** One search over actors, resources and collaborations, answered by the search engine. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over actors, resources and collaborations")
public class SearchEndpoint {

    @Inject
    SearchService search;

    @GET
    @RateLimited
    @Cache(maxAge = 30)
    @Operation(summary = "Search active actors, published resources and public collaborations, best match first",
            description = "Swedish and English stemming, accent-insensitive, word beginnings (type-ahead) and word endings "
                    + "(the last part of a Swedish compound), and tolerance of a typo or two in titles and names. "
                    + "Answered by the search engine; 503 with Retry-After while it cannot be reached.")
    @APIResponse(responseCode = "200", description = "The hits")
    @APIResponse(responseCode = "400", description = "No words to search for, or a bad limit", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = SearchUnavailable.DESCRIPTION, headers = @Header(name = "Retry-After",
            description = "Seconds after which to try again", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = RateLimited.TOO_MANY, headers = @Header(name = "Retry-After",
            description = "Seconds until the window ends", schema = @Schema(type = SchemaType.INTEGER)))
    public SearchResult search(
            @Parameter(required = true, description = "What to look for") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50")) @QueryParam("limit") String limit) {
        return search.search(q, QueryParams.integer("limit", limit));
    }
}
