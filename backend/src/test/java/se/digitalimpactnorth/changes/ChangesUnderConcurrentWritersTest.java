package se.digitalimpactnorth.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.resource.ResourceStatus;

/**
 * The outbox trap, provoked: writers take their transaction ids in one order and commit in
 * another (each takes its id first, then waits a random while, possibly behind another writer of
 * the same resource, before it writes and commits), while a reader polls GET /api/v1/changes
 * with its cursor. At the end the reader must have seen exactly the changes the writers made:
 * none missed, none twice, tombstones included, and for each resource in the order the writes
 * committed.
 */
@QuarkusTest
class ChangesUnderConcurrentWritersTest {

    private static final int WRITERS = 4;
    private static final int TRANSACTIONS_PER_WRITER = 25;
    private static final int RESOURCES = 4;

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource db;

    /** What one committed transaction must show in the feed: kind and version, or nothing (kind null). */
    record Expected(UUID resource, String kind, long version, long xid, long commitOrder) {}

    @Test
    @DisplayName("a reader following the cursor sees every change exactly once, in commit order per resource, while writers commit out of id order")
    void no_change_is_missed() throws Exception {
        UUID actor = fixtures.actor("Samtidig " + UUID.randomUUID(), ActorStatus.ACTIVE);
        List<UUID> resources = new ArrayList<>();
        for (int i = 0; i < RESOURCES; i++) {
            resources.add(fixtures.resource(actor, ResourceStatus.PUBLISHED, null));
        }
        ChangeFeedReader reader = ChangeFeedReader.atEnd();
        List<Map<String, Object>> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong commits = new AtomicLong();
        List<Expected> expected = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicLong polls = new AtomicLong();
        Future<?> polling = pool.submit(() -> {
            while (writing.get()) {
                seen.addAll(reader.poll());
                polls.incrementAndGet();
                sleep(5);
            }
            return null;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (int t = 0; t < TRANSACTIONS_PER_WRITER; t++) {
                    expected.add(writeOnce(resources.get(ThreadLocalRandom.current().nextInt(RESOURCES)), commits));
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        polling.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        seen.addAll(reader.poll()); // every writer has ended: what is left is readable now

        // The writers did commit out of the order of their transaction ids.
        List<Expected> byCommit = expected.stream().sorted(Comparator.comparingLong(Expected::commitOrder)).toList();
        long inversions = 0;
        for (int i = 1; i < byCommit.size(); i++) {
            if (byCommit.get(i).xid() < byCommit.get(i - 1).xid()) {
                inversions++;
            }
        }
        assertTrue(inversions > 0, "the writers never committed out of id order: the test proved nothing");
        assertTrue(polls.get() > 3, "the reader polled while the writers wrote");

        // Per resource, the feed says exactly what the commits did, in commit order.
        Map<UUID, List<String>> want = new HashMap<>();
        for (Expected e : byCommit) {
            if (e.kind() != null) {
                want.computeIfAbsent(e.resource(), k -> new ArrayList<>()).add(e.kind() + " v" + e.version());
            }
        }
        Map<UUID, List<String>> got = ChangeFeedReader.about(seen, Set.copyOf(resources)).stream().collect(
                Collectors.groupingBy(i -> UUID.fromString((String) i.get("id")),
                        Collectors.mapping(i -> i.get("change") + " v" + i.get("version"), Collectors.toList())));
        assertEquals(want, got);
        assertTrue(want.values().stream().flatMap(List::stream).anyMatch(s -> s.startsWith("delete")),
                "tombstones were among the changes");
    }

    /**
     * One transaction: take an id, wait (so later ids commit first), then edit, archive or publish
     * the resource and commit. Returns what the feed must say about it.
     */
    private Expected writeOnce(UUID resource, AtomicLong commits) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long xid;
            try (ResultSet id = c.createStatement().executeQuery("select pg_current_xact_id()::text")) {
                id.next();
                xid = Long.parseLong(id.getString(1));
            }
            sleep(random.nextInt(30));
            String before;
            try (PreparedStatement lock = c.prepareStatement("select status from resource where id = ? for update")) {
                lock.setObject(1, resource);
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    before = row.getString(1);
                }
            }
            String after = switch (random.nextInt(4)) {
                case 0 -> "ARCHIVED";
                case 1 -> "PUBLISHED";
                default -> before; // an edit
            };
            long version;
            try (PreparedStatement update = c.prepareStatement(
                    "update resource set status = ?, title_sv = ?, version = version + 1 where id = ? returning version")) {
                update.setString(1, after);
                update.setString(2, "Titel " + random.nextInt());
                update.setObject(3, resource);
                try (ResultSet row = update.executeQuery()) {
                    row.next();
                    version = row.getLong(1);
                }
            }
            sleep(random.nextInt(10));
            // Only commits of one resource are ordered among themselves (by the row lock above);
            // counting under the same lock gives their order.
            long order = commits.incrementAndGet();
            c.commit();
            boolean wasPublic = "PUBLISHED".equals(before);
            boolean isPublic = "PUBLISHED".equals(after);
            String kind = isPublic ? "upsert" : wasPublic ? "delete" : null;
            return new Expected(resource, kind, version, xid, order);
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
