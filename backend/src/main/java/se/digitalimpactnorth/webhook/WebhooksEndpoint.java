package se.digitalimpactnorth.webhook;

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
import java.net.URI;
import java.util.UUID;
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
import se.digitalimpactnorth.webhook.WebhookDtos.DeliveryPage;
import se.digitalimpactnorth.webhook.WebhookDtos.DeliveryView;
import se.digitalimpactnorth.webhook.WebhookDtos.WebhookInput;
import se.digitalimpactnorth.webhook.WebhookDtos.WebhookList;
import se.digitalimpactnorth.webhook.WebhookDtos.WebhookSecret;
import se.digitalimpactnorth.webhook.WebhookDtos.WebhookView;

/** An actor's webhook subscriptions (Standard Webhooks 1.0) and their delivery log; for its owners. */
@Path("/api/v1/actors/{actorId}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@NoCache
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhooks", description = "Signed notifications of an actor's events to its own systems")
public class WebhooksEndpoint {

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "The actor's webhooks, newest first (owners)")
    public WebhookList list(@PathParam("actorId") UUID actorId) {
        return webhooks.list(actorId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe an https URL to event types (owners); the answer shows the signing secret, once")
    @APIResponse(responseCode = "201", description = "Subscribed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookSecret.class)))
    @APIResponse(responseCode = "400", description = "Not an https URL, or its host resolves to a non-public address", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("actorId") UUID actorId, @Valid @NotNull WebhookInput input) {
        WebhookSecret created = webhooks.create(actorId, input);
        return Response.created(URI.create("/api/v1/actors/" + actorId + "/webhooks/" + created.webhook().id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook (owners)")
    public WebhookView get(@PathParam("actorId") UUID actorId, @PathParam("id") UUID id) {
        return webhooks.get(actorId, id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a webhook's URL, event types and description (owners); a disabled webhook is turned back on")
    public WebhookView update(@PathParam("actorId") UUID actorId, @PathParam("id") UUID id, @Valid @NotNull WebhookInput input) {
        return webhooks.update(actorId, id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook and its delivery log (owners)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("actorId") UUID actorId, @PathParam("id") UUID id) {
        webhooks.delete(actorId, id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(summary = "A new signing secret (owners), shown once; the previous one still signs, as a second signature, for 24 hours")
    public WebhookSecret rotateSecret(@PathParam("actorId") UUID actorId, @PathParam("id") UUID id) {
        return webhooks.rotateSecret(actorId, id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The webhook's deliveries, newest first, paged (owners)")
    public DeliveryPage deliveries(@PathParam("actorId") UUID actorId, @PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") @Size(max = 1000) String cursor) {
        return webhooks.deliveries(actorId, id, QueryParams.integer("limit", limit), cursor);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again, now (owners)")
    @APIResponse(responseCode = "200", description = "Due now: the worker sends it within seconds", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The webhook is disabled, or the delivery is being sent right now", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryView redeliver(@PathParam("actorId") UUID actorId, @PathParam("id") UUID id,
            @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(actorId, id, deliveryId);
    }
}
