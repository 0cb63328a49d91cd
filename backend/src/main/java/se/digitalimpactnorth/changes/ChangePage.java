package se.digitalimpactnorth.changes;

import java.util.List;

/**
 * A page of changes in feed order. {@code nextCursor} is always set: read again with it for what
 * comes after (also when {@code hasMore} is false, to poll).
 */
public record ChangePage(List<Change> items, String nextCursor, boolean hasMore) {}
