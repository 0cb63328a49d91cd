package se.digitalimpactnorth.feed;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every feed's item has, whatever it lists ({@link FeedItem}, {@link CollaborationFeedItem}):
 * enough for an RSS or Atom entry, with a title that is never empty.
 */
interface FeedEntry {
    UUID id();

    String url();

    String kind();

    String title();

    String summary();

    OffsetDateTime published();

    OffsetDateTime updated();

    /** Title and summary for a calendar or a feed reader: never empty. */
    default String titleOrKind() {
        return title() == null || title().isBlank() ? kind() : title();
    }
}
