package se.digitalimpactnorth.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;

/**
 * A position in the change log: the (pos_xid, seq) of the last change a client has seen, as
 * opaque base64url. Clients must not read or build it; anything this class did not write is a 400.
 */
record ChangeCursor(long xid, long seq) {

    /** Before every change ever recorded. */
    static final ChangeCursor START = new ChangeCursor(0, 0);

    private static final Pattern FORM = Pattern.compile("c1\\.(0|[1-9][0-9]{0,18})\\.(0|[1-9][0-9]{0,18})");

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("c1." + xid + "." + seq).getBytes(StandardCharsets.US_ASCII));
    }

    boolean before(ChangeCursor other) {
        return xid < other.xid || (xid == other.xid && seq < other.seq);
    }

    static ChangeCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            Matcher m = FORM.matcher(raw);
            if (m.matches()) {
                ChangeCursor decoded = new ChangeCursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
                // Only the canonical spelling: padding or other variants of the same bytes are not ours.
                if (decoded.encode().equals(cursor)) {
                    return decoded;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64url, or a number out of range: the same answer as any other foreign text
        }
        throw invalid();
    }

    static ProblemException invalid() {
        return ProblemException.invalidField(new Problem.FieldError("since", Problem.FieldError.INVALID_FORMAT,
                "is not a cursor this API gave out"));
    }
}
