package se.digitalimpactnorth.common;

import java.util.Optional;
import java.util.UUID;

/** Object ids are UUIDs; public pages also take a slug, so parsing one may fail quietly. */
public final class Ids {
    private Ids() {}

    public static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id, or a 400 naming the field. */
    public static UUID require(String value, String field) {
        return parse(value).orElseThrow(() -> ProblemException.invalidField(
                new Problem.FieldError(field, Problem.FieldError.INVALID_FORMAT, "is not a valid id")));
    }
}
