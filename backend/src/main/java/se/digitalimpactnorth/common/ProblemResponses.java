package se.digitalimpactnorth.common;

import jakarta.ws.rs.core.Response;
import java.util.List;

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
}
