package se.digitalimpactnorth.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.person.Person;
import se.digitalimpactnorth.resource.Resource;

/**
 * Exists only in the test build: failures that surface when the transaction commits (the flush
 * at commit), not inside the method, so they reach the mappers wrapped in the commit's exception.
 */
@Path("/api/v1/test-only/commit-failures")
@Produces(MediaType.APPLICATION_JSON)
public class CommitFailuresEndpoint {

    /** A second person with an existing subject, inserted only at commit. */
    @POST
    @Operation(hidden = true)
    @Path("/duplicate-person/{subject}")
    @Transactional
    public String duplicatePerson(@PathParam("subject") String subject) {
        Person twin = new Person();
        twin.subject = subject;
        twin.createdAt = java.time.OffsetDateTime.now();
        twin.updatedAt = twin.createdAt;
        twin.persist();
        return "{}";
    }

    /** The actor changes in another transaction after this one read it; this one's update runs at commit. */
    @POST
    @Operation(hidden = true)
    @Path("/stale-actor/{id}")
    @Transactional
    public String staleActor(@PathParam("id") UUID id) {
        Actor actor = Actor.findById(id);
        actor.name = "Changed by the slower transaction";
        QuarkusTransaction.requiringNew().run(() -> Actor.<Actor>findById(id).name = "Changed by the faster transaction");
        return "{}";
    }

    /** The same for a resource, whose update reads nothing back (it has no generated columns). */
    @POST
    @Operation(hidden = true)
    @Path("/stale-resource/{id}")
    @Transactional
    public String staleResource(@PathParam("id") UUID id) {
        Resource resource = Resource.findById(id);
        resource.titleSv = "Changed by the slower transaction";
        QuarkusTransaction.requiringNew().run(() -> Resource.<Resource>findById(id).titleSv = "Changed by the faster transaction");
        return "{}";
    }
}
