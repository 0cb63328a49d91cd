package se.digitalimpactnorth.actor;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.actor.ActorDtos.JoinDecisionInput;
import se.digitalimpactnorth.actor.ActorDtos.JoinRequestInput;
import se.digitalimpactnorth.actor.ActorDtos.JoinRequestList;
import se.digitalimpactnorth.actor.ActorDtos.JoinRequestView;
import se.digitalimpactnorth.actor.ActorDtos.MemberList;
import se.digitalimpactnorth.actor.ActorDtos.MemberView;
import se.digitalimpactnorth.actor.ActorDtos.RoleInput;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.QueryParams;

/** The people of an actor: members, roles, and requests to join. */
@Path("/api/v1/actors/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@NoCache
@SecurityRequirement(name = "bearer")
@Tag(name = "Actors", description = "Organisations taking part in the initiative")
public class ActorPeopleEndpoint {

    @Inject
    MembershipService memberships;

    @GET
    @Path("/members")
    @Operation(summary = "The people of an actor (its people and moderators)")
    public MemberList members(@PathParam("id") UUID id) {
        return new MemberList(memberships.members(id));
    }

    @PUT
    @Path("/members/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person's role (owners)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "That would leave the actor without an owner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemberView changeRole(@PathParam("id") UUID id, @PathParam("subject") @Size(max = 255) String subject,
            @Valid @NotNull RoleInput input) {
        return memberships.changeRole(id, subject, input.role());
    }

    @DELETE
    @Path("/members/{subject}")
    @Operation(summary = "Remove a person (owners), or leave (anyone, with their own subject)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The last owner cannot leave or be removed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("id") UUID id, @PathParam("subject") @Size(max = 255) String subject) {
        memberships.remove(id, subject);
        return Response.noContent().build();
    }

    @POST
    @Path("/join-requests")
    @Operation(summary = "Ask to join an active actor")
    @APIResponse(responseCode = "201", description = "Asked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "409", description = "Already in the actor, already asked, or the actor is not active", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestToJoin(@PathParam("id") UUID id, @Valid JoinRequestInput input) {
        JoinRequestView created = memberships.requestToJoin(id, input == null ? null : input.message());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/join-requests")
    @Operation(summary = "Requests to join (owners and moderators)")
    public JoinRequestList joinRequests(@PathParam("id") UUID id,
            @Parameter(description = "PENDING (default), APPROVED, REJECTED or WITHDRAWN",
                    schema = @Schema(implementation = JoinRequestStatus.class)) @QueryParam("status") String status) {
        return new JoinRequestList(memberships.joinRequests(id, QueryParams.enumValue(JoinRequestStatus.class, "status", status)));
    }

    @POST
    @Path("/join-requests/{requestId}/approve")
    @Operation(summary = "Accept a request: the person joins, as MEMBER unless a role is given (owners)")
    public JoinRequestView approve(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId, @Valid JoinDecisionInput input) {
        return memberships.decide(id, requestId, true, input == null ? null : input.role(), input == null ? null : input.reason());
    }

    @POST
    @Path("/join-requests/{requestId}/reject")
    @Operation(summary = "Turn a request down (owners)")
    public JoinRequestView reject(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId, @Valid JoinDecisionInput input) {
        return memberships.decide(id, requestId, false, null, input == null ? null : input.reason());
    }

    @DELETE
    @Path("/join-requests/{requestId}")
    @Operation(summary = "Withdraw one's own pending request")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId) {
        memberships.withdraw(id, requestId);
        return Response.noContent().build();
    }
}
