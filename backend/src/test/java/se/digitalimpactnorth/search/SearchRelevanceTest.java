package se.digitalimpactnorth.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorDemoData;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.collaboration.CollaborationDemoData;
import se.digitalimpactnorth.resource.ResourceDemoData;

/**
 * The judged relevance fixture: the queries of {@code search/relevance.tsv} (Swedish, English,
 * misspelt, prefixes, several words, organisation names, accent-folded, compound parts) against a
 * realistic corpus ({@code search/corpus.json} on top of the demo data), each with the hits that
 * must be among the first three. Every query is judged and every failure reported at once, with
 * the actual first three, so that tuning the ranking shows all it fixes and breaks.
 */
@QuarkusTest
@TestProfile(SearchRelevanceTest.OwnDatabase.class)
class SearchRelevanceTest {

    private static final Logger LOG = Logger.getLogger(SearchRelevanceTest.class);

    /**
     * A database and an index of their own (a profile restarts the application and its test
     * resources), so what other tests write cannot move the ranking.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Only to make this profile differ from the default one; the demo data stays off here (see judgedQueries).
            return Map.of("din.demo-data", "false");
        }
    }

    /** One line of relevance.tsv. */
    record Judgement(int line, String query, String mode, List<String> expected, String why) {

        static Judgement parse(int line, String text) {
            String[] columns = text.split("\t");
            if (columns.length != 4 || !List.of("all", "only").contains(columns[1])) {
                throw new IllegalArgumentException("relevance.tsv line " + line + ": want query, all|only, hits, why: " + text);
            }
            return new Judgement(line, columns[0], columns[1], Arrays.stream(columns[2].split(",")).map(String::trim).toList(),
                    columns[3]);
        }
    }

    /** One hit as the report names it. */
    record Hit(String id, String type, String slug, String title) {}

    @Inject
    Fixtures fixtures;

    @Inject
    ActorDemoData actorDemo;

    @Inject
    ResourceDemoData resourceDemo;

    @Inject
    CollaborationDemoData collaborationDemo;

    @Test
    @DisplayName("every judged query has its expected hits among the first three, and no hidden item is ever found")
    void judgedQueries() {
        long start = System.nanoTime();
        // The demo data as `./din up` loads it, through the same services, but once the application (and its
        // indexes) has started, so that what is judged is the ranking, not the order of start-up work.
        actorDemo.load();
        resourceDemo.load();
        collaborationDemo.load();
        RelevanceCorpus corpus = RelevanceCorpus.write(fixtures);
        LOG.infof("relevance corpus written through the API in %d ms", (System.nanoTime() - start) / 1_000_000);
        List<Judgement> judgements = judgements();
        assertTrue(judgements.size() >= 30, "the fixture judges at least 30 queries, not " + judgements.size());

        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        List<String> hidden = corpus.hiddenIds();
        for (Judgement j : judgements) {
            List<String> expectedIds = j.expected().stream().map(corpus::id).toList();
            // Settled (the default): the filter waits until the outbox has reached the index.
            var response = given().queryParam("q", j.query()).queryParam("limit", 20).get("/api/v1/search");
            List<Hit> hits = response.statusCode() != 200 ? List.of()
                    : response.jsonPath().getList("items", Map.class).stream()
                            .map(item -> new Hit((String) item.get("id"), (String) item.get("type"), (String) item.get("slug"), title(item))).toList();
            List<Hit> top = hits.subList(0, Math.min(3, hits.size()));
            List<String> topIds = top.stream().map(Hit::id).toList();
            List<String> problems = new ArrayList<>();
            if (response.statusCode() != 200) {
                problems.add("answered " + response.statusCode() + ": " + response.body().asString());
            }
            if (j.mode().equals("all")) {
                for (int i = 0; i < expectedIds.size(); i++) {
                    if (!topIds.contains(expectedIds.get(i))) {
                        int rank = hits.stream().map(Hit::id).toList().indexOf(expectedIds.get(i));
                        problems.add(j.expected().get(i) + (rank < 0 ? " not found at all" : " only at rank " + (rank + 1)));
                    }
                }
            } else {
                if (top.size() < Math.min(3, expectedIds.size())) {
                    problems.add("only " + top.size() + " hits");
                }
                top.stream().filter(h -> !expectedIds.contains(h.id())).forEach(h -> problems.add("unexpected " + name(corpus, h)));
            }
            hits.stream().filter(h -> hidden.contains(h.id())).forEach(h -> problems.add("HIDDEN item found: " + name(corpus, h)));

            String line = String.format("%-4s %-38s %-4s top 3: %s", problems.isEmpty() ? "ok" : "FAIL", "\"" + j.query() + "\"",
                    j.mode(), String.join(" | ", top.stream().map(h -> name(corpus, h)).toList()));
            report.append(line).append('\n');
            if (!problems.isEmpty()) {
                failures.add("line " + j.line() + " \"" + j.query() + "\" (" + j.mode() + " of " + String.join(", ", j.expected()) + ")\n"
                        + "    why: " + j.why() + "\n"
                        + "    problems: " + String.join("; ", problems) + "\n"
                        + "    actual top 3: " + String.join(" | ", top.stream().map(h -> name(corpus, h)).toList()));
            }
        }
        String summary = (judgements.size() - failures.size()) + " of " + judgements.size() + " judged queries pass";
        LOG.infof("search relevance: %s\n%s", summary, report);
        writeReport(summary + "\n\n" + report + "\n" + String.join("\n\n", failures) + "\n");
        assertTrue(failures.isEmpty(), summary + "; failing:\n\n" + String.join("\n\n", failures));
    }

    private static List<Judgement> judgements() {
        List<Judgement> judgements = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SearchRelevanceTest.class.getResourceAsStream("/search/relevance.tsv"), StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    judgements.add(Judgement.parse(line, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return judgements;
    }

    @SuppressWarnings("unchecked")
    private static String title(Map<String, Object> item) {
        Map<String, Object> title = (Map<String, Object>) item.get("title");
        Object sv = title == null ? null : title.get("sv");
        return String.valueOf(sv != null ? sv : title == null ? "" : title.get("en"));
    }

    private static String name(RelevanceCorpus corpus, Hit hit) {
        String key = corpus.key(hit.id());
        return (key != null ? key : hit.type().toLowerCase() + ":" + hit.slug()) + " \"" + hit.title() + "\"";
    }

    /** Also in target/, for reading the whole table after a run without digging in the log. */
    private static void writeReport(String text) {
        try {
            Files.writeString(Path.of("target", "search-relevance-report.txt"), text);
        } catch (IOException e) {
            LOG.warn("could not write target/search-relevance-report.txt", e);
        }
    }
}
