package se.digitalimpactnorth.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.audit.AuditService;
import se.digitalimpactnorth.audit.AuditService.AuditPage;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.QueryParams;

/** Who the caller is. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in person")
public class MeEndpoint {

    @Inject
    MeService service;

    @Inject
    AuditService audit;

    @GET
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The caller as their access token describes them, with their actors and pending join requests")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Me me() {
        return service.me();
    }

    @GET
    @Path("/audit")
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The changes the caller made, newest first")
    public AuditPage myAudit(@QueryParam("limit") String limit, @QueryParam("cursor") @Size(max = 1000) String cursor) {
        return audit.mine(QueryParams.integer("limit", limit), cursor);
    }

    @GET
    @Path("/invitations")
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "How many unanswered invitations each actor the caller owns has, for the navigation's badge",
            description = "Collaboration invitations (answer them at /api/v1/collaborations/{id}/participants/{actorId}/accept or"
                    + " /decline) and co-organiser invitations (/api/v1/resources/{id}/co-organisers/{actorId}/accept or /decline)."
                    + " Every actor the caller owns is listed, with zeros where nothing waits.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MyInvitations invitations() {
        return service.invitations();
    }
}
