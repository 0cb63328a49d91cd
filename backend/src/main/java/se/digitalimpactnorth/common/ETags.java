package se.digitalimpactnorth.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong ETags: from optimistic-lock versions (with the If-Match check that uses them) and from the
 * bytes of a rendered body (feeds, insights; with the If-None-Match check that uses those).
 */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag of a rendered body: the first 32 characters of its SHA-256 in base64url. */
    public static String ofBytes(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether If-None-Match names {@code etag} (weakly compared, RFC 9110 13.1.2) or is "*": then the answer is a 304. */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** An object the API versions for optimistic concurrency: its version is its ETag. */
    public interface Versioned {
        long version();
    }

    /** The response with {@code body} and its ETag, for every read or write that returns one versioned object. */
    public static Response withETag(Response.ResponseBuilder builder, Versioned body) {
        return builder.entity(body).header(HttpHeaders.ETAG, of(body.version())).build();
    }

    /** A missing If-Match is a 428; one that names no current version is a 412. */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag from your last GET, so that nobody's change is overwritten");
        }
        String current = of(version);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "Someone changed this since you read it (now " + current + "): read it again and redo your change");
    }
}
