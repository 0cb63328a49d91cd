package se.digitalimpactnorth.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digitalimpactnorth.changes.ChangeDtos.ChangeItem;
import se.digitalimpactnorth.changes.ChangeDtos.ChangeList;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.ratelimit.RateLimited;

/** The changes feed: what entered, changed in or left public view, for integrators' syncs. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "Every change of public data since a cursor, deletions included")
public class ChangesEndpoint {

    @Inject
    ChangeLog changes;

    @GET
    @RateLimited
    @Operation(summary = "Changes of public resources, actors and collaborations since a cursor, oldest first",
            description = "Follow nextCursor: a consumer that does never misses a change, also when writers commit "
                    + "out of order. Without since, from the oldest change kept (the retention, 30 days by default). "
                    + "A cursor older than that is 410: resync from the lists.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "400", description = "A cursor this API did not give out, an unknown type, or a bad limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the changes kept: resync from the lists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = RateLimited.TOO_MANY, headers = @Header(name = "Retry-After",
            description = "Seconds until the window ends", schema = @Schema(type = SchemaType.INTEGER)))
    public ChangeList list(
            @Parameter(description = "nextCursor of an earlier answer") @QueryParam("since") String since,
            @Parameter(description = "Comma-separated: resource, actor, collaboration (default all)")
                    @QueryParam("types") String types,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
                    @QueryParam("limit") String limit) {
        Integer n = QueryParams.integer("limit", limit);
        ChangePage page = changes.read(since == null || since.isEmpty() ? null : since, types(types),
                n == null ? ChangeLog.DEFAULT_LIMIT : n);
        return new ChangeList(page.items().stream().map(ChangeItem::of).toList(), page.nextCursor(), page.hasMore());
    }

    private static Set<ChangeType> types(String types) {
        Set<ChangeType> wanted = EnumSet.noneOf(ChangeType.class);
        if (types == null) {
            return wanted;
        }
        List<String> allowed = Arrays.stream(ChangeType.values()).map(ChangeType::wire).toList();
        for (String part : types.split(",", -1)) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(name)) {
                throw ProblemException.invalidField(new Problem.FieldError("types", Problem.FieldError.NOT_ONE_OF,
                        "must be a comma-separated list of " + String.join(", ", allowed),
                        Problem.FieldError.Params.allowed(allowed)));
            }
            wanted.add(ChangeType.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        return wanted;
    }
}
