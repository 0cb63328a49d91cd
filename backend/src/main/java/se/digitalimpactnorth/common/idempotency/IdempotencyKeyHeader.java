package se.digitalimpactnorth.common.idempotency;

import java.util.regex.Pattern;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;

/**
 * Reads the {@code Idempotency-Key} header. The draft makes it a Structured Field String
 * (RFC 8941: {@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}, printable ASCII in quotes, with
 * {@code \"} and {@code \\} escaped); a bare token ({@code 8e03978e-40d5-43e8-bc93-6894a57f9324},
 * what many clients send) is taken too. The key itself is 1 to 255 characters; parameters
 * ({@code ;a=b}) are refused, since none are defined.
 */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** RFC 8941 sf-token: a letter or '*', then tchar, ':' or '/'. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z*][A-Za-z0-9!#$%&'*+.^_`|~:/-]*");
    /** RFC 8941 sf-string: printable ASCII between quotes; only '"' and '\' are escaped. */
    private static final Pattern STRING = Pattern.compile("\"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\"\\\\])*\"");

    private IdempotencyKeyHeader() {}

    /** The key the header carries; a 400 problem when it is not one. */
    static String parse(String header) {
        String value = header.strip();
        String key;
        if (STRING.matcher(value).matches()) {
            key = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        } else if (TOKEN.matcher(value).matches()) {
            key = value;
        } else {
            throw refused("must be a structured-field string (\"...\", printable ASCII) or a token, without parameters");
        }
        if (key.isEmpty()) {
            throw refused("must not be empty");
        }
        if (key.length() > MAX_LENGTH) {
            throw refused("must be at most " + MAX_LENGTH + " characters");
        }
        return key;
    }

    private static ProblemException refused(String why) {
        return ProblemException.invalidField(new Problem.FieldError(NAME, Problem.FieldError.INVALID, why));
    }
}
