package se.digitalimpactnorth.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become RFC 9457 problems. Nothing else in the code builds error
 * responses, and nothing here ever puts a Java class name or a stack trace into a body.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.withExtensions(ProblemResponses.of(e.type(), e.getMessage(), uri.getPath(), e.errors()),
                e.extensions());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 1)
    public Response invalidParameters(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldErrors.ofViolation(fieldName(v), v))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return ProblemResponses.of(ProblemType.VALIDATION, detail, uri.getPath(), errors);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return ProblemResponses.of(ProblemType.VALIDATION, field + ": unknown field", uri.getPath(),
                List.of(FieldErrors.unknownField(field)));
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        Class<?> target = e.getTargetType();
        String message;
        if (target == String.class || JsonFaults.OUT_OF_RANGE.equals(e.getOriginalMessage())) {
            message = e.getOriginalMessage();
        } else if (target != null && target.isEnum()) {
            message = "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        } else {
            message = "expected " + (target == null ? "another type" : friendlyType(target));
        }
        return ProblemResponses.of(ProblemType.VALIDATION, field + ": " + message, uri.getPath(),
                List.of(FieldErrors.unreadableValue(field, message, target)));
    }

    private static String friendlyType(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type.getSimpleName();
    }

    /** Named apart from {@link #unreadableJson} because Quarkus maps this subtype itself otherwise. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String fault = JsonFaults.describe(e);
        if (field.isEmpty()) {
            return ProblemResponses.of(ProblemType.BAD_REQUEST,
                    fault == null ? "The body is not the JSON this operation takes" : "The body is not acceptable JSON: " + fault,
                    uri.getPath(), null);
        }
        String message = fault == null ? "wrong type or shape" : fault;
        Problem.FieldError error = JsonFaults.OUT_OF_RANGE.equals(fault)
                ? new Problem.FieldError(field, Problem.FieldError.OUT_OF_RANGE, message)
                : FieldErrors.wrongShape(field, message, e instanceof MismatchedInputException m ? m.getTargetType() : null);
        return ProblemResponses.of(ProblemType.VALIDATION, field + ": " + message, uri.getPath(), List.of(error));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.BAD_REQUEST, "The body is not well-formed JSON: " + JsonFaults.describe(e),
                uri.getPath(), null);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        String fault = JsonFaults.describe(e);
        return ProblemResponses.of(ProblemType.BAD_REQUEST,
                fault == null ? "The body could not be read as JSON" : "The body is not acceptable JSON: " + fault,
                uri.getPath(), null);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "You may not do this", uri.getPath(), null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, Request request) {
        Response original = e.getResponse();
        int status = original.getStatus();
        // Quarkus's JSON reader wraps what Jackson could not read in a bare 400: say what it was.
        if (status == 400 && e.getCause() instanceof JsonMappingException json) {
            return unreadableJson(json, uri);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return otherJson(json, uri);
        }
        if (status == 401) {
            return unauthorized(uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath();
            case 405 -> "This path does not take " + request.getMethod();
            case 406 -> "This path cannot answer in any of the media types the request accepts";
            case 415 -> "This path does not take that content type";
            default -> status >= 500 ? type.title() : e.getMessage();
        };
        return ProblemResponses.of(type, status, detail, uri.getPath(), null);
    }

    /**
     * An optimistic-lock failure (412) or a refusal by the database (unique 409, check 400), as
     * Hibernate reports them when a flush runs inside a service method.
     */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, UriInfo uri) {
        return DatabaseErrors.problemFor(e).map(p -> problem(p, uri)).orElseGet(() -> unexpected(e, uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // The same failures arrive wrapped when they surface at commit (RollbackException inside
        // ArcUndeclaredThrowableException): still the client's race, not our error.
        java.util.Optional<ProblemException> known = DatabaseErrors.problemFor(e);
        if (known.isPresent()) {
            return problem(known.get(), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri.getPath());
        return ProblemResponses.of(ProblemType.INTERNAL,
                "Something went wrong on our side; quote incident " + incident + " when you report it",
                uri.getPath(), null);
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHORIZED,
                        "This needs a valid bearer token in the Authorization header", uri.getPath(), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    static String fieldName(ConstraintViolation<?> violation) {
        // Parameter violations carry the Java method and parameter in their path; clients know
        // only the query parameter or JSON field, which is the last node.
        String last = null;
        StringBuilder bean = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
            if (node.getKind() == ElementKind.PROPERTY) {
                // A field of a list's element (funding[0].amountSek): the index sits on the field's node.
                if (node.isInIterable() && node.getIndex() != null) {
                    bean.append('[').append(node.getIndex()).append(']');
                }
                if (!bean.isEmpty()) {
                    bean.append('.');
                }
                bean.append(node.getName());
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                bean.append('[').append(node.getIndex()).append(']');
            }
        }
        return !bean.isEmpty() ? bean.toString() : last == null ? "" : last;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
