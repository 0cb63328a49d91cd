package se.digitalimpactnorth.changes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Forgets changes older than the retention and moves the horizon (the oldest position a cursor
 * may still name) past them. Any number of replicas may run it at once: each prune is one
 * transaction that locks the horizon row, so they queue and the later finds less to do.
 */
@ApplicationScoped
public class ChangeRetention {

    /*
     * The new horizon is the greatest position among settled rows (below the snapshot's xmin, so
     * no reader can still be handed a row before it) older than the retention; every row at or
     * before it goes. Rows are ordered by position, not time, so a few rows a little younger
     * than the retention may go with them; none older than it stays for long.
     */
    private static final String PRUNE = """
            with bound as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
                 newest_old as (
                     select c.pos_xid, c.seq from change_log c, bound
                      where c.at < now() - make_interval(secs => ?) and c.pos_xid < bound.xmin
                      order by c.pos_xid desc, c.seq desc limit 1),
                 moved as (
                     update change_log_horizon h set pos_xid = n.pos_xid, seq = n.seq, pruned_at = now()
                       from newest_old n
                      where (n.pos_xid, n.seq) > (h.pos_xid, h.seq)
                      returning h.pos_xid, h.seq)
            delete from change_log c using moved m where (c.pos_xid, c.seq) <= (m.pos_xid, m.seq)
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChangesConfig config;

    @Scheduled(every = "1h", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnSchedule() {
        prune(config.retention());
    }

    /** Removes the changes older than {@code retention}; returns how many went. */
    public int prune(Duration retention) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PRUNE)) {
            statement.setDouble(1, retention.toMillis() / 1000.0);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prune the change log", e);
        }
    }
}
