package se.digitalimpactnorth.common;

import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds problem responses for {@link ProblemMappers}. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return of(type, type.status(), detail, instance, errors);
    }

    /** For an HTTP status that has no type of its own, {@code status} differs from the type's. */
    public static Response of(ProblemType type, int status, String detail, String instance,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(type.uri(), type.title(), status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * The problem response with RFC 9457 extension members added to its body: the {@link Problem}'s
     * own members (those that are set, as Jackson writes them), then the extensions.
     */
    public static Response withExtensions(Response problem, Map<String, Object> extensions) {
        if (extensions.isEmpty() || !(problem.getEntity() instanceof Problem body)) {
            return problem;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        for (RecordComponent component : Problem.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(body);
                if (value != null) {
                    members.put(component.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        extensions.forEach(members::putIfAbsent);
        return Response.fromResponse(problem).entity(members).build();
    }
}
