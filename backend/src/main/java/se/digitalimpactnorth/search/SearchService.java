package se.digitalimpactnorth.search;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.collaboration.Collaboration;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.resource.Resource;

/**
 * One search over active actors, public resources and public collaborations, answered by the search
 * engine from its three indexes in one request: ranked by {@link TextMatch}, with HTML-safe snippets
 * whose matches are in {@code <mark>}. The indexes hold only what is public ({@link PublicOnly}).
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);
    private static final int SNIPPET_CHARS = 240;

    @Inject
    EntityManager em;

    @Inject
    @SearchExtension
    SearchIndexLayout layout;

    /** Logs each request sent to the engine (bench/search.sh replays them straight to OpenSearch). */
    @ConfigProperty(name = "din.search.log-queries", defaultValue = "false")
    boolean logQueries;

    /** What a search hit is. */
    public enum HitType { ACTOR, RESOURCE, COLLABORATION }

    @Schema(name = "SearchHit", requiredProperties = {"type", "id", "slug", "title", "kind", "score"})
    public record SearchHit(
            HitType type,
            UUID id, String slug, LocalizedText title,
            @Schema(description = "The actor kind, resource kind or collaboration kind") String kind,
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
        if (TextMatch.words(q).isEmpty()) {
            return new SearchResult(List.of());
        }
        SearchQuery<List<?>> query = Search.session(em).search(List.of(Actor.class, Resource.class, Collaboration.class))
                .select(f -> f.composite().from(
                        f.entityReference(), f.field(SearchFields.SLUG, String.class), f.field(SearchFields.DISPLAY_TITLE_SV, String.class),
                        f.field(SearchFields.DISPLAY_TITLE_EN, String.class), f.field(SearchFields.KIND, String.class),
                        f.field(SearchFields.SUMMARY, String.class), f.highlight(SearchFields.TEXT_SV),
                        f.highlight(SearchFields.TEXT_EN), f.score(), f.highlight(SearchFields.TITLE_SV),
                        f.highlight(SearchFields.TITLE_PREFIX)).asList())
                .where(f -> TextMatch.of(f, q))
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(120).numberOfFragments(2))
                .sort(f -> f.score().then().field(SearchFields.ID_SORT))
                .toQuery();
        if (logQueries) {
            LOG.infof("search request %s %s", indexes(), query.queryString().replace('\n', ' '));
        }
        return new SearchResult(query.fetchHits(size).stream().map(SearchService::hit).toList());
    }

    /** The read aliases one search asks, as the engine's URL names them. */
    private String indexes() {
        return Stream.of(SearchMapping.ACTOR, SearchMapping.RESOURCE, SearchMapping.COLLABORATION)
                .map(layout::createReadAlias).collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(List<?> row) {
        EntityReference ref = (EntityReference) row.get(0);
        HitType type = HitType.valueOf(ref.name().toUpperCase(Locale.ROOT));
        String titleSv = (String) row.get(2);
        String titleEn = (String) row.get(3);
        LocalizedText title = type == HitType.ACTOR ? new LocalizedText(titleSv, null) : new LocalizedText(titleSv, titleEn);
        // Words matched in the text make the best snippet; else the title with its matches (a name, a prefix typed).
        List<String> highlighted = firstNonEmpty(row, 6, 7);
        if (highlighted.isEmpty()) {
            // title_sv holds every title (both languages); title_prefix marks a word typed in part.
            highlighted = firstNonEmpty(row, 9, 10);
        }
        String snippet = highlighted.isEmpty() ? plainSnippet((String) row.get(5)) : String.join(" … ", highlighted);
        return new SearchHit(type, (UUID) ref.id(), (String) row.get(1), title, (String) row.get(4), snippet,
                ((Number) row.get(8)).doubleValue());
    }

    /** The fragments of the first of these highlight projections that has any, at most two. */
    @SuppressWarnings("unchecked")
    private static List<String> firstNonEmpty(List<?> row, int... columns) {
        for (int column : columns) {
            List<String> fragments = (List<String>) row.get(column);
            if (!fragments.isEmpty()) {
                return fragments.stream().distinct().limit(2).toList();
            }
        }
        return List.of();
    }

    /** The start of the summary, escaped, when no word of it matched (the title or a prefix did). */
    private static String plainSnippet(String summary) {
        if (summary == null) {
            return null;
        }
        String text = summary.strip();
        if (text.length() > SNIPPET_CHARS) {
            int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
            text = text.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + " …";
        }
        return escape(text);
    }

    /** Text as HTML text: the snippets are HTML, so what was typed in a summary must not become markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
