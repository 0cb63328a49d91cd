package se.digitalimpactnorth.common;

import java.util.List;

/** A domain error that the API reports as a problem of a stable {@link ProblemType}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ProblemException invalidField(String field, String message) {
        return invalidField(new Problem.FieldError(field, message));
    }

    /** A validation problem about one field, with its stable code (see {@link Problem.FieldError}). */
    public static ProblemException invalidField(Problem.FieldError error) {
        return new ProblemException(ProblemType.VALIDATION, error.field() + ": " + error.message(), List.of(error));
    }
}
