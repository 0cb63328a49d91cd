package se.digitalimpactnorth.changes;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;

/**
 * Reads the change log that the database's commit-time triggers write (V15__change_log.sql says
 * what is recorded and why the order holds). Other features (webhooks) use {@link #read} too.
 */
@ApplicationScoped
public class ChangeLog {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /*
     * One statement, so one snapshot: the horizon, the bound and the rows agree (a prune that
     * commits meanwhile is either wholly seen or not at all).
     *
     * The bound: only rows whose position is below pg_snapshot_xmin(pg_current_snapshot()), the
     * oldest transaction still running when this statement's snapshot was taken. Every
     * transaction below it has ended, and every later writer has an id at or above it, so no row
     * can ever appear below the bound after this read: a cursor never skips a change, however
     * the writers' commits interleave (see the migration for the per-entity pos_xid).
     */
    private static final String READ = """
            with bound as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
                 horizon as (select pos_xid, seq from change_log_horizon)
            select horizon.pos_xid::text, horizon.seq, bound.xmin::text, (select last_value from change_log_seq),
                   c.pos_xid::text, c.seq, c.entity_type, c.entity_id, c.kind, c.version, c.at, c.reason,
                   c.actor_id, c.first_publication
              from bound cross join horizon
              left join lateral (
                  select * from change_log c
                   where c.pos_xid < bound.xmin
                     and (c.pos_xid, c.seq) > (?::xid8, ?)
                     and (c.pos_xid, c.seq) > (horizon.pos_xid, horizon.seq)
                     and c.entity_type = any (?)
                   order by c.pos_xid, c.seq
                   limit ?) c on true
             order by c.pos_xid, c.seq
            """;

    @Inject
    AgroalDataSource dataSource;

    /**
     * The changes after {@code sinceCursor} (null: from the oldest kept), of the given types
     * (empty: all), at most {@code limit} (1–1000). A cursor this API did not give out is a 400
     * problem on {@code since}; one older than the retention horizon is a 410.
     */
    public ChangePage read(String sinceCursor, Set<ChangeType> types, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField(new Problem.FieldError("limit", Problem.FieldError.OUT_OF_RANGE,
                    "must be between 1 and " + MAX_LIMIT, Problem.FieldError.Params.range(1, MAX_LIMIT)));
        }
        ChangeCursor since = sinceCursor == null ? null : ChangeCursor.decode(sinceCursor);
        ChangeCursor after = since == null ? ChangeCursor.START : since;
        Set<ChangeType> wanted = types == null || types.isEmpty() ? EnumSet.allOf(ChangeType.class) : types;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setString(1, Long.toString(after.xid()));
            statement.setLong(2, after.seq());
            statement.setArray(3, connection.createArrayOf("text", wanted.stream().map(Enum::name).toArray()));
            statement.setInt(4, limit + 1);
            List<Change> items = new ArrayList<>();
            ChangeCursor horizon = null;
            ChangeCursor last = null;
            boolean hasMore = false;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (horizon == null) {
                        horizon = new ChangeCursor(Long.parseLong(rows.getString(1)), rows.getLong(2));
                        long bound = Long.parseLong(rows.getString(3));
                        long lastSeq = rows.getLong(4);
                        // Every cursor given out lies below the bound and at or below the sequence:
                        // anything beyond is made up, not merely old.
                        if (since != null && (since.xid() >= bound || since.seq() > lastSeq)) {
                            throw ChangeCursor.invalid();
                        }
                        if (since != null && since.before(horizon)) {
                            throw new ProblemException(ProblemType.GONE, "This cursor is older than the changes kept "
                                    + "(see the retention in the API's documentation). Resync: read the lists "
                                    + "(GET /api/v1/resources, /api/v1/collaborations, /api/v1/actors), then follow "
                                    + "GET /api/v1/changes without since from before that read.");
                        }
                    }
                    if (rows.getString(5) == null) {
                        continue;
                    }
                    if (items.size() == limit) {
                        hasMore = true;
                        break;
                    }
                    last = new ChangeCursor(Long.parseLong(rows.getString(5)), rows.getLong(6));
                    items.add(new Change(
                            ChangeType.valueOf(rows.getString(7)),
                            rows.getObject(8, UUID.class),
                            ChangeKind.valueOf(rows.getString(9)),
                            (Long) rows.getObject(10),
                            rows.getObject(11, OffsetDateTime.class),
                            rows.getString(12),
                            rows.getObject(13, UUID.class),
                            rows.getBoolean(14)));
                }
            }
            ChangeCursor next = last != null ? last : since != null ? since : horizon;
            return new ChangePage(List.copyOf(items), next.encode(), hasMore);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the change log", e);
        }
    }
}
