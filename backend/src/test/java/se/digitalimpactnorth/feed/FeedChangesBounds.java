package se.digitalimpactnorth.feed;

/** FeedChanges' freshness bound for tests outside this package (the insights follow the same change counter). */
public final class FeedChangesBounds {
    private FeedChangesBounds() {}

    /** The longest a replica serves something that does not show a committed change: COALESCE_MS + TRUST_MS. */
    public static long staleMillis() {
        return FeedChanges.COALESCE_MS + FeedChanges.TRUST_MS;
    }
}
