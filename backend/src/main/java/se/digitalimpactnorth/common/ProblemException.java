package se.digitalimpactnorth.common;

import java.util.List;
import java.util.Map;

/** A domain error that the API reports as a problem of a stable {@link ProblemType}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    /**
     * A problem whose body carries RFC 9457 extension members besides the standard ones (the
     * actors that block an erasure); their names must not be those of {@link Problem}'s fields.
     */
    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ProblemException invalidField(String field, String message) {
        return invalidField(new Problem.FieldError(field, message));
    }

    /** A validation problem about one field, with its stable code (see {@link Problem.FieldError}). */
    public static ProblemException invalidField(Problem.FieldError error) {
        return new ProblemException(ProblemType.VALIDATION, error.field() + ": " + error.message(), List.of(error));
    }
}
