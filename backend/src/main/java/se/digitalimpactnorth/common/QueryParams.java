package se.digitalimpactnorth.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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
            throw ProblemException.invalidField(name, "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number");
        }
    }
}
