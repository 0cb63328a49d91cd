package se.digitalimpactnorth.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.Problem.FieldError.Params;
import se.digitalimpactnorth.common.validation.FieldErrorCode;

/**
 * Builds field errors with their stable codes from what failed: a constraint annotation (Bean
 * Validation) or the type Jackson could not read a value as. Codes come from the annotation's
 * kind, never from its message, so a reworded message changes no client.
 */
final class FieldErrors {
    private FieldErrors() {}

    static FieldError ofViolation(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        String message = violation.getMessage();
        FieldErrorCode declared = constraint.annotationType().getAnnotation(FieldErrorCode.class);
        if (declared != null) {
            return new FieldError(field, declared.value(), message);
        }
        return switch (constraint) {
            case NotNull ignored -> new FieldError(field, FieldError.REQUIRED, message);
            case NotBlank ignored -> new FieldError(field, FieldError.REQUIRED, message);
            case NotEmpty ignored -> new FieldError(field, FieldError.REQUIRED, message);
            case Size size -> size(field, message, size, violation.getInvalidValue());
            case Min min -> new FieldError(field, FieldError.OUT_OF_RANGE, message, Params.range(min.value(), null));
            case Max max -> new FieldError(field, FieldError.OUT_OF_RANGE, message, Params.range(null, max.value()));
            case DecimalMin min -> new FieldError(field, FieldError.OUT_OF_RANGE, message, Params.range(new BigDecimal(min.value()), null));
            case DecimalMax max -> new FieldError(field, FieldError.OUT_OF_RANGE, message, Params.range(null, new BigDecimal(max.value())));
            case Pattern ignored -> new FieldError(field, FieldError.PATTERN, message);
            case Email ignored -> new FieldError(field, FieldError.INVALID_EMAIL, message);
            default -> new FieldError(field, FieldError.INVALID, message);
        };
    }

    /** Text is counted in characters (too-long, too-short), lists and maps in items (too-many, too-few). */
    private static FieldError size(String field, String message, Size size, Object value) {
        int count = switch (value) {
            case CharSequence text -> text.length();
            case Collection<?> items -> items.size();
            case Map<?, ?> entries -> entries.size();
            case null -> 0;
            default -> value.getClass().isArray() ? Array.getLength(value) : 0;
        };
        boolean over = count > size.max();
        boolean text = value instanceof CharSequence;
        String code = text ? (over ? FieldError.TOO_LONG : FieldError.TOO_SHORT) : (over ? FieldError.TOO_MANY : FieldError.TOO_FEW);
        return new FieldError(field, code, message, over ? Params.range(null, size.max()) : Params.range(size.min(), null));
    }

    static FieldError unknownField(String field) {
        return new FieldError(field, FieldError.UNKNOWN_FIELD, "unknown field");
    }

    /**
     * A JSON value Jackson could not read as the field's type: outside an enum's values, another
     * JSON type than a number or boolean, or text of the wrong form (a date, a UUID).
     */
    static FieldError unreadableValue(String field, String message, Class<?> target) {
        if (target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
            return new FieldError(field, FieldError.NOT_ONE_OF, message, Params.allowed(allowed));
        }
        if (JacksonConfig.isControlCharacterFault(message)) {
            return new FieldError(field, FieldError.CONTROL_CHARACTERS, message);
        }
        String expected = jsonType(target);
        if (expected == null || expected.equals("string")) {
            return new FieldError(field, FieldError.INVALID_FORMAT, message);
        }
        return new FieldError(field, FieldError.WRONG_TYPE, message, Params.expected(expected));
    }

    /** A value of the wrong JSON shape (an object for a string, a list for a number). */
    static FieldError wrongShape(String field, String message, Class<?> target) {
        String expected = jsonType(target);
        return new FieldError(field, FieldError.WRONG_TYPE, message, expected == null ? null : Params.expected(expected));
    }

    /** The JSON type a Java type is read from; null when unknown. Dates, ids and the like are strings. */
    static String jsonType(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "integer";
        }
        if ((type.isPrimitive() && type != boolean.class) || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "object";
        }
        return "string";
    }
}
