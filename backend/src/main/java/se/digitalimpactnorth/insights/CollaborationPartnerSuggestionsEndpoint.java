package se.digitalimpactnorth.insights;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Matchmaking for a collaboration, drafts included: suggested partners, ranked, with reasons (docs/insights-network.md). */
@Path("/api/v1/collaborations/{id}/partner-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matchmaking")
public class CollaborationPartnerSuggestionsEndpoint {

    @Inject
    MatchmakingService matchmaking;

    @GET
    @Operation(summary = "Suggested partners for a collaboration, drafts included (those who may edit it, and moderators)",
            description = ActorPartnerSuggestionsEndpoint.ORDER + " The subject's sectors are those of its invited and accepted "
                    + "participants (what its helix lacks); those participants are excluded.")
    @APIResponse(responseCode = "200", description = "The suggestions")
    @APIResponse(responseCode = "400", description = "A bad limit")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "May see the collaboration but not edit it")
    @APIResponse(responseCode = "404", description = "No collaboration with this id or slug that the caller may see")
    public PartnerSuggestions suggest(@PathParam("id") String id,
            @Parameter(description = ActorPartnerSuggestionsEndpoint.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "50")) @QueryParam("limit") String limit) {
        return matchmaking.forCollaboration(id, limit);
    }
}
