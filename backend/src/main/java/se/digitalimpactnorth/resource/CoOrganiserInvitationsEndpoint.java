package se.digitalimpactnorth.resource;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.resource.ResourceDtos.ReceivedInvitationList;

/** The invitations an actor has received to co-organise other actors' resources. */
@Path("/api/v1/actors/{id}/co-organiser-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class CoOrganiserInvitationsEndpoint {

    @Inject
    ResourceService resources;

    @GET
    @NoCache
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The actor's unanswered invitations to co-organise (its owners)",
            description = "Answer them with POST /api/v1/resources/{id}/co-organisers/{actorId}/accept or /decline.")
    @APIResponse(responseCode = "200", description = "Pending invitations, newest first")
    @APIResponse(responseCode = "403", description = "Not an owner of the actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReceivedInvitationList list(@PathParam("id") UUID id) {
        return resources.invitations(id);
    }
}
