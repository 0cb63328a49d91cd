package se.digitalimpactnorth.resource;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.ratelimit.RateLimited;
import se.digitalimpactnorth.resource.ResourceDtos.AccessCondition;
import se.digitalimpactnorth.resource.ResourceDtos.ReceivedInvitation;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceInput;
import se.digitalimpactnorth.resource.ResourceDtos.TakedownInput;
import se.digitalimpactnorth.resource.ResourceDtos.ResourcePage;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceView;
import se.digitalimpactnorth.search.SearchUnavailable;

/** The resource catalogue: knowledge and innovation resources of the actors. */
@Path("/api/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources", description = "Knowledge and innovation resources")
public class ResourcesEndpoint {

    /** The widest date range a list takes, so no query scans the whole calendar. */
    static final int MAX_RANGE_YEARS = 2;

    @Inject
    ResourceService resources;

    @Inject
    ResourceQueries queries;

    @Inject
    UriInfo uriInfo;

    /** Where people read a resource: links in calendars point there. */
    @ConfigProperty(name = "din.spa-url")
    String spaUrl;

    @GET
    @NoCache
    @RateLimited
    @Operation(summary = "List resources with facet counts",
            description = "Published resources, newest first; with from/to, events with an occurrence in the range, soonest first.")
    @APIResponse(responseCode = "200", description = "A page of resources and the facet counts of all that match")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = RateLimited.TOO_MANY, headers = @Header(name = "Retry-After",
            description = "Seconds until the window ends", schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "503", description = SearchUnavailable.DESCRIPTION + " (the public list is answered by it)",
            headers = @Header(name = "Retry-After", description = "Seconds after which to try again",
            schema = @Schema(type = SchemaType.INTEGER)), content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResourcePage list(
            @Parameter(schema = @Schema(implementation = ResourceKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = ResourceKind.Family.class)) @QueryParam("family") String family,
            @Parameter(description = "Publishing or co-organising actor id; repeatable") @QueryParam("actor") List<String> actor,
            @QueryParam("municipality") @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit SCB municipality code") String municipality,
            @QueryParam("county") @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit SCB county code") String county,
            @QueryParam("technologyArea") @Size(max = 60) String technologyArea,
            @Parameter(description = "SDG number 1–17") @QueryParam("sdg") String sdg,
            @QueryParam("tag") @Size(max = 60) String tag,
            @Parameter(description = "Events occurring from this date or date-time") @QueryParam("from") String from,
            @Parameter(description = "... until this one (at most two years after from)") @QueryParam("to") String to,
            @Parameter(schema = @Schema(implementation = AccessCondition.class)) @QueryParam("access") String access,
            @Parameter(description = "PUBLISHED (default: what the public sees), or DRAFT or ARCHIVED for one actor's people",
                    schema = @Schema(implementation = ResourceStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Words in the title, summary, body or tags") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
            @QueryParam("cursor") @Size(max = 1000) String cursor) {
        OffsetDateTime fromAt = QueryParams.dateTime("from", from);
        OffsetDateTime toAt = QueryParams.dateTime("to", to);
        if (fromAt == null && toAt != null) {
            fromAt = OffsetDateTime.now();
        }
        if (fromAt != null) {
            if (toAt == null) {
                toAt = fromAt.plusYears(MAX_RANGE_YEARS);
            } else if (!toAt.isAfter(fromAt)) {
                throw ProblemException.invalidField("to", "must be after from");
            } else if (toAt.isAfter(fromAt.plusYears(MAX_RANGE_YEARS))) {
                throw ProblemException.invalidField("to", "must be at most two years after from");
            }
        }
        Integer sdgNumber = QueryParams.integer("sdg", sdg);
        if (sdgNumber != null && (sdgNumber < 1 || sdgNumber > 17)) {
            throw ProblemException.invalidField("sdg", "must be between 1 and 17");
        }
        List<UUID> actors = actor == null ? List.of() : actor.stream().map(a -> {
            try {
                return UUID.fromString(a);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("actor", "must be an actor id");
            }
        }).toList();
        if (actors.size() > 20) {
            throw ProblemException.invalidField("actor", "at most 20 actors");
        }
        ResourceStatus statusValue = QueryParams.enumValue(ResourceStatus.class, "status", status);
        ResourceFilter filter = new ResourceFilter(
                QueryParams.enumValue(ResourceKind.class, "kind", kind),
                QueryParams.enumValue(ResourceKind.Family.class, "family", family),
                actors, municipality, county, technologyArea, sdgNumber,
                tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT),
                fromAt, toAt,
                QueryParams.enumValue(AccessCondition.class, "access", access),
                statusValue == null ? ResourceStatus.PUBLISHED : statusValue,
                q == null || q.isBlank() ? null : q);
        return queries.list(filter, QueryParams.integer("limit", limit), cursor);
    }

    @GET
    @Path("/{id}")
    @NoCache
    @Operation(summary = "One resource, by id or slug",
            description = "The public reads published resources of active actors that no moderator took down; the publisher's"
                    + " people and moderators read every one of it, with `moderation` saying why the public does not.")
    @APIResponse(responseCode = "200", description = "The resource", headers = @Header(name = "ETag",
            description = "Send it back as If-Match to change the resource", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "404", description = "No such resource, or one the caller may not see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The resource's id, or its slug") @PathParam("id") String idOrSlug) {
        return withETag(Response.ok(), resources.get(idOrSlug));
    }

    @GET
    @Path("/{id}/calendar")
    @Produces("text/calendar")
    @NoCache
    @Operation(summary = "An event as an iCalendar file, for \"add to calendar\"")
    @APIResponse(responseCode = "200", description = "RFC 5545 iCalendar", content = @Content(mediaType = "text/calendar",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response calendar(@Parameter(description = "The event's id, or its slug") @PathParam("id") String idOrSlug) {
        return Response.ok(resources.calendar(idOrSlug, spaUrl), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"event.ics\"")
                .build();
    }

    @POST
    @Idempotent
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a resource, as a draft (the publishing actor's owners and editors)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names the fields", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ResourceInput input) {
        ResourceView created = resources.create(input);
        return withETag(Response.created(uriInfo.getBaseUriBuilder().path("api/v1/resources").path(created.id().toString()).build()),
                created);
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a resource's fields (the publisher's owners and editors); needs If-Match")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ResourceInput input) {
        return withETag(Response.ok(), resources.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/publish")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a draft or archived resource (the publisher's owners and editors)")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "409", description = "Already published, or the actor is not active", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), resources.publish(id, ifMatch));
    }

    @POST
    @Path("/{id}/archive")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Archive a resource: no longer public (the publisher's owners and editors)")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), resources.archive(id, ifMatch));
    }

    @POST
    @Path("/{id}/takedown")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take a resource down (moderators)",
            description = "It leaves every public read; its editors cannot change, publish or archive it until a moderator restores it."
                    + " The reason is shown to the publisher's people.")
    @APIResponse(responseCode = "200", description = "Taken down", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a moderator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response takeDown(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TakedownInput input) {
        return withETag(Response.ok(), resources.takeDown(id, ifMatch, input.reason()));
    }

    @POST
    @Path("/{id}/restore")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Lift a takedown (moderators): the resource is again as its editors left it")
    @APIResponse(responseCode = "200", description = "Restored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "403", description = "Not a moderator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not taken down", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response restore(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), resources.restore(id, ifMatch));
    }

    @POST
    @Path("/{id}/co-organisers/{actorId}/accept")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Accept an invitation to co-organise (the invited actor's owners)",
            description = "The resource then shows the actor as co-organiser and appears in the actor's lists and feeds.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReceivedInvitation.class)))
    @APIResponse(responseCode = "403", description = "Not an owner of the invited actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The actor is not invited to co-organise this resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReceivedInvitation accept(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId) {
        return resources.accept(id, actorId);
    }

    @POST
    @Path("/{id}/co-organisers/{actorId}/decline")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Decline an invitation to co-organise, or stop co-organising (the invited actor's owners)")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReceivedInvitation.class)))
    @APIResponse(responseCode = "403", description = "Not an owner of the invited actor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The actor is not invited to co-organise this resource", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already declined", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReceivedInvitation decline(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId) {
        return resources.decline(id, actorId);
    }

}
