package se.digitalimpactnorth.search;

import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.common.TestTokens;

/**
 * What the search tests share: requests that skip the test-only settle filter (so that a test sees
 * the index as a client would, updated asynchronously by the outbox), polling with a deadline, and
 * words no other test writes.
 */
final class SearchRequests {

    private static final Logger LOG = Logger.getLogger(SearchRequests.class);

    /** Sent as "false", the test-only settle filter does not wait for the outbox before answering. */
    static final String SETTLE_HEADER = "X-Din-Test-Settle";

    private static final Random RANDOM = new Random();

    private SearchRequests() {}

    /** An anonymous request that sees the index as it is now (no settling). */
    static RequestSpecification unsettled() {
        return RestAssured.given().header(SETTLE_HEADER, "false");
    }

    /** A request as this person that sees the index as it is now. */
    static RequestSpecification unsettled(String subject, String... roles) {
        return TestTokens.as(subject, roles).header(SETTLE_HEADER, "false");
    }

    static RequestSpecification moderator() {
        return TestTokens.as("search-moderator", "member", "moderator");
    }

    /** The ids of the search hits for {@code q}, unsettled; empty when the search does not answer 200. */
    static List<String> searchIds(String q) {
        var response = unsettled().queryParam("q", q).queryParam("limit", 50).get("/api/v1/search");
        return response.statusCode() == 200 ? response.jsonPath().getList("items.id", String.class) : List.of();
    }

    /** The ids of a public list's first page for {@code q}, unsettled; empty when it does not answer 200. */
    static List<String> listIds(String path, String q) {
        var response = unsettled().queryParam("q", q).queryParam("limit", 100).get(path);
        return response.statusCode() == 200 ? response.jsonPath().getList("items.id", String.class) : List.of();
    }

    /**
     * Waits until {@code condition} holds, asking every 50 ms, for at most {@code max}; fails naming
     * {@code what} when it never does. Logs how long it took: the time an index update needs to reach
     * the results (the contract's target of 2 s is measured by the benchmark, not asserted here).
     */
    static Duration await(String what, Duration max, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                LOG.infof("search timing: %s after %d ms", what, took.toMillis());
                return took;
            }
            if (System.nanoTime() > deadline) {
                fail(what + ": not within " + max.toMillis() + " ms");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting until " + what);
            }
        }
    }

    /**
     * A made-up word of letters only (no digits, which analysers split or drop), so that a search
     * for it finds only what the test wrote, whatever other tests left in the shared database.
     */
    static String uniqueWord(String stem) {
        StringBuilder word = new StringBuilder(stem);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }
}
