package se.digitalimpactnorth.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The problem of one item of a batch: what a single request with that item would have got (same
 * type, status, detail and field codes), with every field path prefixed by where the item sits in
 * the batch body ({@code items[3].}), so a client finds the field in what it sent.
 */
public final class ItemProblems {

    private static final Logger LOG = Logger.getLogger(ItemProblems.class);

    private ItemProblems() {}

    /** Bean Validation's violations of one item, as the field errors the global mapper would name (sorted by field). */
    public static List<Problem.FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> FieldErrors.ofViolation(ProblemMappers.fieldName(v), v))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
    }

    /** A validation problem made of {@code errors}, as the global mapper words it. */
    public static ProblemException validation(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION,
                errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")), errors);
    }

    /**
     * The problem for what one item threw. A refusal by the database (a unique index, a stale
     * version) becomes the problem a single request gets; anything unexpected is logged with an
     * incident id and reported as a 500 problem for that item only.
     */
    public static Problem of(Throwable e, String prefix, String instance) {
        ProblemException problem = e instanceof ProblemException p ? p
                : e instanceof ConstraintViolationException v ? validation(fieldErrors(v.getConstraintViolations()))
                : DatabaseErrors.problemFor(e).orElse(null);
        if (problem == null) {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(e, "Unexpected error %s in a batch item %s on %s", incident, prefix, instance);
            problem = new ProblemException(ProblemType.INTERNAL,
                    "Something went wrong on our side with this item; quote incident " + incident + " when you report it");
        }
        List<Problem.FieldError> errors = Optional.ofNullable(problem.errors()).orElse(List.of()).stream()
                .map(f -> new Problem.FieldError(prefix + f.field(), f.code(), f.message(), f.params())).toList();
        String detail = errors.isEmpty() ? problem.getMessage()
                : errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new Problem(problem.type().uri(), problem.type().title(), problem.type().status(), detail, instance,
                errors.isEmpty() ? null : errors);
    }

    /** {@code e} with each field path prefixed (a nested body: {@code resource.}); the same type and status. */
    public static ProblemException prefixed(ProblemException e, String prefix) {
        if (e.errors() == null || e.errors().isEmpty()) {
            return e;
        }
        List<Problem.FieldError> errors = e.errors().stream()
                .map(f -> new Problem.FieldError(prefix + f.field(), f.code(), f.message(), f.params())).toList();
        return new ProblemException(e.type(), errors.stream().map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining("; ")), errors);
    }
}
