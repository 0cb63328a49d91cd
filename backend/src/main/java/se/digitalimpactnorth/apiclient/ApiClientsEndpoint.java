package se.digitalimpactnorth.apiclient;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.apiclient.ApiClientDtos.ApiClientInput;
import se.digitalimpactnorth.apiclient.ApiClientDtos.ApiClientList;
import se.digitalimpactnorth.apiclient.ApiClientDtos.ApiClientSecret;
import se.digitalimpactnorth.apiclient.ApiClientDtos.ApiClientView;
import se.digitalimpactnorth.common.Problem;

/** The API clients of an actor: partners' systems that sync its resources and collaborations (its owners). */
@Path("/api/v1/actors/{actorId}/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@NoCache
@SecurityRequirement(name = "bearer")
@Tag(name = "API clients", description = "OAuth2 clients (client credentials) that act for an actor")
public class ApiClientsEndpoint {

    @Inject
    ApiClientService clients;

    @GET
    @Operation(summary = "The actor's API clients, newest first, revoked ones too (owners; admins)")
    public ApiClientList list(@PathParam("actorId") UUID actorId) {
        return new ApiClientList(clients.list(actorId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an API client: its secret is in this answer only (owners; admins)")
    @APIResponse(responseCode = "201", description = "Registered in Keycloak", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiClientSecret.class)))
    @APIResponse(responseCode = "409", description = "The actor is not active", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Keycloak could not be reached; nothing was registered", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("actorId") UUID actorId, @Valid @NotNull ApiClientInput input) {
        return Response.status(Response.Status.CREATED).entity(clients.create(actorId, input.name())).build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(summary = "A new secret; the old one stops working at once (owners; admins)")
    @APIResponse(responseCode = "200", description = "The new secret, shown this once", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiClientSecret.class)))
    @APIResponse(responseCode = "409", description = "The client is revoked", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Keycloak could not be reached; the secret is unchanged", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiClientSecret rotateSecret(@PathParam("actorId") UUID actorId, @PathParam("id") UUID id) {
        return clients.rotateSecret(actorId, id);
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Revoke a client: the API refuses its tokens at once, Keycloak issues it no more (owners; admins; idempotent)",
            description = "Tokens Keycloak issued before stay valid at Keycloak until they expire (5 minutes), but the API refuses"
                    + " them from this moment.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiClientView.class)))
    @APIResponse(responseCode = "503", description = "Revoked here, but Keycloak could not be reached to disable it: ask again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiClientView revoke(@PathParam("actorId") UUID actorId, @PathParam("id") UUID id) {
        return clients.revoke(actorId, id);
    }
}
