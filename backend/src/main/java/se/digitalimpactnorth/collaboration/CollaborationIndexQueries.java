package se.digitalimpactnorth.collaboration;

import com.google.gson.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationFacets;
import se.digitalimpactnorth.common.IndexLists;
import se.digitalimpactnorth.common.SqlLists.Page;
import se.digitalimpactnorth.search.SearchFields;
import se.digitalimpactnorth.search.TextMatch;

/**
 * The public collaboration directory on the search index: the same filters, facets, order and
 * cursors as the SQL of {@link CollaborationQueries}, answered by one OpenSearch request. The
 * index holds only public collaborations ({@link CollaborationPolicy#isPublic}), so no filter here
 * says so.
 */
@ApplicationScoped
class CollaborationIndexQueries {

    private static final String KIND = "kind";
    private static final String STATUS = "status";
    private static final String SECTOR = "sector";
    private static final String SDG = "sdg";
    private static final String TECHNOLOGY_AREA = "technologyArea";
    private static final String KNOWLEDGE_AREA = "knowledgeArea";
    private static final String MUNICIPALITY = "municipality";
    private static final String COUNTY = "county";
    private static final String CROSSES = "crosses";
    private static final String SCORE = "score";

    /**
     * Each facet and the field it counts, in the order of {@link CollaborationFacets}. A facet named
     * as a single-valued filter ignores that filter; sector and crosses are filters that must all
     * hold, so they are in the query and their facets keep them (say how many remain with one more).
     */
    private static final Map<String, String> FACET_FIELDS = facetFields();

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(KIND, SearchFields.KIND);
        fields.put(STATUS, SearchFields.STATUS);
        fields.put(SECTOR, SearchFields.SECTORS);
        fields.put(SDG, SearchFields.SDGS);
        fields.put(TECHNOLOGY_AREA, SearchFields.TECHNOLOGY_AREAS);
        // By research area (level 1): every code's first digit.
        fields.put(KNOWLEDGE_AREA, SearchFields.KNOWLEDGE_TOP);
        fields.put(MUNICIPALITY, SearchFields.MUNICIPALITIES);
        fields.put(COUNTY, SearchFields.COUNTIES);
        fields.put(CROSSES, SearchFields.CROSSES);
        fields.put(SCORE, SearchFields.BOUNDARY_SCORE);
        return fields;
    }

    @Inject
    SearchSession search;

    /** One page of ids, the next cursor, and the facets. */
    record Result(Page page, CollaborationFacets facets) {}

    Result list(CollaborationFilter filter, int size, String cursor) {
        Map<String, JsonObject> facetFilters = facetFilters(filter);
        Map<String, AggregationKey<JsonObject>> keys = new LinkedHashMap<>();
        FACET_FIELDS.keySet().forEach(name -> keys.put(name, AggregationKey.of(name)));

        var query = search.search(Collaboration.class).extension(ElasticsearchExtension.get())
                .select(f -> f.jsonHit())
                .where(f -> where(f, filter))
                // Newest first: published (else created) time, then id, both descending.
                .sort(f -> f.field(SearchFields.SORT_AT).desc().then().field(SearchFields.ID_SORT).desc());
        for (Map.Entry<String, AggregationKey<JsonObject>> facet : keys.entrySet()) {
            // A facet ignores its own filter; sector and crosses have none here (they are in the query).
            JsonObject aggregation = IndexLists.facet(FACET_FIELDS.get(facet.getKey()), IndexLists.except(facetFilters, facet.getKey()));
            query = query.aggregation(facet.getValue(), f -> f.fromJson(aggregation));
        }
        ElasticsearchSearchResult<JsonObject> result = query
                .requestTransformer(IndexLists.request(facetFilters.values(), IndexLists.afterTimeAndId(cursor)))
                // The page needs no total: one more hit than the page says whether there is a next one.
                .totalHitCountThreshold(size + 1)
                .fetch(size + 1);

        Page page = IndexLists.page(result.hits(), size, IndexLists::timeAndIdCursor);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        keys.forEach((name, key) -> counts.put(name, IndexLists.counts(result.aggregation(key))));
        CollaborationFacets facets = new CollaborationFacets(counts.get(KIND), counts.get(STATUS), counts.get(SECTOR), counts.get(SDG),
                counts.get(TECHNOLOGY_AREA), counts.get(KNOWLEDGE_AREA), counts.get(MUNICIPALITY), counts.get(COUNTY), counts.get(CROSSES),
                counts.get(SCORE));
        return new Result(page, facets);
    }

    /** The filters no facet ignores, and the words. */
    private static PredicateFinalStep where(SearchPredicateFactory f, CollaborationFilter filter) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().must(f.matchAll());
        if (filter.actor() != null) {
            // The participants that count (the index holds only those).
            all.filter(f.match().field(SearchFields.ACTOR_IDS).matching(filter.actor().toString()));
        }
        for (Sector sector : filter.sectors()) {
            all.filter(f.match().field(SearchFields.SECTORS).matching(sector.name()));
        }
        for (Boundary boundary : filter.crosses()) {
            all.filter(f.match().field(SearchFields.CROSSES).matching(boundary.name()));
        }
        // The period [start, end or open] overlaps [from, to].
        if (filter.to() != null) {
            all.filter(f.range().field(SearchFields.START_DATE).atMost(filter.to()));
        }
        if (filter.from() != null) {
            all.filter(f.or(
                    f.range().field(SearchFields.END_DATE).atLeast(filter.from()),
                    f.not(f.exists().field(SearchFields.END_DATE))));
        }
        if (filter.q() != null) {
            // The same text matching as the search.
            all.must(TextMatch.of(f, filter.q()));
        }
        return all;
    }

    /** The filters a facet ignores (its own), by facet name, for those given. */
    private static Map<String, JsonObject> facetFilters(CollaborationFilter filter) {
        Map<String, JsonObject> filters = new LinkedHashMap<>();
        if (filter.kind() != null) {
            filters.put(KIND, IndexLists.term(SearchFields.KIND, filter.kind().name()));
        }
        if (filter.status() != null) {
            filters.put(STATUS, IndexLists.term(SearchFields.STATUS, filter.status().name()));
        }
        if (filter.sdg() != null) {
            filters.put(SDG, IndexLists.term(SearchFields.SDGS, filter.sdg().toString()));
        }
        if (filter.technologyArea() != null) {
            filters.put(TECHNOLOGY_AREA, IndexLists.term(SearchFields.TECHNOLOGY_AREAS, filter.technologyArea()));
        }
        if (filter.knowledgeArea() != null) {
            // Every code is indexed with its ancestors: an area or a group matches what lies below it.
            filters.put(KNOWLEDGE_AREA, IndexLists.term(SearchFields.KNOWLEDGE_AREAS, filter.knowledgeArea()));
        }
        if (filter.municipality() != null) {
            filters.put(MUNICIPALITY, IndexLists.term(SearchFields.MUNICIPALITIES, filter.municipality()));
        }
        if (filter.county() != null) {
            filters.put(COUNTY, IndexLists.term(SearchFields.COUNTIES, filter.county()));
        }
        if (filter.minScore() != null) {
            filters.put(SCORE, IndexLists.atLeast(SearchFields.BOUNDARY_SCORE, filter.minScore()));
        }
        return filters;
    }
}
