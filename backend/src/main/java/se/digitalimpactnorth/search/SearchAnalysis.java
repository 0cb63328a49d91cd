package se.digitalimpactnorth.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * How text is cut into terms, at indexing and at query time. Swedish and English each get their
 * stemmer, then accent folding (after stemming, since the Swedish stemmer knows ä and ö): so
 * "testbadd" finds "testbäddar". Swedish uses the light stemmer: the Snowball one also drops one
 * of two final consonants inside a long word ("testbädd" → "testbad") but not in a short one
 * ("bädd" stays), so a compound's head would no longer match its own word. Two more analyses
 * serve a search box:
 * <ul>
 *   <li>{@code din_prefix}: every prefix (2 to 20 letters) of every word, for type-ahead; the query
 *       side ({@code din_folded}) is the plain word, so "norrsk" is one exact term lookup.</li>
 *   <li>{@code din_suffix}: every ending (3 letters or more) of every stemmed word. Swedish writes
 *       compounds as one word with the head last ("testbädd", "innovationsmiljö"), so the endings
 *       let "bädd" find "testbädd" with one exact term, where trigrams would match any word that
 *       shares three letters (measured in the issue note: fewer false hits, smaller index).</li>
 * </ul>
 */
@SearchExtension
public class SearchAnalysis implements ElasticsearchAnalysisConfigurer {

    public static final String SWEDISH = "din_sv";
    public static final String ENGLISH = "din_en";
    public static final String PREFIX = "din_prefix";
    public static final String SUFFIX = "din_suffix";
    /** The query side of {@link #PREFIX}: lower-cased and folded, whole words. */
    public static final String FOLDED = "din_folded";
    /** The query side of {@link #SUFFIX}: the Swedish analysis without the endings. */
    public static final String SWEDISH_FOLDED = "din_sv_folded";
    /** Keywords sorted by name: lower-cased and folded. */
    public static final String SORT = "din_sort";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("din_sv_stemmer").type("stemmer").param("language", "light_swedish");
        context.tokenFilter("din_en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("din_en_stemmer").type("stemmer").param("language", "english");
        context.tokenFilter("din_prefixes").type("edge_ngram").param("min_gram", 2).param("max_gram", 20);
        context.tokenFilter("din_endings").type("edge_ngram").param("min_gram", 3).param("max_gram", 30);

        context.analyzer(SWEDISH).custom().tokenizer("standard").tokenFilters("lowercase", "din_sv_stemmer", "asciifolding");
        context.analyzer(ENGLISH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "din_en_possessive", "din_en_stemmer", "asciifolding");
        context.analyzer(PREFIX).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding", "din_prefixes");
        context.analyzer(FOLDED).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        // Endings: reverse the word, take its prefixes, reverse each back.
        context.analyzer(SUFFIX).custom().tokenizer("standard")
                .tokenFilters("lowercase", "din_sv_stemmer", "asciifolding", "reverse", "din_endings", "reverse");
        context.analyzer(SWEDISH_FOLDED).custom().tokenizer("standard").tokenFilters("lowercase", "din_sv_stemmer", "asciifolding");
        context.normalizer(SORT).custom().tokenFilters("lowercase", "asciifolding");
    }
}
