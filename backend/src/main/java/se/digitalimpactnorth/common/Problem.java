package se.digitalimpactnorth.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: the one shape every error of the API takes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", examples = "urn:din:problem:validation") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "For validation problems: the fields at fault") List<FieldError> errors,
        @Schema(description = """
                The request's id, also sent as the `X-Request-Id` response header: the incoming \
                `X-Request-Id` when it matches `^[A-Za-z0-9._:-]{1,128}$`, else one the API made up. \
                Quote it when reporting a problem: the API's log lines of the request carry it.""",
                examples = "5f0c6a9e-3b1d-4c35-9d2e-8f7a61b2c4d0") String requestId) {

    /** A problem of the request being handled: it carries that request's id ({@link RequestIds}). */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, RequestIds.current());
    }

    /**
     * One field that failed validation, named by its JSON path (`name`, `address.city`, `county`),
     * with a stable machine {@code code} (and the {@code params} its message needs) that clients map
     * to their own words, and an English {@code message} for people reading the raw response.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError", requiredProperties = {"field", "code", "message"})
    public record FieldError(
            @Schema(description = "The field's JSON path, or the query parameter's name", examples = "event.end") String field,
            @Schema(description = """
                    Stable machine code of what is wrong; clients localise by it and treat a code they do not \
                    know as `invalid` (showing `message`). `required`: missing or blank; `too-long`, `too-short`: \
                    text over `max` or under `min` characters; `too-many`, `too-few`: a list over `max` or under \
                    `min` items; `out-of-range`: a number below `min` or above `max` (either or both given); \
                    `pattern`: text not of the required form; `invalid-url`: not an absolute http(s) URL; \
                    `invalid-email`; `invalid-org-number`: not a Swedish organisation number; \
                    `invalid-format`: a date, time, id or cursor that cannot be read; `wrong-type`: JSON of \
                    another type (`expected` says which); `not-one-of`: a value outside `allowed`; \
                    `unknown-field`: a field the operation does not take; `control-characters`: line breaks \
                    or other control characters in single-line text; `taken`: unique, and already in use; \
                    `invalid`: anything else (the message says what).""",
                    examples = "too-long") String code,
            @Schema(description = "What is wrong, in English") String message,
            @Schema(description = "The values the code's message needs, when it needs any") Params params) {

        public static final String REQUIRED = "required";
        public static final String TOO_LONG = "too-long";
        public static final String TOO_SHORT = "too-short";
        public static final String TOO_MANY = "too-many";
        public static final String TOO_FEW = "too-few";
        public static final String OUT_OF_RANGE = "out-of-range";
        public static final String PATTERN = "pattern";
        public static final String INVALID_URL = "invalid-url";
        public static final String INVALID_EMAIL = "invalid-email";
        public static final String INVALID_ORG_NUMBER = "invalid-org-number";
        public static final String INVALID_FORMAT = "invalid-format";
        public static final String WRONG_TYPE = "wrong-type";
        public static final String NOT_ONE_OF = "not-one-of";
        public static final String UNKNOWN_FIELD = "unknown-field";
        public static final String CONTROL_CHARACTERS = "control-characters";
        public static final String TAKEN = "taken";
        /** No more precise code: the message says what is wrong. */
        public static final String INVALID = "invalid";

        /** A field error whose message is its only explanation (code {@value #INVALID}). */
        public FieldError(String field, String message) {
            this(field, INVALID, message, null);
        }

        public FieldError(String field, String code, String message) {
            this(field, code, message, null);
        }

        /** The values a field error's message is built from; only those the code uses are present. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(name = "FieldErrorParams")
        public record Params(
                @Schema(description = "The least length, count or value allowed") BigDecimal min,
                @Schema(description = "The greatest length, count or value allowed") BigDecimal max,
                @Schema(description = "For `not-one-of`: the values allowed") List<String> allowed,
                @Schema(description = "For `wrong-type`: `string`, `number`, `integer`, `boolean`, `object` or `array`") String expected) {

            public static Params range(Number min, Number max) {
                return new Params(decimal(min), decimal(max), null, null);
            }

            public static Params allowed(List<String> values) {
                return new Params(null, null, List.copyOf(values), null);
            }

            public static Params expected(String type) {
                return new Params(null, null, null, type);
            }

            private static BigDecimal decimal(Number n) {
                return n == null ? null : n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
            }
        }
    }

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
