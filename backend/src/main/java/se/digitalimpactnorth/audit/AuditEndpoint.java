package se.digitalimpactnorth.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import se.digitalimpactnorth.audit.AuditService.AuditPage;
import se.digitalimpactnorth.common.QueryParams;

/** The audit trail: who changed what, when. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@NoCache
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit", description = "Who changed what, and when")
public class AuditEndpoint {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "The audit trail, newest first (moderators and admins)")
    public AuditPage all(
            @Parameter(description = "Only entries about this object (an actor id)") @QueryParam("objectId") @Size(max = 100) String objectId,
            @Parameter(description = "Only entries made by this person (token subject)") @QueryParam("subject") @Size(max = 255) String subject,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") @Size(max = 1000) String cursor) {
        return audit.all(objectId, subject, QueryParams.integer("limit", limit), cursor);
    }
}
