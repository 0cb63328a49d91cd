package se.digitalimpactnorth.resource;

import se.digitalimpactnorth.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.common.Batches;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.ExternalIds;
import se.digitalimpactnorth.common.ItemProblems;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.Upserted;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceInput;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceView;
import se.digitalimpactnorth.resource.ResourceUpsertDtos.ResourceBatch;
import se.digitalimpactnorth.resource.ResourceUpsertDtos.ResourceBatchItem;
import se.digitalimpactnorth.resource.ResourceUpsertDtos.ResourceUpsert;

/**
 * Upsert by external id: an actor's integrator (or its owners and editors) keeps its resources in
 * sync by its own ids, without remembering ours. The same body twice changes nothing.
 */
@Path("/api/v1/actors/{actorId}/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class ResourceUpsertEndpoint {

    @Inject
    ResourceService resources;

    @Inject
    Validator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/by-external-id/{externalId}")
    @NoCache
    @Operation(summary = "One resource, by the publisher's own id for it",
            description = "Read as `GET /api/v1/resources/{id}`: the public reads it once published, the publisher's people and"
                    + " integrators always.")
    @APIResponse(responseCode = "200", description = "The resource", headers = @Header(name = "ETag",
            description = "Send it back as If-Match to change the resource", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "404", description = "No such resource, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The publishing actor's id") @PathParam("actorId") UUID actorId,
            @Parameter(description = ExternalIds.DESCRIPTION, schema = @Schema(maxLength = 200, pattern = ExternalIds.REGEX))
            @PathParam("externalId") String externalId) {
        return ETags.withETag(Response.ok(), resources.getByExternalId(actorId, ExternalIds.require(externalId, "externalId")));
    }

    @PUT
    @Path("/by-external-id/{externalId}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create or replace a resource by the publisher's own id for it (owners, editors, integrators)",
            description = "Creates the resource (201, as a draft unless `status` says otherwise) or replaces its fields (200)."
                    + " The same body again changes nothing: 200 with the same ETag, no new version, no audit entry. `status`"
                    + " moves it by the rules of publish and archive; a resource a moderator took down is 403 until restored."
                    + " If-Match is optional; when sent it must name the current version (412), and there must be one.")
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged (the same ETag as before)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "201", description = "Created", headers = {
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names the fields (`resource.title`, ...)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the actor's owner, editor or integrator; or taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The actor is not active, or the status cannot move so", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("actorId") UUID actorId,
            @Parameter(description = ExternalIds.DESCRIPTION, schema = @Schema(maxLength = 200, pattern = ExternalIds.REGEX))
            @PathParam("externalId") String externalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ResourceUpsert body) {
        ExternalIds.require(externalId, "externalId");
        Upserted<ResourceView> done = upsert(actorId, externalId, ifMatch, body.status(), body.resource());
        Response.ResponseBuilder response = done.outcome() == Upserted.Outcome.created
                ? Response.created(uriInfo.getBaseUriBuilder().path("api/v1/resources").path(done.view().id().toString()).build())
                : Response.ok();
        return ETags.withETag(response, done.view());
    }

    @DELETE
    @Path("/by-external-id/{externalId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Archive a resource by the publisher's own id for it (owners, editors, integrators)",
            description = "It leaves public view; the resource and its external id stay, so a later PUT can publish it again."
                    + " Archiving an archived resource is done already (204).")
    @APIResponse(responseCode = "204", description = "Archived")
    @APIResponse(responseCode = "403", description = "Not the actor's owner, editor or integrator; or taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No resource with this external id", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("actorId") UUID actorId,
            @Parameter(description = ExternalIds.DESCRIPTION, schema = @Schema(maxLength = 200, pattern = ExternalIds.REGEX))
            @PathParam("externalId") String externalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        resources.archiveByExternalId(actorId, ExternalIds.require(externalId, "externalId"), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Idempotent
    @Path("/batch")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Upsert up to 500 resources by external id (owners, editors, integrators)", description = Batches.CONVENTION)
    @APIResponse(responseCode = "200", description = "One outcome per item: created, updated, unchanged or failed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Batches.Result.class)))
    @APIResponse(responseCode = "400", description = "Not a batch: no items, too many, or an external id twice", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller may not upsert for this actor (no item is tried)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Batches.Result batch(@PathParam("actorId") UUID actorId, @Valid @NotNull ResourceBatch body) {
        resources.requireUpsertRights(actorId);
        Batches.requireDistinct(body.items().stream().map(ResourceBatchItem::externalId).toList());
        return Batches.run(body.items(), validator, ResourceBatchItem::externalId,
                item -> upsert(actorId, item.externalId(), null, item.status(), item.resource()),
                ResourceView::id, uriInfo.getPath());
    }

    /** The service names the fields of ResourceInput; in these bodies it sits under {@code resource}. */
    private Upserted<ResourceView> upsert(UUID actorId, String externalId, String ifMatch, ResourceStatus status, ResourceInput input) {
        try {
            return resources.upsert(actorId, externalId, ifMatch, status, input);
        } catch (ProblemException e) {
            throw ItemProblems.prefixed(e, "resource.");
        }
    }
}
