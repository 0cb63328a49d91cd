package se.digitalimpactnorth.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import se.digitalimpactnorth.common.Ids;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.feed.FeedRequests.Feed;
import se.digitalimpactnorth.resource.ResourceDtos.AccessCondition;
import se.digitalimpactnorth.resource.ResourceFilter;
import se.digitalimpactnorth.resource.ResourceKind;
import se.digitalimpactnorth.resource.ResourceStatus;

/**
 * What a feed request means, parsed and normalised: the feed cache's key, and the one place the
 * canonical URL echoed in feed bodies comes from. Two requests that mean the same (parameters in
 * another order, a repeated actor, "EN" for "en", limit=050, a date as a date-time at midnight in
 * Stockholm, defaults spelt out) get equal keys, hence one cache entry, one body and one ETag.
 * Anything the key does not hold cannot reach the body: the Host header, unknown parameters (a
 * 400), parameter spelling.
 */
record FeedKey(Feed feed, FeedFormat format, String layout, ResourceKind kind, List<UUID> actors, String municipality,
        String county, String tag, String technologyArea, Integer sdg, AccessCondition access, Instant from, Instant to,
        boolean fromGiven, boolean toGiven, int limit, String lang) implements FeedCacheKey {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_ACTORS = 20;
    static final String DEFAULT_LAYOUT = "list";
    private static final Set<String> LAYOUTS = Set.of("list", "cards", "compact");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The query parameters every feed takes; the embed pages take layout too. */
    static final Set<String> FEED_PARAMETERS = Set.of("actor", "municipality", "county", "tag", "technologyArea", "sdg", "kind",
            "access", "from", "to", "limit", "lang");
    static final Set<String> EMBED_PARAMETERS = union(FEED_PARAMETERS, "layout");

    /**
     * Parses a request's query. Unknown parameters are a 400 naming them, not ignored: ignoring
     * them would still let a misspelt filter (municipalty=2480) pass as an unfiltered feed that
     * looks right, and the API answers every other bad parameter with a 400 too. A parameter
     * other than actor given twice is a 400 (which one would count?). Empty values mean "not given".
     *
     * @param layout null for feeds; for embed pages the layout is one of the parameters
     */
    static FeedKey parse(Feed feed, FeedFormat format, Map<String, List<String>> query, LocalDate today) {
        boolean embed = format == FeedFormat.HTML;
        Set<String> known = embed ? EMBED_PARAMETERS : FEED_PARAMETERS;
        refuseUnknown(query, known, Set.of("actor"));

        ResourceKind kind = switch (feed) {
            case EVENTS -> only(ResourceKind.EVENT, value(query, "kind"));
            case TESTBEDS -> only(ResourceKind.TESTBED, value(query, "kind"));
            case RESOURCES -> QueryParams.enumValue(ResourceKind.class, "kind", value(query, "kind"));
        };
        String municipality = value(query, "municipality");
        if (municipality != null && !municipality.matches("[0-9]{4}")) {
            throw ProblemException.invalidField("municipality", "must be a four-digit SCB municipality code");
        }
        String county = value(query, "county");
        if (county != null && !county.matches("[0-9]{2}")) {
            throw ProblemException.invalidField("county", "must be a two-digit SCB county code");
        }
        // Tags are stored trimmed, lower case, with single spaces (Tags.normalise): so is the filter.
        String tag = value(query, "tag");
        tag = tag == null ? null : tag.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (tag != null && tag.length() > 60) {
            throw ProblemException.invalidField("tag", "is too long");
        }
        // Technology area codes are lower case by the vocabulary's own check.
        String area = value(query, "technologyArea");
        area = area == null ? null : area.toLowerCase(Locale.ROOT);
        if (area != null && area.length() > 60) {
            throw ProblemException.invalidField("technologyArea", "is too long");
        }
        Integer sdg = QueryParams.integer("sdg", value(query, "sdg"));
        if (sdg != null && (sdg < 1 || sdg > 17)) {
            throw ProblemException.invalidField("sdg", "must be between 1 and 17");
        }
        // In the order of their text, as a reader of the canonical URL expects (UUID's own order is signed).
        TreeSet<UUID> actors = new TreeSet<>(java.util.Comparator.comparing(UUID::toString));
        for (String a : query.getOrDefault("actor", List.of())) {
            actors.add(Ids.require(a.trim(), "actor"));
        }
        if (actors.size() > MAX_ACTORS) {
            throw ProblemException.invalidField("actor", "at most " + MAX_ACTORS + " actors");
        }
        AccessCondition access = QueryParams.enumValue(AccessCondition.class, "access", value(query, "access"));

        OffsetDateTime from = QueryParams.dateTime("from", value(query, "from"));
        OffsetDateTime to = QueryParams.dateTime("to", value(query, "to"));
        boolean fromGiven = from != null;
        boolean toGiven = to != null;
        Instant fromAt = null;
        Instant toAt = null;
        if (kind == ResourceKind.EVENT || fromGiven || toGiven) {
            // The start of today, not now: the same request renders the same bytes all day, on every replica.
            fromAt = fromGiven ? from.toInstant() : today.atStartOfDay(STOCKHOLM).toInstant();
            toAt = toGiven ? to.toInstant() : ZonedDateTime.ofInstant(fromAt, STOCKHOLM).plusMonths(6).toInstant();
            if (!toAt.isAfter(fromAt)) {
                throw ProblemException.invalidField("to", "must be after from");
            }
            if (toAt.isAfter(fromAt.atOffset(ZoneOffset.UTC).plusYears(2).toInstant())) {
                throw ProblemException.invalidField("to", "must be at most two years after from");
            }
        }

        int limit = limit(query);
        String lang = lang(query);
        String layout = null;
        if (embed) {
            String l = value(query, "layout");
            layout = l == null ? DEFAULT_LAYOUT : l.toLowerCase(Locale.ROOT);
            if (!LAYOUTS.contains(layout)) {
                throw ProblemException.invalidField("layout", "must be list, cards or compact");
            }
        }
        return new FeedKey(feed, format, layout, kind, List.copyOf(actors), municipality, county, tag, area, sdg, access,
                fromAt, toAt, fromGiven, toGiven, limit, lang);
    }

    /** The limit parameter of every feed: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
    static int limit(Map<String, List<String>> query) {
        String limitText = value(query, "limit");
        int limit = limitText == null ? DEFAULT_LIMIT : QueryParams.integer("limit", limitText);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** The lang parameter of every feed: sv (when absent) or en, any case. */
    static String lang(Map<String, List<String>> query) {
        String lang = value(query, "lang");
        lang = lang == null ? "sv" : lang.toLowerCase(Locale.ROOT);
        if (!lang.equals("sv") && !lang.equals("en")) {
            throw ProblemException.invalidField("lang", "must be sv or en");
        }
        return lang;
    }

    /** Ends every feed's canonical query: limit and lang, each left out at its default. */
    static void addLimitAndLang(StringJoiner q, int limit, String lang) {
        add(q, "limit", limit == DEFAULT_LIMIT ? null : Integer.toString(limit));
        add(q, "lang", lang.equals("sv") ? null : lang);
    }

    /**
     * A 400 naming every parameter that is not one of {@code known}, and every one given more than
     * once that is not {@code repeatable}; shared by every feed.
     */
    static void refuseUnknown(Map<String, List<String>> query, Set<String> known, Set<String> repeatable) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : query.entrySet()) {
            if (!known.contains(p.getKey())) {
                unknown.add(new Problem.FieldError(p.getKey(), Problem.FieldError.UNKNOWN_FIELD, "is not a parameter of this feed"));
            } else if (!repeatable.contains(p.getKey()) && p.getValue().size() > 1) {
                unknown.add(new Problem.FieldError(p.getKey(), Problem.FieldError.TOO_MANY, "is given more than once"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Unknown or repeated query parameters: "
                    + String.join(", ", unknown.stream().map(Problem.FieldError::field).toList()), unknown);
        }
    }

    /** The filter the resource feature runs. */
    ResourceFilter filter() {
        return new ResourceFilter(kind, null, actors, municipality, county, technologyArea, sdg, tag,
                from == null ? null : from.atOffset(ZoneOffset.UTC), to == null ? null : to.atOffset(ZoneOffset.UTC),
                access, ResourceStatus.PUBLISHED, null);
    }

    @Override
    public String title() {
        return (lang.equals("en") ? feed.titleEn : feed.titleSv) + " – Digital Impact North";
    }

    /**
     * The canonical path and query of this feed: parameters in one fixed order, each value in its
     * normal form, defaults left out, so it names exactly this key and is the same on every replica
     * whatever the request looked like. A JSON Feed has no extension of its own: it is the path
     * without one (and Accept: application/feed+json).
     */
    @Override
    public String canonicalPath() {
        String path = switch (feed) {
            case EVENTS -> "events";
            case TESTBEDS -> "testbeds";
            case RESOURCES -> "resources";
        };
        String base = format == FeedFormat.HTML ? "/embed/v1/" + path
                : "/feeds/v1/" + path + (format.extension == null ? "" : format.extension);
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        for (UUID actor : actors) {
            add(q, "actor", actor.toString());
        }
        add(q, "kind", feed == Feed.RESOURCES && kind != null ? kind.name() : null);
        add(q, "municipality", municipality);
        add(q, "county", county);
        add(q, "tag", tag);
        add(q, "technologyArea", technologyArea);
        add(q, "sdg", sdg == null ? null : sdg.toString());
        add(q, "access", access == null ? null : access.name());
        add(q, "from", fromGiven ? dateText(from) : null);
        add(q, "to", toGiven ? dateText(to) : null);
        addLimitAndLang(q, limit, lang);
        add(q, "layout", layout == null || layout.equals(DEFAULT_LAYOUT) ? null : layout);
        return base + q;
    }

    /** A date when the instant is the start of a day in Stockholm (as a date parameter means), else UTC. */
    private static String dateText(Instant at) {
        ZonedDateTime local = at.atZone(STOCKHOLM);
        LocalDate day = local.toLocalDate();
        return day.atStartOfDay(STOCKHOLM).toInstant().equals(at) ? day.toString() : at.toString();
    }

    static void add(StringJoiner q, String name, String value) {
        if (value != null) {
            // A space as %20, and ':' as itself (a query may hold it): date-times stay readable.
            q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":"));
        }
    }

    /** The single value of a parameter, trimmed; null when absent or blank. */
    static String value(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.getFirst() == null || values.getFirst().isBlank()) {
            return null;
        }
        return values.getFirst().strip();
    }

    /** The events and testbeds feeds take kind only as their own kind (the widget may send it). */
    private static ResourceKind only(ResourceKind own, String given) {
        ResourceKind k = QueryParams.enumValue(ResourceKind.class, "kind", given);
        if (k != null && k != own) {
            throw ProblemException.invalidField("kind", "this feed has only " + own.name());
        }
        return own;
    }

    private static Set<String> union(Set<String> a, String b) {
        Set<String> s = new java.util.HashSet<>(a);
        s.add(b);
        return Set.copyOf(s);
    }
}
