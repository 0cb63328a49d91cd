package se.digitalimpactnorth.collaboration;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationPage;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.QueryParams;

/** The collaborations an actor takes part in, for its page. */
@Path("/api/v1/actors/{id}/collaborations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collaborations")
public class ActorCollaborationsEndpoint {

    @Inject
    CollaborationQueries queries;

    @GET
    @NoCache
    @Operation(summary = "The collaborations an actor takes part in",
            description = "Public collaborations in which the actor counts (accepted); its own people and moderators also see the"
                    + " drafts, archived and taken-down ones it accepted, each with `moderation`. Newest first; facets are empty.")
    @APIResponse(responseCode = "200", description = "A page of collaborations")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such actor, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CollaborationPage list(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
            @QueryParam("cursor") @Size(max = 1000) String cursor) {
        return queries.ofActor(id, QueryParams.integer("limit", limit), cursor);
    }
}
