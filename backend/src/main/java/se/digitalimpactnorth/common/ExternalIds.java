package se.digitalimpactnorth.common;

import java.util.regex.Pattern;

/** An integrator's own id for a resource or collaboration, as the upsert endpoints take it in their path. */
public final class ExternalIds {

    /** Also the database's check (V14) and the contract's pattern: URL-safe without escaping. */
    public static final String REGEX = "[A-Za-z0-9._:~-]{1,200}";
    public static final String DESCRIPTION = "Your own id for it: 1–200 characters of `A-Z a-z 0-9 . _ : ~ -`;"
            + " unique per actor";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private ExternalIds() {}

    /** A 400 naming {@code field} unless {@code externalId} is well-formed. */
    public static String require(String externalId, String field) {
        if (externalId == null || !PATTERN.matcher(externalId).matches()) {
            throw ProblemException.invalidField(new Problem.FieldError(field, Problem.FieldError.PATTERN,
                    "must be 1–200 characters of A-Z a-z 0-9 . _ : ~ -"));
        }
        return externalId;
    }
}
