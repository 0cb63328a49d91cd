package se.digitalimpactnorth.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Parses query parameters so that a bad value is a 400 naming the parameter, not JAX-RS's 404. */
public final class QueryParams {
    private QueryParams() {}

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.invalidField(new Problem.FieldError(name, Problem.FieldError.NOT_ONE_OF,
                    "must be one of " + String.join(", ", allowed), Problem.FieldError.Params.allowed(allowed)));
        }
    }

    /**
     * A date (2026-03-29, the start of that day in Europe/Stockholm) or a date-time with offset;
     * a 400 naming the parameter for anything else, 2025-02-30 included.
     */
    public static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(STOCKHOLM).toOffsetDateTime();
            }
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(new Problem.FieldError(name, Problem.FieldError.INVALID_FORMAT,
                    "must be a date (2026-03-29) or a date-time with offset (2026-03-29T10:00:00+02:00)"));
        }
    }

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(new Problem.FieldError(name, Problem.FieldError.WRONG_TYPE,
                    "must be a whole number", Problem.FieldError.Params.expected("integer")));
        }
    }
}
