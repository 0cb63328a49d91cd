package se.digitalimpactnorth.resource;

import com.google.gson.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import se.digitalimpactnorth.common.IndexLists;
import se.digitalimpactnorth.common.SqlLists.Page;
import se.digitalimpactnorth.resource.ResourceDtos.Facets;
import se.digitalimpactnorth.search.SearchFields;
import se.digitalimpactnorth.search.TextMatch;

/**
 * The public resource list (published, as the public sees it) on the search index: the same
 * filters, facets, order and cursors as {@link ResourceQueries} has in SQL for the other lists,
 * answered by one OpenSearch request. The index holds only what the public may see, so no filter
 * here says so. Facets are the fields a facet counts: each one ignores its own filter.
 */
@ApplicationScoped
class ResourceIndexQueries {

    private static final String KIND = "kind";
    private static final String FAMILY = "family";
    private static final String TECHNOLOGY_AREA = "technologyArea";
    private static final String SDG = "sdg";
    private static final String MUNICIPALITY = "municipality";

    /** Each facet's name (as the filter a facet ignores is named) and the field it counts. */
    private static final Map<String, String> FACET_FIELDS = Map.of(
            KIND, SearchFields.KIND,
            FAMILY, SearchFields.FAMILY,
            TECHNOLOGY_AREA, SearchFields.TECHNOLOGY_AREAS,
            SDG, SearchFields.SDGS,
            MUNICIPALITY, SearchFields.MUNICIPALITY);

    @Inject
    SearchSession search;

    /** One page of ids, the next cursor, and the facets. */
    record Result(Page page, Facets facets) {}

    Result list(ResourceFilter filter, int size, String cursor) {
        boolean byDate = filter.from() != null;
        Map<String, JsonObject> facetFilters = facetFilters(filter);
        Map<String, AggregationKey<JsonObject>> keys = new LinkedHashMap<>();
        FACET_FIELDS.keySet().forEach(name -> keys.put(name, AggregationKey.of(name)));

        var query = search.search(Resource.class).extension(ElasticsearchExtension.get())
                .select(f -> f.jsonHit())
                .where(f -> where(f, filter))
                .sort(f -> byDate ? soonest(f, filter) : newest(f));
        for (Map.Entry<String, AggregationKey<JsonObject>> facet : keys.entrySet()) {
            JsonObject aggregation = IndexLists.facet(FACET_FIELDS.get(facet.getKey()), IndexLists.except(facetFilters, facet.getKey()));
            query = query.aggregation(facet.getValue(), f -> f.fromJson(aggregation));
        }
        ElasticsearchSearchResult<JsonObject> result = query
                .requestTransformer(IndexLists.request(facetFilters.values(), IndexLists.afterTimeAndId(cursor)))
                // The page needs no total: one more hit than the page says whether there is a next one.
                .totalHitCountThreshold(size + 1)
                .fetch(size + 1);

        Page page = IndexLists.page(result.hits(), size, IndexLists::timeAndIdCursor);
        Facets facets = new Facets(
                IndexLists.counts(result.aggregation(keys.get(KIND))),
                IndexLists.counts(result.aggregation(keys.get(FAMILY))),
                IndexLists.counts(result.aggregation(keys.get(TECHNOLOGY_AREA))),
                IndexLists.counts(result.aggregation(keys.get(SDG))),
                IndexLists.counts(result.aggregation(keys.get(MUNICIPALITY))));
        return new Result(page, facets);
    }

    /** The filters no facet ignores, and the words. */
    private static PredicateFinalStep where(SearchPredicateFactory f, ResourceFilter filter) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().must(f.matchAll());
        if (!filter.actors().isEmpty()) {
            // The publisher or a co-organiser that accepted (the index holds only those).
            all.filter(f.terms().field(SearchFields.ACTOR_IDS).matchingAny(filter.actors().stream().map(UUID::toString).toList()));
        }
        if (filter.county() != null) {
            all.filter(f.match().field(SearchFields.COUNTY).matching(filter.county()));
        }
        if (filter.tag() != null) {
            all.filter(f.match().field(SearchFields.TAGS).matching(filter.tag()));
        }
        if (filter.access() != null) {
            all.filter(f.match().field(SearchFields.ACCESS).matching(filter.access().name()));
        }
        if (filter.from() != null) {
            all.filter(f.nested(SearchFields.OCCURRENCES).add(inRange(f, filter.from(), filter.to())));
        }
        if (filter.q() != null) {
            // The same text matching as the search.
            all.must(TextMatch.of(f, filter.q()));
        }
        return all;
    }

    /** An occurrence in [from, to): it starts before the end and has not ended before the start. */
    private static PredicateFinalStep inRange(SearchPredicateFactory f, OffsetDateTime from, OffsetDateTime to) {
        return f.and(
                f.range().field(SearchFields.OCCURRENCE_STARTS_AT).lessThan(to.toInstant()),
                f.range().field(SearchFields.OCCURRENCE_ENDS_AT).atLeast(from.toInstant()));
    }

    /** The filters a facet ignores (its own), by facet name, for those given. */
    private static Map<String, JsonObject> facetFilters(ResourceFilter filter) {
        Map<String, JsonObject> filters = new LinkedHashMap<>();
        if (filter.kind() != null) {
            filters.put(KIND, IndexLists.term(SearchFields.KIND, filter.kind().name()));
        }
        if (filter.family() != null) {
            filters.put(FAMILY, IndexLists.term(SearchFields.FAMILY, filter.family().name()));
        }
        if (filter.technologyArea() != null) {
            filters.put(TECHNOLOGY_AREA, IndexLists.term(SearchFields.TECHNOLOGY_AREAS, filter.technologyArea()));
        }
        if (filter.sdg() != null) {
            filters.put(SDG, IndexLists.term(SearchFields.SDGS, filter.sdg().toString()));
        }
        if (filter.municipality() != null) {
            filters.put(MUNICIPALITY, IndexLists.term(SearchFields.MUNICIPALITY, filter.municipality()));
        }
        return filters;
    }

    /** Newest first, as the SQL lists: published (else created) time, then id, both descending. */
    private static SortFinalStep newest(SearchSortFactory f) {
        return f.field(SearchFields.SORT_AT).desc().then().field(SearchFields.ID_SORT).desc();
    }

    /** With a date range: the soonest occurrence in the range first, then id. */
    private static SortFinalStep soonest(SearchSortFactory f, ResourceFilter filter) {
        return f.field(SearchFields.OCCURRENCE_STARTS_AT).asc().mode(SortMode.MIN)
                .filter(p -> inRange(p, filter.from(), filter.to()))
                .then().field(SearchFields.ID_SORT).asc();
    }
}
