package se.digitalimpactnorth.collaboration;

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
import se.digitalimpactnorth.collaboration.ParticipantDtos.ReceivedCollaborationInvitationList;
import se.digitalimpactnorth.common.Problem;

/** The invitations an actor has received to take part in collaborations: the inbox of its owners. */
@Path("/api/v1/actors/{id}/collaboration-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collaborations")
public class CollaborationInvitationsEndpoint {

    @Inject
    ParticipantService participants;

    @GET
    @NoCache
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The actor's unanswered invitations to collaborations (its owners)",
            description = "Answer them with POST /api/v1/collaborations/{id}/participants/{actorId}/accept or /decline.")
    @APIResponse(responseCode = "200", description = "Unanswered invitations, newest first")
    @APIResponse(responseCode = "403", description = "Not an owner of the actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReceivedCollaborationInvitationList list(@PathParam("id") UUID id) {
        return participants.invitations(id);
    }
}
