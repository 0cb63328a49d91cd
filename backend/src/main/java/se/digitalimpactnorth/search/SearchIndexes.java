package se.digitalimpactnorth.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.schema.management.ElasticsearchIndexSchemaExport;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.collaboration.Collaboration;
import se.digitalimpactnorth.resource.Resource;

/**
 * The indexes' lifecycle. At start: create what is missing, and fill an index that is empty while the
 * database has public rows for it (the first start, or a new cluster). {@link #reindex}: rebuild each
 * index into a new one beside it and swap the aliases when it is full, so searches keep being answered
 * throughout (by the old index, which stops receiving updates once indexing moved to the new one).
 *
 * <p>Only one replica rebuilds at a time: a PostgreSQL advisory lock, held on its own connection.
 * If the engine is down at start, the API starts anyway and tries again every few seconds.
 */
@ApplicationScoped
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class);
    /** The advisory lock key of a rebuild ("search" in ASCII). */
    private static final long REBUILD_LOCK = 0x736561726368L;
    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put(se.digitalimpactnorth.search.SearchMapping.ACTOR, Actor.class);
        TYPES.put(se.digitalimpactnorth.search.SearchMapping.RESOURCE, Resource.class);
        TYPES.put(se.digitalimpactnorth.search.SearchMapping.COLLABORATION, Collaboration.class);
    }

    @Inject
    EntityManagerFactory emf;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OpenSearchAdmin admin;

    @Inject
    @SearchExtension
    SearchIndexLayout layout;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "din.search.reindex-and-exit", defaultValue = "false")
    boolean reindexAndExit;

    /** Tests: drop this run's indexes when the application stops (each test run has its own prefix). */
    @ConfigProperty(name = "din.search.drop-on-shutdown", defaultValue = "false")
    boolean dropOnShutdown;

    @ConfigProperty(name = "din.search.mass-indexing-threads", defaultValue = "2")
    int threads;

    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile boolean stopping;

    /** Before the demo data (priority 1000 and up) writes anything: the indexes must exist before documents arrive. */
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (reindexAndExit) {
            Thread.ofPlatform().name("din-reindex").start(() -> {
                int status = 0;
                try {
                    long started = System.nanoTime();
                    createMissing();
                    Map<String, Long> counts = reindex();
                    LOG.infof("Reindexed %s in %d s", counts, Duration.ofNanos(System.nanoTime() - started).toSeconds());
                } catch (Exception e) {
                    LOG.error("Reindexing failed", e);
                    status = 1;
                }
                Quarkus.asyncExit(status);
            });
            return;
        }
        // Create the indexes now when the engine answers, so the first request finds them; if it
        // does not, keep trying in the background: the API serves everything else meanwhile.
        if (!prepare()) {
            Thread.ofVirtual().name("din-search-prepare").start(() -> {
                while (!stopping && !prepare()) {
                    sleep(Duration.ofSeconds(5));
                }
            });
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (dropOnShutdown) {
            for (String index : TYPES.keySet()) {
                try {
                    for (String name : concreteIndexes(index)) {
                        admin.send("DELETE", "/" + name, null);
                    }
                } catch (IOException e) {
                    LOG.debugf("Could not drop the %s indexes: %s", index, e.getMessage());
                }
            }
        }
    }

    /** True once the indexes exist (and the first filling, if any, has been started). */
    public boolean ready() {
        return ready.get();
    }

    private boolean prepare() {
        try {
            createMissing();
        } catch (RuntimeException | IOException e) {
            LOG.warnf("Search engine not ready (%s); the API runs without search and tries again in 5 s", e.getMessage());
            return false;
        }
        ready.set(true);
        Thread.ofVirtual().name("din-search-fill").start(this::fillEmpty);
        return true;
    }

    private void createMissing() throws IOException {
        admin.expect("GET", "/_cluster/health?wait_for_status=yellow&timeout=10s", null);
        for (String index : TYPES.keySet()) {
            dropAutoCreated(layout.createWriteAlias(index));
            dropAutoCreated(layout.createReadAlias(index));
        }
        mapping().scope(Object.class).schemaManager().createIfMissing();
    }

    /**
     * A cluster that creates indexes on first write (OpenSearch's default; ./din turns it off) may
     * have made a plain index under an alias's name, when an update arrived before the indexes
     * existed. It has no mapping of ours and blocks the alias: delete it; the fill that follows at
     * start puts its documents back.
     */
    private void dropAutoCreated(String alias) throws IOException {
        OpenSearchAdmin.Reply reply = admin.send("GET", "/" + alias + "/_alias", null);
        if (reply.ok() && json.readTree(reply.body()).has(alias)) {
            LOG.warnf("Deleting the index %s that the cluster created on its own where an alias belongs", alias);
            admin.expect("DELETE", "/" + alias, null);
        }
    }

    /** An index that is empty while the database has public rows for it is filled by a rebuild. */
    private void fillEmpty() {
        try {
            boolean needed = false;
            for (String index : TYPES.keySet()) {
                if (count(index) == 0 && publicRows(index) > 0) {
                    needed = true;
                }
            }
            if (needed) {
                LOG.info("A search index is empty while the database has public rows for it: rebuilding the indexes");
                reindex();
            }
        } catch (Exception e) {
            LOG.warn("Could not check or fill the search indexes; ./din reindex rebuilds them", e);
        }
    }

    /**
     * Rebuilds every index beside the live one and swaps the aliases. Returns the documents indexed per
     * index; does nothing (empty map) when another replica is rebuilding.
     */
    public Map<String, Long> reindex() throws IOException, SQLException, InterruptedException {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock")) {
                LOG.info("Another process is rebuilding the search indexes");
                return Map.of();
            }
            try {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (Map.Entry<String, Class<?>> type : TYPES.entrySet()) {
                    counts.put(type.getKey(), rebuild(type.getKey(), type.getValue()));
                }
                return counts;
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        }
    }

    private long rebuild(String index, Class<?> type) throws IOException, InterruptedException {
        String read = layout.createReadAlias(index);
        String write = layout.createWriteAlias(index);
        String live = aliasTarget(read);
        int next = concreteIndexes(index).stream().mapToInt(n -> layout.generationOf(index, n)).max().orElse(0) + 1;
        String fresh = layout.generation(index, next);
        admin.expect("PUT", "/" + fresh, expectedSchema(type));
        // From now on the outbox writes into the new index, and the mass indexer fills it from the database.
        admin.expect("POST", "/_aliases", aliasMove(write, live, fresh));
        long started = System.nanoTime();
        mapping().scope(type).massIndexer().threadsToLoadObjects(threads).batchSizeToLoadObjects(200)
                .purgeAllOnStart(false).dropAndCreateSchemaOnStart(false).mergeSegmentsOnFinish(false).startAndWait();
        admin.expect("POST", "/" + fresh + "/_refresh", null);
        admin.expect("POST", "/_aliases", aliasMove(read, live, fresh));
        if (live != null && !live.equals(fresh)) {
            OpenSearchAdmin.Reply deleted = admin.send("DELETE", "/" + live, null);
            if (!deleted.ok()) {
                LOG.warnf("Could not delete the previous index %s (%d): delete it by hand", live, deleted.status());
            }
        }
        long count = count(index);
        LOG.infof("Search index %s rebuilt as %s: %d documents in %d ms", index, fresh, count,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return count;
    }

    /** The create-index body Hibernate Search would send for {@code type}: settings (analysis) and mappings, no aliases. */
    private String expectedSchema(Class<?> type) {
        StringBuilder body = new StringBuilder();
        mapping().scope(type).schemaManager().exportExpectedSchema((backend, indexName, export) -> {
            ElasticsearchIndexSchemaExport es = export.extension(ElasticsearchExtension.get());
            com.google.gson.JsonObject create = es.bodyParts().getFirst().deepCopy();
            // Without its aliases: they move to the new index only when it is ready (rebuild).
            create.remove("aliases");
            body.append(create);
        });
        return body.toString();
    }

    private String aliasMove(String alias, String from, String to) throws IOException {
        List<Map<String, Object>> actions = new java.util.ArrayList<>();
        if (from != null) {
            actions.add(Map.of("remove", Map.of("index", from, "alias", alias)));
        }
        actions.add(Map.of("add", Map.of("index", to, "alias", alias)));
        return json.writeValueAsString(Map.of("actions", actions));
    }

    /** The index an alias points at, or null. */
    private String aliasTarget(String alias) throws IOException {
        OpenSearchAdmin.Reply reply = admin.send("GET", "/_alias/" + alias, null);
        if (reply.status() == 404) {
            return null;
        }
        Iterator<String> names = json.readTree(reply.body()).fieldNames();
        return names.hasNext() ? names.next() : null;
    }

    private List<String> concreteIndexes(String index) throws IOException {
        OpenSearchAdmin.Reply reply = admin.send("GET", "/_cat/indices/" + layout.generations(index) + "?format=json&h=index", null);
        if (!reply.ok()) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode row : json.readTree(reply.body())) {
            String name = row.path("index").asText();
            if (layout.generationOf(index, name) > 0) {
                names.add(name);
            }
        }
        return names;
    }

    /** Documents behind the read alias. */
    public long count(String index) throws IOException {
        OpenSearchAdmin.Reply reply = admin.send("GET", "/" + layout.createReadAlias(index) + "/_count", null);
        return reply.ok() ? json.readTree(reply.body()).path("count").asLong() : 0;
    }

    private long publicRows(String index) throws SQLException {
        String sql = switch (index) {
            case se.digitalimpactnorth.search.SearchMapping.ACTOR -> "select count(*) from actor where status = 'ACTIVE'";
            case se.digitalimpactnorth.search.SearchMapping.RESOURCE -> "select count(*) from resource r where "
                    + se.digitalimpactnorth.resource.ResourcePolicy.PUBLIC_SQL;
            default -> "select count(*) from collaboration c where " + se.digitalimpactnorth.collaboration.CollaborationPolicy.PUBLIC_SQL;
        };
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean advisoryLock(Connection c, String function) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + function + "(?)")) {
            s.setLong(1, REBUILD_LOCK);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(emf);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
