package se.digitalimpactnorth.actor;

import se.digitalimpactnorth.common.idempotency.Idempotent;
import static se.digitalimpactnorth.common.ETags.withETag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import se.digitalimpactnorth.actor.ActorDtos.ActorInput;
import se.digitalimpactnorth.actor.ActorDtos.ActorPage;
import se.digitalimpactnorth.actor.ActorDtos.ActorView;
import se.digitalimpactnorth.actor.ActorDtos.ModerationInput;
import se.digitalimpactnorth.actor.ActorService.Transition;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.ratelimit.RateLimited;
import se.digitalimpactnorth.search.SearchUnavailable;

/** Actors: the directory, registration, editing and moderation. */
@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Organisations taking part in the initiative")
public class ActorsEndpoint {

    @Inject
    ActorService actors;

    @Inject
    UriInfo uriInfo;

    @GET
    @NoCache
    @RateLimited
    @Operation(summary = "List actors, by name", description = "Active actors for everyone; moderators may ask for pending or suspended ones.")
    @APIResponse(responseCode = "200", description = "A page of actors")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = RateLimited.TOO_MANY, headers = @Header(name = "Retry-After",
            description = "Seconds until the window ends", schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "503", description = SearchUnavailable.DESCRIPTION + " (the public list is answered by it)",
            headers = @Header(name = "Retry-After", description = "Seconds after which to try again",
            schema = @Schema(type = SchemaType.INTEGER)), content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ActorPage list(
            @Parameter(description = "Free text in the name or description") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(schema = @Schema(implementation = Sector.class)) @QueryParam("sector") String sector,
            @Parameter(schema = @Schema(implementation = ActorKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "SCB municipality code") @QueryParam("municipality")
            @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit SCB municipality code") String municipality,
            @Parameter(description = "SCB county code") @QueryParam("county")
            @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Technology area code") @QueryParam("technologyArea") @Size(max = 60) String technologyArea,
            @Parameter(description = "ACTIVE (default); PENDING or SUSPENDED for moderators",
                    schema = @Schema(implementation = ActorStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1–100 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") @Size(max = 1000) String cursor) {
        ActorFilter filter = new ActorFilter(q,
                QueryParams.enumValue(Sector.class, "sector", sector),
                QueryParams.enumValue(ActorKind.class, "kind", kind),
                municipality, county, technologyArea,
                QueryParams.enumValue(ActorStatus.class, "status", status));
        return actors.list(filter, QueryParams.integer("limit", limit), cursor);
    }

    @GET
    @Path("/{id}")
    @NoCache
    @Operation(summary = "One actor, by id or slug")
    @APIResponse(responseCode = "200", description = "The actor", headers = @Header(name = "ETag", description = "Send it back as If-Match to change the actor",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "404", description = "No such actor, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The actor's id, or its slug") @PathParam("id") String idOrSlug) {
        return withETag(Response.ok(), actors.get(idOrSlug));
    }

    @POST
    @Idempotent
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Register an actor", description = "It starts pending, with the caller as its owner, until a moderator approves it.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names the fields", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The organisation number is already registered", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ActorInput input) {
        ActorView created = actors.create(input);
        return withETag(Response.created(uriInfo.getBaseUriBuilder().path("api/v1/actors").path(created.id().toString()).build()), created);
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an actor (owners and editors)", description = "Replaces every editable field. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale: someone changed the actor meanwhile", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActorInput input) {
        return withETag(Response.ok(), actors.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/approve")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Approve a pending actor (moderators)")
    @APIResponse(responseCode = "200", description = "Now active", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "409", description = "The actor is not pending", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ModerationInput input) {
        return withETag(Response.ok(), actors.moderate(id, ifMatch, Transition.APPROVE, reason(input)));
    }

    @POST
    @Path("/{id}/suspend")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Suspend an active actor, or turn a pending one down, with a reason its owners see (moderators)")
    @APIResponse(responseCode = "200", description = "Now suspended", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "409", description = "The actor is already suspended", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response suspend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ModerationInput input) {
        return withETag(Response.ok(), actors.moderate(id, ifMatch, Transition.SUSPEND, reason(input)));
    }

    @POST
    @Path("/{id}/reinstate")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reinstate a suspended actor (moderators)")
    @APIResponse(responseCode = "200", description = "Active again", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "409", description = "The actor is not suspended", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reinstate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ModerationInput input) {
        return withETag(Response.ok(), actors.moderate(id, ifMatch, Transition.REINSTATE, reason(input)));
    }

    private static String reason(ModerationInput input) {
        return input == null ? null : input.reason();
    }

}
