package se.digitalimpactnorth.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What the feed tests share that change rows behind the API's back (as an import or another
 * replica would) and then wait for the feed to show it.
 */
final class FeedUpdates {

    private FeedUpdates() {}

    /**
     * The feed once it shows the change, within FeedChanges' bound: the change reaches the replica
     * within milliseconds, and a body that does not show it is served for at most COALESCE_MS more.
     */
    static Response eventually(Supplier<Response> fetch, Predicate<Response> changed) {
        long deadline = System.nanoTime() + (FeedChanges.COALESCE_MS + FeedChanges.TRUST_MS) * 1_000_000;
        while (true) {
            Response r = fetch.get();
            r.then().statusCode(200);
            if (changed.test(r)) {
                return r;
            }
            assertTrue(System.nanoTime() < deadline, "the feed did not change in time: " + r.asString());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs one SQL statement with {@code id} as its parameter; it must change exactly one row. */
    static void sql(DataSource dataSource, String statement, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setObject(1, id);
            assertEquals(1, s.executeUpdate(), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
