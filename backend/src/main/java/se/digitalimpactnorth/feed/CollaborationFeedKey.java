package se.digitalimpactnorth.feed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import se.digitalimpactnorth.collaboration.CollaborationFilter;

/**
 * A request for the collaborations feed, parsed and normalised: the collaboration list's own
 * filters (parsed by {@link CollaborationFilter#parse}, the one implementation of them), plus the
 * feed's limit and language. Like {@link FeedKey}: unknown parameters and single-valued ones given
 * twice are a 400, repeatable ones (sector, crosses) are sorted and deduplicated, so spellings of
 * one request share one cache entry, one body and one ETag.
 */
record CollaborationFeedKey(FeedFormat format, CollaborationFilter filter, int limit, String lang) implements FeedCacheKey {

    /** The formats of this feed: JSON (no extension or .json), Atom and JSON-LD. */
    static final Set<FeedFormat> FORMATS = Set.of(FeedFormat.JSON, FeedFormat.ATOM, FeedFormat.JSON_LD);

    static final Set<String> PARAMETERS = Set.of("q", "actor", "sector", "municipality", "county", "sdg", "technologyArea",
            "knowledgeArea", "kind", "status", "from", "to", "crosses", "minScore", "limit", "lang");
    private static final Set<String> REPEATABLE = Set.of("sector", "crosses");

    static CollaborationFeedKey parse(FeedFormat format, Map<String, List<String>> query) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("The collaborations feed has no " + format + " format");
        }
        FeedKey.refuseUnknown(query, PARAMETERS, REPEATABLE);
        CollaborationFilter parsed = CollaborationFilter.parse(FeedKey.value(query, "q"), FeedKey.value(query, "actor"),
                query.get("sector"), FeedKey.value(query, "municipality"), FeedKey.value(query, "county"),
                FeedKey.value(query, "sdg"), FeedKey.value(query, "technologyArea"), FeedKey.value(query, "knowledgeArea"),
                FeedKey.value(query, "kind"), FeedKey.value(query, "status"), FeedKey.value(query, "from"),
                FeedKey.value(query, "to"), query.get("crosses"), FeedKey.value(query, "minScore"));
        // "All must hold": their order means nothing, so it must not make another key.
        CollaborationFilter filter = new CollaborationFilter(parsed.q(), parsed.actor(),
                parsed.sectors().stream().distinct().sorted(Comparator.naturalOrder()).toList(), parsed.municipality(),
                parsed.county(), parsed.sdg(), parsed.technologyArea(), parsed.knowledgeArea(), parsed.kind(), parsed.status(),
                parsed.from(), parsed.to(), parsed.crosses().stream().distinct().sorted(Comparator.naturalOrder()).toList(),
                parsed.minScore());

        return new CollaborationFeedKey(format, filter, FeedKey.limit(query), FeedKey.lang(query));
    }

    @Override
    public String title() {
        return (lang.equals("en") ? "Collaborations" : "Samverkan") + " – Digital Impact North";
    }

    /** The canonical path and query: parameters in one fixed order, normal values, defaults left out. */
    @Override
    public String canonicalPath() {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        FeedKey.add(q, "q", filter.q());
        FeedKey.add(q, "actor", filter.actor() == null ? null : filter.actor().toString());
        filter.sectors().forEach(s -> FeedKey.add(q, "sector", s.name()));
        FeedKey.add(q, "municipality", filter.municipality());
        FeedKey.add(q, "county", filter.county());
        FeedKey.add(q, "sdg", filter.sdg() == null ? null : filter.sdg().toString());
        FeedKey.add(q, "technologyArea", filter.technologyArea());
        FeedKey.add(q, "knowledgeArea", filter.knowledgeArea());
        FeedKey.add(q, "kind", filter.kind() == null ? null : filter.kind().name());
        FeedKey.add(q, "status", filter.status() == null ? null : filter.status().name());
        FeedKey.add(q, "from", filter.from() == null ? null : filter.from().toString());
        FeedKey.add(q, "to", filter.to() == null ? null : filter.to().toString());
        filter.crosses().forEach(b -> FeedKey.add(q, "crosses", b.name()));
        FeedKey.add(q, "minScore", filter.minScore() == null ? null : filter.minScore().toString());
        FeedKey.addLimitAndLang(q, limit, lang);
        return "/feeds/v1/collaborations" + (format.extension == null ? "" : format.extension) + q;
    }
}
