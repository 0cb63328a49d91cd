package se.digitalimpactnorth.common.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Documents the {@code Idempotency-Key} header on every operation whose method is marked
 * {@link Idempotent}, found in the build's index, so that marking the method is all it takes.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApi implements OASFilter {

    private static final DotName IDEMPOTENT = DotName.createSimple(Idempotent.class);
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");

    static final String DESCRIPTION = "Makes a retry safe (IETF httpapi Idempotency-Key draft 07): a structured-field string"
            + " (`\"...\"`) or a bare token, 1–255 characters, unique per request you mean. A retry with the same key and body"
            + " gets the first response again (status, body, Location, ETag) without doing the work twice; the same key with"
            + " another body is 422; a retry while the first is still running is 409. Keys are kept 24 hours per client"
            + " (`DIN_IDEMPOTENCY_KEY_TTL`). Only successful responses are kept: after a 4xx or 5xx the key is free again.";

    private final IndexView index;

    public IdempotencyOpenApi(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (AnnotationInstance marked : index.getAnnotations(IDEMPOTENT)) {
            if (marked.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = marked.target().asMethod();
            String path = path(method);
            PathItem item = openAPI.getPaths().getPathItem(path);
            Operation operation = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(httpMethod(method)));
            if (operation == null) {
                throw new IllegalStateException("@Idempotent on " + method + ": no operation " + httpMethod(method) + " " + path);
            }
            if (operation.getParameters() == null || operation.getParameters().stream()
                    .noneMatch(p -> IdempotencyKeyHeader.NAME.equals(p.getName()))) {
                operation.addParameter(OASFactory.createParameter().name(IdempotencyKeyHeader.NAME).in(Parameter.In.HEADER)
                        .required(false).description(DESCRIPTION)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(IdempotencyKeyHeader.MAX_LENGTH + 2)));
            }
        }
    }

    private static String path(MethodInfo method) {
        AnnotationInstance onClass = method.declaringClass().declaredAnnotation(PATH);
        AnnotationInstance onMethod = method.annotation(PATH);
        String joined = "/" + (onClass == null ? "" : onClass.value().asString()) + "/" + (onMethod == null ? "" : onMethod.value().asString());
        String path = joined.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String httpMethod(MethodInfo method) {
        for (String verb : new String[] {"POST", "PUT", "PATCH", "DELETE", "GET"}) {
            if (method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + verb))) {
                return verb.toUpperCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException("@Idempotent on " + method + ", which is no JAX-RS operation");
    }
}
