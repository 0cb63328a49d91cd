package se.digitalimpactnorth.common;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchRequestTransformer;
import se.digitalimpactnorth.common.SqlLists.Page;

/**
 * The search-index machinery of the public lists (resources, collaborations, actors), the
 * counterpart of {@link SqlLists}: facet filters and facet counts as OpenSearch JSON, the post
 * filter that lets one request return both the page and the facets, and cursor paging with
 * {@code search_after}. Each list's own filters and facets stay in its feature's
 * {@code *IndexQueries} class.
 *
 * <p>How one request answers a list with facets: the query holds the filters no facet ignores;
 * the filters a facet ignores (its own) go into {@code post_filter}, which narrows the hits but not
 * the aggregations; each facet is then a {@code filter} aggregation holding the other facets'
 * filters, around a {@code terms} aggregation that counts.
 */
public final class IndexLists {

    /** More buckets than any vocabulary has values (290 municipalities), so a facet lists them all. */
    private static final int MAX_BUCKETS = 1000;

    private IndexLists() {}

    /** A filter on a keyword field: the value exactly. */
    public static JsonObject term(String field, String value) {
        JsonObject term = new JsonObject();
        term.addProperty(field, value);
        return wrap("term", term);
    }

    /** A filter on a number field: at least {@code min}. */
    public static JsonObject atLeast(String field, int min) {
        JsonObject bound = new JsonObject();
        bound.addProperty("gte", min);
        JsonObject range = new JsonObject();
        range.add(field, bound);
        return wrap("range", range);
    }

    /** Every filter must hold; no filter matches everything. */
    public static JsonObject allOf(Collection<JsonObject> filters) {
        if (filters.isEmpty()) {
            return wrap("match_all", new JsonObject());
        }
        JsonArray clauses = new JsonArray();
        filters.forEach(clauses::add);
        JsonObject bool = new JsonObject();
        bool.add("filter", clauses);
        return wrap("bool", bool);
    }

    /**
     * A facet as an aggregation: the counts by {@code field} of the hits {@code filters} leave
     * (on top of the query). Read its answer with {@link #counts}.
     */
    public static JsonObject facet(String field, Collection<JsonObject> filters) {
        JsonObject terms = new JsonObject();
        terms.addProperty("field", field);
        terms.addProperty("size", MAX_BUCKETS);
        JsonObject aggs = new JsonObject();
        aggs.add("values", wrap("terms", terms));
        JsonObject facet = new JsonObject();
        facet.add("filter", allOf(filters));
        facet.add("aggs", aggs);
        return facet;
    }

    /** The filters of {@code all} but the one named {@code own}: what a facet counts among. */
    public static List<JsonObject> except(Map<String, JsonObject> all, String own) {
        List<JsonObject> others = new ArrayList<>();
        all.forEach((name, filter) -> {
            if (!name.equals(own)) {
                others.add(filter);
            }
        });
        return others;
    }

    /** The answer of a {@link #facet}: the counts by value, largest first, then by value (as the SQL lists order them). */
    public static Map<String, Long> counts(JsonObject facet) {
        List<Map.Entry<String, Long>> buckets = new ArrayList<>();
        for (JsonElement bucket : facet.getAsJsonObject("values").getAsJsonArray("buckets")) {
            JsonObject b = bucket.getAsJsonObject();
            buckets.add(Map.entry(b.get("key").getAsString(), b.get("doc_count").getAsLong()));
        }
        buckets.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> counts = new LinkedHashMap<>();
        buckets.forEach(b -> counts.put(b.getKey(), b.getValue()));
        return counts;
    }

    /**
     * Adds to the request Hibernate Search builds what its DSL does not say: the post filter (the
     * filters that facets ignore, see the class comment) and where the page starts.
     *
     * @param postFilters narrow the hits only, not the facets
     * @param searchAfter the sort values of the last hit of the previous page, or null for the first page
     */
    public static ElasticsearchSearchRequestTransformer request(Collection<JsonObject> postFilters, JsonArray searchAfter) {
        return context -> {
            if (!postFilters.isEmpty()) {
                context.body().add("post_filter", allOf(postFilters));
            }
            if (searchAfter != null) {
                context.body().add("search_after", searchAfter);
            }
        };
    }

    /**
     * The page of hits fetched with one more than {@code size} (so that no count is needed to know
     * whether there is a next page). Every list sorts by id last: the last sort value is the id, and
     * the cursor of the next page is made of the last hit's sort values by {@code cursorOf}.
     */
    public static Page page(List<JsonObject> hits, int size, Function<JsonArray, String> cursorOf) {
        boolean more = hits.size() > size;
        List<JsonObject> page = more ? hits.subList(0, size) : hits;
        List<UUID> ids = page.stream().map(hit -> {
            JsonArray sort = hit.getAsJsonArray("sort");
            return UUID.fromString(sort.get(sort.size() - 1).getAsString());
        }).toList();
        return new Page(ids, more ? cursorOf.apply(page.getLast().getAsJsonArray("sort")) : null);
    }

    // --- Cursors: the same opaque format as the SQL lists (Cursor), read into search_after values ---

    /** The cursor of a list sorted by a time (as the index gives it: epoch milliseconds) then id. */
    public static String timeAndIdCursor(JsonArray sort) {
        Instant at = Instant.ofEpochMilli(sort.get(0).getAsLong());
        return Cursor.encode(at.atOffset(ZoneOffset.UTC).toString(), sort.get(sort.size() - 1).getAsString());
    }

    /** The search_after of a {@link #timeAndIdCursor}, or null without a cursor; a bad cursor is a 400. */
    public static JsonArray afterTimeAndId(String cursor) {
        if (cursor == null) {
            return null;
        }
        Cursor.TimeAndId after = Cursor.decodeTimeAndId(cursor);
        JsonArray values = new JsonArray();
        values.add(after.at().toInstant().toEpochMilli());
        values.add(after.id().toString());
        return values;
    }

    /** The cursor of a list sorted by a keyword (a name) then id. */
    public static String keyAndIdCursor(JsonArray sort) {
        return Cursor.encode(sort.get(0).getAsString(), sort.get(sort.size() - 1).getAsString());
    }

    /** The search_after of a {@link #keyAndIdCursor}, or null without a cursor; a bad cursor is a 400. */
    public static JsonArray afterKeyAndId(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> after = Cursor.decode(cursor);
        JsonArray values = new JsonArray();
        values.add(new JsonPrimitive(after.get(0)));
        values.add(Ids.require(after.get(1), "cursor").toString());
        return values;
    }

    private static JsonObject wrap(String name, JsonObject body) {
        JsonObject wrapper = new JsonObject();
        wrapper.add(name, body);
        return wrapper;
    }
}
