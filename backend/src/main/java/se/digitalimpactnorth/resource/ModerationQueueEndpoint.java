package se.digitalimpactnorth.resource;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.resource.ResourceDtos.TakenDownPage;

/**
 * The moderators' queue of taken-down resources. Its own path rather than a filter on
 * GET /resources: it spans every actor and status and is ordered by the takedown, which the
 * catalogue list (published by default, facets, newest published first) does not do.
 */
@Path("/api/v1/moderation/taken-down-resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class ModerationQueueEndpoint {

    @Inject
    ResourceQueries queries;

    @GET
    @NoCache
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Resources taken down, of every actor (moderators)",
            description = "The latest takedown first, with its reason; lift one with POST /api/v1/resources/{id}/restore.")
    @APIResponse(responseCode = "200", description = "A page of taken-down resources")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a moderator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TakenDownPage list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
            @QueryParam("cursor") @Size(max = 1000) String cursor) {
        return queries.takenDown(QueryParams.integer("limit", limit), cursor);
    }
}
