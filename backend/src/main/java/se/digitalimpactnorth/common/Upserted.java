package se.digitalimpactnorth.common;

/**
 * What an upsert by external id did, and the object as it now stands ({@code view} carries the
 * version behind the ETag). {@link Outcome#unchanged} wrote nothing: no version, no audit entry.
 */
public record Upserted<V extends ETags.Versioned>(Outcome outcome, V view) {

    /** Lower case because these are the JSON values of a batch item's {@code outcome}. */
    public enum Outcome { created, updated, unchanged, failed }
}
