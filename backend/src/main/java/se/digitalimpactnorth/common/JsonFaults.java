package se.digitalimpactnorth.common;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Says in plain words why a body is not acceptable JSON (a limit, a duplicate field, something
 * after the value), for the problem's {@code detail}. Jackson's own messages name Java classes and
 * configuration switches, which never reach a client.
 */
final class JsonFaults {

    static final String OUT_OF_RANGE = "number out of range";

    private JsonFaults() {}

    /** The fault in the reading that failed, or null when nothing more precise than "wrong type" is known. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = describeOne(t);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String describeOne(Throwable t) {
        String message = t instanceof JacksonException j ? j.getOriginalMessage() : t.getMessage();
        message = message == null ? "" : message;
        if (t instanceof StreamConstraintsException) {
            // Which limit, by Jackson's wording; StrictJsonTest pins each of them.
            if (message.contains("nesting depth")) {
                return "nested deeper than " + JacksonConfig.MAX_DEPTH + " levels";
            }
            if (message.startsWith("Number value length")) {
                return "a number longer than " + JacksonConfig.MAX_NUMBER_LENGTH + " characters";
            }
            if (message.startsWith("String value length")) {
                return "a text longer than " + JacksonConfig.MAX_STRING_LENGTH + " characters";
            }
            if (message.startsWith("Name length")) {
                return "a field name longer than " + JacksonConfig.MAX_NAME_LENGTH + " characters";
            }
            return "a value over a size limit";
        }
        if (t instanceof InputCoercionException) {
            return OUT_OF_RANGE;
        }
        if (t instanceof InvalidNullException) {
            return "must not be null";
        }
        if (t instanceof MismatchedInputException) {
            if (message.startsWith("Trailing token")) {
                return "something follows the JSON value" + at(((MismatchedInputException) t).getLocation());
            }
            if (message.startsWith("No content to map")) {
                return "the body is empty";
            }
            return null;
        }
        if (t instanceof StreamReadException e) {
            if (message.startsWith("Duplicate field")) {
                return message.replace("Duplicate field", "the field") + " appears twice" + at(e.getLocation());
            }
            if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32")) {
                return "not valid UTF-8" + at(e.getLocation());
            }
            if (message.contains("expected close marker") || message.contains("end-of-input")) {
                return "it ends too early" + at(e.getLocation());
            }
            if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null
                    && parser.getParsingContext().inRoot() && parser.getParsingContext().getCurrentIndex() > 0) {
                return "something follows the JSON value" + at(e.getLocation());
            }
            return "unexpected content" + at(e.getLocation());
        }
        return null;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
