package se.digitalimpactnorth.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Fixed-window counters in PostgreSQL, so every replica counts against the same budget: one
 * statement per request adds one to the (bucket, window) row and returns the new count, and the
 * window is cut from the database's clock, so replicas with drifting clocks still agree.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String HIT = """
            with now as (select clock_timestamp() as t)
            insert into rate_limit_counter as c (bucket, window_start, hits)
            select ?, to_timestamp(floor(extract(epoch from now.t) / ?) * ?), 1 from now
            on conflict (bucket, window_start) do update set hits = c.hits + 1
            returning c.hits, ceil(extract(epoch from c.window_start + make_interval(secs => ?) - clock_timestamp()))::bigint
            """;

    private static final String PRUNE = "delete from rate_limit_counter where window_start < clock_timestamp() - make_interval(secs => ?)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RateLimitConfig config;

    /**
     * Counts one request of {@code bucket}; when that goes over {@code limit} in the current
     * window, the seconds until the window ends (at least 1), else empty.
     */
    public OptionalLong hit(String bucket, int limit) {
        double seconds = config.window().toMillis() / 1000.0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(HIT)) {
            statement.setString(1, bucket);
            statement.setDouble(2, seconds);
            statement.setDouble(3, seconds);
            statement.setDouble(4, seconds);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                long hits = row.getLong(1);
                return hits > limit ? OptionalLong.of(Math.max(1, row.getLong(2))) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a request against its rate limit", e);
        }
    }

    /** Windows that have ended are of no use: drop them every minute (on any replica; deleting twice is harmless). */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(PRUNE)) {
            statement.setDouble(1, config.window().toMillis() / 1000.0);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prune the rate-limit counters", e);
        }
    }
}
