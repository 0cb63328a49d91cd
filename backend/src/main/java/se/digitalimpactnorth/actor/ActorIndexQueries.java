package se.digitalimpactnorth.actor;

import com.google.gson.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import se.digitalimpactnorth.common.IndexLists;
import se.digitalimpactnorth.common.SqlLists.Page;
import se.digitalimpactnorth.search.SearchFields;
import se.digitalimpactnorth.search.TextMatch;

/**
 * The public actor list (the active actors) on the search index, by name: the same filters and
 * cursor paging as the moderators' lists in SQL. The index holds only active actors, so no filter
 * here says so.
 */
@ApplicationScoped
class ActorIndexQueries {

    @Inject
    SearchSession search;

    /** One page of ids, by name then id, and the next cursor. */
    Page list(ActorFilter filter, int size, String cursor) {
        List<JsonObject> hits = search.search(Actor.class).extension(ElasticsearchExtension.get())
                .select(f -> f.jsonHit())
                .where(f -> where(f, filter))
                .sort(f -> f.field(SearchFields.NAME_SORT).asc().then().field(SearchFields.ID_SORT).asc())
                .requestTransformer(IndexLists.request(List.of(), IndexLists.afterKeyAndId(cursor)))
                // The page needs no total: one more hit than the page says whether there is a next one.
                .totalHitCountThreshold(size + 1)
                .fetchHits(size + 1);
        return IndexLists.page(hits, size, IndexLists::keyAndIdCursor);
    }

    private static PredicateFinalStep where(SearchPredicateFactory f, ActorFilter filter) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().must(f.matchAll());
        if (filter.sector() != null) {
            all.filter(f.match().field(SearchFields.SECTOR).matching(filter.sector().name()));
        }
        if (filter.kind() != null) {
            all.filter(f.match().field(SearchFields.KIND).matching(filter.kind().name()));
        }
        if (filter.municipality() != null) {
            all.filter(f.match().field(SearchFields.MUNICIPALITY).matching(filter.municipality()));
        }
        if (filter.county() != null) {
            all.filter(f.match().field(SearchFields.COUNTY).matching(filter.county()));
        }
        if (filter.technologyArea() != null) {
            all.filter(f.match().field(SearchFields.TECHNOLOGY_AREAS).matching(filter.technologyArea()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            all.must(TextMatch.of(f, filter.q()));
        }
        return all;
    }
}
