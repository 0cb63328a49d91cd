package se.digitalimpactnorth.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Index names: {@code <prefix><index>-000001} behind two aliases, {@code <prefix><index>-read} and
 * {@code <prefix><index>-write}. Queries use the read alias and indexing the write alias, so a
 * reindex can build {@code -000002} beside the live index and swap the aliases when it is done
 * ({@link SearchIndexes#reindex}). The prefix ({@code DIN_SEARCH_INDEX_PREFIX}) lets several
 * environments, or parallel test runs, share one cluster.
 */
@SearchExtension
public class SearchIndexLayout implements IndexLayoutStrategy {

    private static final Pattern GENERATION = Pattern.compile("(.+)-(\\d{6})");

    @ConfigProperty(name = "din.search.index-prefix")
    String prefix;

    @Override
    public String createInitialElasticsearchIndexName(String index) {
        return generation(index, 1);
    }

    @Override
    public String createWriteAlias(String index) {
        return prefix + index + "-write";
    }

    @Override
    public String createReadAlias(String index) {
        return prefix + index + "-read";
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        String name = elasticsearchIndexName.startsWith(prefix) ? elasticsearchIndexName.substring(prefix.length()) : elasticsearchIndexName;
        Matcher m = GENERATION.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    /** The name of the n-th index built for {@code index}. */
    public String generation(String index, int n) {
        return prefix + index + "-" + String.format("%06d", n);
    }

    /** A pattern matching every generation built for {@code index} (and nothing of another index). */
    public String generations(String index) {
        return prefix + index + "-0*";
    }

    /** Which generation an index name is, or 0 when it is not one of ours. */
    public int generationOf(String index, String elasticsearchIndexName) {
        Matcher m = GENERATION.matcher(elasticsearchIndexName);
        return m.matches() && m.group(1).equals(prefix + index) ? Integer.parseInt(m.group(2)) : 0;
    }
}
