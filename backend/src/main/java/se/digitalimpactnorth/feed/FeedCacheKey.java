package se.digitalimpactnorth.feed;

/**
 * What a feed request means, parsed and normalised: the feed cache's key. Two kinds of feed share
 * one cache, one change listener and one set of HTTP rules: the resource feeds ({@link FeedKey})
 * and the collaborations feed ({@link CollaborationFeedKey}). Both are records, so requests that
 * mean the same are equal keys.
 */
sealed interface FeedCacheKey permits FeedKey, CollaborationFeedKey {

    FeedFormat format();

    /** sv or en: the language of titles and summaries. */
    String lang();

    /** The canonical path and query, as FeedKey.canonicalPath describes. */
    String canonicalPath();

    /** The feed's title in its language. */
    String title();
}
