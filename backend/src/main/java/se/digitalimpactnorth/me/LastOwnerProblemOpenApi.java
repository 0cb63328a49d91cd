package se.digitalimpactnorth.me;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the 409 an erasure gets while the caller is the only owner of actors: the schema
 * {@code LastOwnerProblem}, every member of {@code Problem} (copied here, so it follows Problem as
 * Problem changes) plus the extension member {@code actors}. Not {@code allOf: [Problem, ...]}:
 * Problem's schema lists all its members and admits no others, and so must stay.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class LastOwnerProblemOpenApi implements OASFilter {

    static final String NAME = "LastOwnerProblem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        if (problem == null || problem.getProperties() == null) {
            return;
        }
        Schema lastOwner = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("A Problem (type `urn:din:problem:last-owner`) with the extension member `actors`");
        problem.getProperties().forEach(lastOwner::addProperty);
        lastOwner.addProperty("actors", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.ARRAY))
                .description("The actors whose only owner the caller is")
                .items(OASFactory.createSchema().ref("ErasureBlockingActor")));
        List<String> required = new ArrayList<>(problem.getRequired() == null ? List.of() : problem.getRequired());
        required.add("actors");
        lastOwner.required(required);
        openAPI.getComponents().addSchema(NAME, lastOwner);
    }
}
