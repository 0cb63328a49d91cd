package se.digitalimpactnorth.collaboration;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationView;
import se.digitalimpactnorth.collaboration.CollaborationDtos.ParticipantInvitation;
import se.digitalimpactnorth.collaboration.ParticipantDtos.LeadInput;
import se.digitalimpactnorth.collaboration.ParticipantDtos.ParticipantInviteInput;
import se.digitalimpactnorth.collaboration.ParticipantDtos.ParticipantRoleInput;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.Problem;

/**
 * The participants of a collaboration: invitations and their answers, roles, leaving, and handing
 * the lead over. Writes that the lead makes take an optional If-Match (the collaboration's ETag).
 */
@Path("/api/v1/collaborations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collaborations")
public class ParticipantsEndpoint {

    @Inject
    ParticipantService participants;

    @POST
    @Path("/participants")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Invite an actor to take part (the lead's owners and editors)",
            description = "The invited actor's owners accept or decline; only then does it count. A declined or left actor may be"
                    + " invited again. 400 naming actorId: the actor is already invited or taking part (`taken`), is pending or"
                    + " suspended (`invalid`), or the collaboration has " + ParticipantService.MAX_PARTICIPANTS
                    + " invited or accepted participants (`too-many`).")
    @APIResponse(responseCode = "201", description = "Invited", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ParticipantInvitation.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names the field", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the lead, or taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ParticipantInviteInput input) {
        return Response.status(Response.Status.CREATED).entity(participants.invite(id, ifMatch, input)).build();
    }

    @POST
    @Path("/participants/{actorId}/accept")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Accept an invitation (the invited actor's owners)",
            description = "The actor then counts: it appears among the participants, in the boundary profile and in its lists.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ParticipantInvitation.class)))
    @APIResponse(responseCode = "403", description = "Not an owner of the invited actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration or invitation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered, or the actor is not active", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipantInvitation accept(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId) {
        return participants.accept(id, actorId);
    }

    @POST
    @Path("/participants/{actorId}/decline")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Decline an invitation (the invited actor's owners)")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ParticipantInvitation.class)))
    @APIResponse(responseCode = "403", description = "Not an owner of the invited actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration or invitation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered (to stop taking part, leave)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipantInvitation decline(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId) {
        return participants.decline(id, actorId);
    }

    @PUT
    @Path("/participants/{actorId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an invited or accepted participant's role (the lead's owners and editors)",
            description = "Never to or from LEAD: hand the lead over instead (POST /api/v1/collaborations/{id}/lead).")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ParticipantInvitation.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names the field", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the lead, or taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration or participant", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The participant is the lead, or has declined or left", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipantInvitation changeRole(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ParticipantRoleInput input) {
        return participants.changeRole(id, actorId, ifMatch, input.role());
    }

    @DELETE
    @Path("/participants/{actorId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Leave, withdraw an invitation, or remove a participant",
            description = "A participant's owners leave (an unanswered invitation is then declined). The lead's owners and editors"
                    + " withdraw an invitation (the actor may be invited again) or remove a participant. The lead itself never leaves:"
                    + " 409, hand the lead over first.")
    @APIResponse(responseCode = "204", description = "Left, withdrawn or removed")
    @APIResponse(responseCode = "403", description = "Neither an owner of the participant nor an owner or editor of the lead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration or participant", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The participant is the lead (hand the lead over first), or has already"
            + " declined or left", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        participants.remove(id, actorId, ifMatch);
    }

    @POST
    @Path("/lead")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Hand the lead over to an accepted participant (the lead's owners and editors)",
            description = "The old lead stays, as a PARTNER. There is always exactly one lead.")
    @APIResponse(responseCode = "200", description = "The collaboration with its new lead", headers = @Header(name = "ETag",
            description = "The collaboration's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "actorId is not an accepted participant, or is the lead already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the lead, or taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response handOverLead(@Parameter(description = "The collaboration's id") @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull LeadInput input) {
        CollaborationView view = participants.handOverLead(id, ifMatch, input.actorId());
        return ETags.withETag(Response.ok(), view);
    }
}
