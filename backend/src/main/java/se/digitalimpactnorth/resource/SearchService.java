package se.digitalimpactnorth.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.TextQuery;

/**
 * One search over active actors and public resources ({@link ResourcePolicy#PUBLIC_SQL}): PostgreSQL full text in Swedish and
 * English (stemmed, accent-insensitive, every word a prefix), or a trigram match on the name
 * for misspellings; ranked, with highlighted snippets.
 */
@ApplicationScoped
public class SearchService {

    /** The search's SQL, also run by the benchmark (bench/search) against pgbench: keep the two in step. */
    public static final String SQL = """
            with q as (select to_tsquery('din_sv', :tsq) || to_tsquery('din_en', :tsq) as query,
                              din_unaccent(lower(:raw)) as raw),
            hits as (
              select * from (
                select 'RESOURCE' as type, r.id, r.slug, r.title_sv, r.title_en, r.kind,
                       ts_rank(r.search, q.query)
                         + word_similarity(q.raw, din_unaccent(lower(coalesce(r.title_sv, '') || ' ' || coalesce(r.title_en, '')))) as score
                  from resource r, q
                 where (""" + ResourcePolicy.PUBLIC_SQL + """
                   ) and (r.search @@ q.query
                        or q.raw <% din_unaccent(lower(coalesce(r.title_sv, '') || ' ' || coalesce(r.title_en, ''))))
                union all
                select 'ACTOR', a.id, a.slug, a.name, a.name, a.kind,
                       ts_rank(a.search, q.query) + word_similarity(q.raw, din_unaccent(lower(a.name)))
                  from actor a, q
                 where a.status = 'ACTIVE'
                   and (a.search @@ q.query or q.raw <% din_unaccent(lower(a.name)))
              ) ranked
              order by score desc, id
              limit :limit
            )
            -- Snippets only for the hits returned: ts_headline is half the cost when run on every match.
            select h.type, cast(h.id as text), h.slug, h.title_sv, h.title_en, h.kind, h.score,
                   ts_headline('din_sv', din_html_escape(coalesce(r.summary_sv, r.summary_en, r.body_sv, r.body_en,
                       r.title_sv, r.title_en, a.description_sv, a.description_en, a.name)), q.query,
                       'StartSel=<mark>, StopSel=</mark>, MaxWords=25, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') as snippet
              from hits h
              cross join q
              left join resource r on h.type = 'RESOURCE' and r.id = h.id
              left join actor a on h.type = 'ACTOR' and a.id = h.id
             order by h.score desc, h.id
            """;

    @Inject
    EntityManager em;

    /** What a search hit is. */
    public enum HitType { ACTOR, RESOURCE }

    @Schema(name = "SearchHit", requiredProperties = {"type", "id", "slug", "title", "kind", "score"})
    public record SearchHit(
            HitType type,
            UUID id, String slug, se.digitalimpactnorth.common.LocalizedText title,
            @Schema(description = "The actor kind or resource kind") String kind,
            @Schema(description = "HTML: escaped text with the matches in <mark>") String snippet,
            double score) {}

    @Schema(name = "SearchResult", requiredProperties = "items")
    public record SearchResult(List<SearchHit> items) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchResult search(String q, Integer limit) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalidField(new FieldError("q", FieldError.REQUIRED, "is required"));
        }
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 50) {
            throw ProblemException.invalidField(new FieldError("limit", FieldError.OUT_OF_RANGE, "must be between 1 and 50",
                    FieldError.Params.range(1, 50)));
        }
        String tsquery = TextQuery.prefixQuery(q);
        if (tsquery == null) {
            return new SearchResult(List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter("tsq", tsquery)
                .setParameter("raw", String.join(" ", TextQuery.words(q)))
                .setParameter("limit", size)
                .getResultList();
        return new SearchResult(rows.stream().map(row -> new SearchHit(HitType.valueOf((String) row[0]), UUID.fromString((String) row[1]),
                (String) row[2], "ACTOR".equals(row[0]) ? new se.digitalimpactnorth.common.LocalizedText((String) row[3], null)
                        : new se.digitalimpactnorth.common.LocalizedText((String) row[3], (String) row[4]),
                (String) row[5], (String) row[7], ((Number) row[6]).doubleValue())).toList());
    }
}
