package se.digitalimpactnorth.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort key and id of the last item of a page, so the next page starts
 * after it whatever was inserted meanwhile. Clients must not read or build them.
 */
public final class Cursor {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Cursor() {}

    public static String encode(String sortKey, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortKey + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** [sortKey, id], or a 400 naming the cursor parameter. */
    public static List<String> decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = raw.lastIndexOf('\u0000');
            if (split < 0) {
                throw new IllegalArgumentException();
            }
            return List.of(raw.substring(0, split), raw.substring(split + 1));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    new Problem.FieldError("cursor", Problem.FieldError.INVALID_FORMAT, "is not a cursor this API gave out"));
        }
    }

    /** A cursor of a list sorted by time then id. */
    public record TimeAndId(OffsetDateTime at, UUID id) {}

    /** The time and id a cursor was made of, or a 400 naming the cursor parameter. */
    public static TimeAndId decodeTimeAndId(String cursor) {
        List<String> after = decode(cursor);
        try {
            return new TimeAndId(OffsetDateTime.parse(after.get(0)), UUID.fromString(after.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    new Problem.FieldError("cursor", Problem.FieldError.INVALID_FORMAT, "is not a cursor this API gave out"));
        }
    }

    /** The page size asked for: default 20, between 1 and 100, else a 400. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField(new Problem.FieldError("limit", Problem.FieldError.OUT_OF_RANGE,
                    "must be between 1 and " + MAX_LIMIT, Problem.FieldError.Params.range(1, MAX_LIMIT)));
        }
        return limit;
    }
}
