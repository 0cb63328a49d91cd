package se.digitalimpactnorth.collaboration;

import se.digitalimpactnorth.common.idempotency.Idempotent;
import static se.digitalimpactnorth.common.ETags.withETag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationInput;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationPage;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationView;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.ratelimit.RateLimited;
import se.digitalimpactnorth.resource.ResourceDtos.TakedownInput;
import se.digitalimpactnorth.search.SearchUnavailable;

/** Collaborations between actors, with the boundaries each one crosses. */
@Path("/api/v1/collaborations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collaborations", description = "Projects, partnerships and networks of actors, and the boundaries they cross")
public class CollaborationsEndpoint {

    @Inject
    CollaborationService collaborations;

    @Inject
    CollaborationQueries queries;

    @Inject
    UriInfo uriInfo;

    @GET
    @NoCache
    @RateLimited
    @Operation(summary = "List public collaborations with facet counts",
            description = "Published collaborations that no moderator took down, whose lead is active and that have at least two"
                    + " participants that count (accepted, actor active); newest published first. Repeated `sector` and `crosses`"
                    + " must all hold.")
    @APIResponse(responseCode = "200", description = "A page of collaborations and the facet counts of all that match")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = RateLimited.TOO_MANY, headers = @Header(name = "Retry-After",
            description = "Seconds until the window ends", schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "503", description = SearchUnavailable.DESCRIPTION + " (the public list is answered by it)",
            headers = @Header(name = "Retry-After", description = "Seconds after which to try again",
            schema = @Schema(type = SchemaType.INTEGER)), content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CollaborationPage list(
            @Parameter(description = "Words in the title, summary or description") @QueryParam("q") @Size(max = CollaborationFilter.MAX_Q_LENGTH) String q,
            @Parameter(description = "An actor that takes part (counts as participant)", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("actor") String actor,
            @Parameter(description = "A sector of the participants; repeatable, all must be among them",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Sector.class)) @QueryParam("sector") List<String> sector,
            @Parameter(description = "A municipality of a participant or a place (four-digit SCB code)")
            @QueryParam("municipality") String municipality,
            @Parameter(description = "A county of a participant or a place (two-digit SCB code)") @QueryParam("county") String county,
            @Parameter(description = "SDG number 1–17", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "17"))
            @QueryParam("sdg") String sdg,
            @QueryParam("technologyArea") @Size(max = CollaborationFilter.MAX_TECHNOLOGY_AREA_LENGTH) String technologyArea,
            @Parameter(description = "An SSIF code of any level; an area or group also matches the codes below it")
            @QueryParam("knowledgeArea") String knowledgeArea,
            @Parameter(schema = @Schema(implementation = CollaborationKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = CollaborationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Running on or after this date (the period overlaps from–to)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Running on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "A boundary it crosses; repeatable, all must hold",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Boundary.class)) @QueryParam("crosses") List<String> crosses,
            @Parameter(description = "The least boundary score, 0–5", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "5")) @QueryParam("minScore") String minScore,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
            @QueryParam("cursor") @Size(max = 1000) String cursor) {
        CollaborationFilter filter = CollaborationFilter.parse(q, actor, sector, municipality, county, sdg, technologyArea,
                knowledgeArea, kind, status, from, to, crosses, minScore);
        return queries.list(filter, QueryParams.integer("limit", limit), cursor);
    }

    @GET
    @Path("/{id}")
    @NoCache
    @Operation(summary = "One collaboration, by id or slug",
            description = "The public reads public collaborations; the people of an invited or accepted participant and moderators"
                    + " read every one of theirs, with `moderation` saying why the public does not.")
    @APIResponse(responseCode = "200", description = "The collaboration", headers = @Header(name = "ETag",
            description = "Send it back as If-Match to change the collaboration", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The collaboration's id, or its slug") @PathParam("id") String idOrSlug) {
        return withETag(Response.ok(), collaborations.get(idOrSlug));
    }

    @POST
    @Idempotent
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Start a collaboration, as a draft (the lead actor's owners and editors)",
            description = "The lead becomes its first participant, accepted; invite the others with POST .../participants.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names the fields", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the lead actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lead actor is not active", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CollaborationInput input) {
        CollaborationView created = collaborations.create(input);
        return withETag(Response.created(uriInfo.getBaseUriBuilder().path("api/v1/collaborations").path(created.id().toString())
                .build()), created);
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a collaboration's fields (the lead's owners and editors); needs If-Match",
            description = "leadActorId must stay the current lead: hand the lead over with POST .../lead.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names the fields", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the lead, or taken down by a moderator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CollaborationInput input) {
        return withETag(Response.ok(), collaborations.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/publish")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a draft or archived collaboration (the lead's owners and editors)",
            description = "The public sees it once at least two participants count.")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the lead, or taken down by a moderator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published, or the lead actor is not active", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), collaborations.publish(id, ifMatch));
    }

    @POST
    @Path("/{id}/archive")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Archive a collaboration: no longer public (the lead's owners and editors)")
    @APIResponse(responseCode = "200", description = "Archived", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the lead, or taken down by a moderator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), collaborations.archive(id, ifMatch));
    }

    @POST
    @Path("/{id}/takedown")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take a collaboration down (moderators)",
            description = "It leaves every public read; the lead's editors cannot change, publish or archive it until a moderator"
                    + " restores it. The reason is shown to the participants' people.")
    @APIResponse(responseCode = "200", description = "Taken down", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a moderator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response takeDown(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TakedownInput input) {
        return withETag(Response.ok(), collaborations.takeDown(id, ifMatch, input.reason()));
    }

    @POST
    @Path("/{id}/restore")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Lift a takedown (moderators): the collaboration is again as its editors left it")
    @APIResponse(responseCode = "200", description = "Restored", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "403", description = "Not a moderator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response restore(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), collaborations.restore(id, ifMatch));
    }

}
