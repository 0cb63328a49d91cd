package se.digitalimpactnorth.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists only in the test build: lets the error tests reach each failure on purpose. */
@Path("/api/v1/test-only")
@Produces(MediaType.APPLICATION_JSON)
public class TestOnlyEndpoint {

    public record Sample(@NotBlank @Size(max = 10) String name, @Max(9) int trl) {}

    @GET
    @Operation(hidden = true)
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail in se.digitalimpactnorth.Secret");
    }

    @GET
    @Operation(hidden = true)
    @Path("/admins")
    @RolesAllowed("admin")
    public String admins() {
        return "{}";
    }

    @GET
    @Operation(hidden = true)
    @Path("/domain")
    public String domain() {
        throw new ProblemException(ProblemType.CONFLICT, "The slug is taken");
    }

    @POST
    @Operation(hidden = true)
    @Path("/samples")
    @Consumes(MediaType.APPLICATION_JSON)
    public Sample echo(@Valid Sample sample) {
        return sample;
    }

    /** Any JSON object: reaches the nesting-depth limit, which no typed body of the API can. */
    @POST
    @Operation(hidden = true)
    @Path("/trees")
    @Consumes(MediaType.APPLICATION_JSON)
    public java.util.Map<String, Object> tree(java.util.Map<String, Object> tree) {
        return tree;
    }
}
