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

/** Matchmaking for an actor: suggested partners, ranked, with reasons (docs/insights-network.md). */
@Path("/api/v1/actors/{id}/partner-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matchmaking", description = "Suggested partners, ranked, each with its reasons in data")
public class ActorPartnerSuggestionsEndpoint {

    static final String ORDER = "Active actors it does not work with yet, best first (score descending, then name, then id), only "
            + "scores above 0. Points: a sector the subject lacks 3; 2 per shared technology area (at most 6); 2 per shared SSIF "
            + "group (at most 6); same municipality 2, else same county 1; 1 per fitting testbed or lab (at most 3); 1 per "
            + "common partner (at most 3).";

    static final String LIMIT = "How many suggestions (default 10)";

    @Inject
    MatchmakingService matchmaking;

    @GET
    @Operation(summary = "Suggested partners for an actor (its owners and editors, and moderators)",
            description = ORDER + " Excluded: the actor and those it shares an accepted collaboration with (any publication state, "
                    + "not cancelled).")
    @APIResponse(responseCode = "200", description = "The suggestions")
    @APIResponse(responseCode = "400", description = "A bad limit")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the actor, nor a moderator")
    @APIResponse(responseCode = "404", description = "No actor with this id or slug that the caller may see")
    public PartnerSuggestions suggest(@PathParam("id") String id,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50"))
            @QueryParam("limit") String limit) {
        return matchmaking.forActor(id, limit);
    }
}
