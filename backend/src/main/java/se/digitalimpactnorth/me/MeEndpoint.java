package se.digitalimpactnorth.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.audit.AuditService;
import se.digitalimpactnorth.audit.AuditService.AuditPage;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.QueryParams;

/** Who the caller is. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in person")
public class MeEndpoint {

    @Inject
    MeService service;

    @Inject
    AuditService audit;

    @Inject
    MyDataService myData;

    /** The export's file name carries the date where the platform lives. */
    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Europe/Stockholm");

    @GET
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The caller as their access token describes them, with their actors and pending join requests")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Me me() {
        return service.me();
    }

    @GET
    @Path("/audit")
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The changes the caller made, newest first")
    public AuditPage myAudit(@QueryParam("limit") String limit, @QueryParam("cursor") @Size(max = 1000) String cursor) {
        return audit.mine(QueryParams.integer("limit", limit), cursor);
    }

    @GET
    @Path("/invitations")
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "How many unanswered invitations each actor the caller owns has, for the navigation's badge",
            description = "Collaboration invitations (answer them at /api/v1/collaborations/{id}/participants/{actorId}/accept or"
                    + " /decline) and co-organiser invitations (/api/v1/resources/{id}/co-organisers/{actorId}/accept or /decline)."
                    + " Every actor the caller owns is listed, with zeros where nothing waits.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MyInvitations invitations() {
        return service.invitations();
    }

    @GET
    @Path("/export")
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Everything stored about the caller, as one JSON file (GDPR Art. 15 and 20)",
            description = "Profile, memberships, join requests, what they created, API clients and webhooks they registered,"
                    + " their part in others' join requests and invitations, takedowns, idempotency keys and every audit entry"
                    + " (theirs, and others' that name them). Sent as a download: `Content-Disposition: attachment;"
                    + " filename=\"din-my-data-<yyyy-mm-dd>.json\"`, the date in Europe/Stockholm.")
    @APIResponse(responseCode = "200", description = "The caller's data",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"din-my-data-<yyyy-mm-dd>.json\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyDataExport.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An API client: it has no data of its own here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export() {
        MyDataExport export = myData.export();
        String date = export.exportedAt().atZoneSameInstant(PLATFORM_ZONE).toLocalDate().toString();
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"din-my-data-" + date + ".json\"")
                .build();
    }

    @GET
    @Path("/erasure")
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "What erasing the caller's account would do, with the confirmation it takes (GDPR Art. 17)",
            description = "`possible` is false while the caller is the only owner of an actor (`blockingActors`). Otherwise"
                    + " `confirmation` is a token for DELETE /api/v1/me, bound to the caller and valid for 10 minutes.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An API client: it has no account here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasurePlan erasure() {
        return myData.plan();
    }

    @DELETE
    @Authenticated
    @NoCache
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Erase the caller's account (GDPR Art. 17)",
            description = "Memberships end, join requests go, the person record goes, and every other reference to the person"
                    + " (audit entries among them) names one pseudonym `erased-<uuid>` instead, linked to nothing. The"
                    + " account is deleted in Keycloak before the database commits: when Keycloak cannot be reached, nothing"
                    + " changes (503). The erasure is audited as `person.erased` under the pseudonym.")
    @APIResponse(responseCode = "204", description = "Erased; the caller's tokens and sessions are no longer valid at Keycloak")
    @APIResponse(responseCode = "400", description = "`confirmation` missing (`required`), or not the caller's, or expired (`invalid`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An API client: it has no account here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Type `urn:din:problem:last-owner`: the caller is the only owner of the actors"
            + " in the extension `actors`; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = LastOwnerProblemOpenApi.NAME)))
    @APIResponse(responseCode = "503", description = "Keycloak could not be reached; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response erase(
            @Parameter(description = "The `confirmation` of GET /api/v1/me/erasure") @QueryParam("confirmation") @Size(max = 200) String confirmation) {
        myData.erase(confirmation);
        return Response.noContent().build();
    }
}
