package se.digitalimpactnorth.feed;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells this replica when what the public feeds show has changed, wherever the change was made.
 * Triggers on every table a feed reads (resources, their occurrences, co-organisers, technology
 * areas and SDGs, and actors, whose status hides or shows what they published) send a
 * PostgreSQL NOTIFY on the channel {@value #CHANNEL} when the writing transaction commits; each
 * replica LISTENs on one connection of its own and moves its generation on every notification.
 * A feed body rendered at an older generation is never served again.
 *
 * <p>Why not the counter row this replaced: reading it cost a database round trip on every feed
 * request, and every write had to update that one row, so concurrent writers queued on its lock
 * until each other's commit (bench/feed-writes.sh measures both).
 *
 * <p>How stale can a replica be? PostgreSQL signals listeners when the notifying transaction
 * commits, before its client hears that it committed, and a listening session sends pending
 * notifications before it answers its next query. So every {@value #HEARTBEAT_MS} ms this
 * listener runs a query on its connection: once it has the answer, it has seen every change
 * committed before that query started. The generation is trusted only for {@value #TRUST_MS} ms
 * after the start of the last answered heartbeat; past that (a broken or hung connection, a
 * database restart), {@link #current()} says "unknown" and feeds are rendered afresh for every
 * request until the listener is back. A replica therefore never serves a body older than a change
 * committed more than {@value #TRUST_MS} ms ago; usually it drops it within milliseconds. (Feeds
 * say Cache-Control: max-age=60, so browsers and CDNs may show a body for a minute anyway.)
 */
@ApplicationScoped
public class FeedChanges {

    static final String CHANNEL = "din_feeds";
    static final long HEARTBEAT_MS = 1_000;
    static final long TRUST_MS = 5_000;
    /** Returned by {@link #current()} when this replica cannot know whether its bodies are current. */
    static final long UNKNOWN = -1;

    private static final Logger LOG = Logger.getLogger(FeedChanges.class);

    private final AtomicLong generation = new AtomicLong();
    /** System.nanoTime() at which the last answered heartbeat started; 0 while not listening. */
    private volatile long confirmedAt;
    private volatile boolean running;
    private Thread listener;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    void start(@Observes StartupEvent event) {
        running = true;
        listener = Thread.ofPlatform().daemon().name("feed-changes").start(this::listen);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /**
     * The generation of what feeds show, or {@link #UNKNOWN} when the listener has not confirmed
     * it recently enough to trust it.
     */
    long current() {
        long at = confirmedAt;
        if (at == 0 || System.nanoTime() - at > TRUST_MS * 1_000_000) {
            return UNKNOWN;
        }
        return generation.get();
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                long started = System.nanoTime();
                statement.execute("LISTEN " + CHANNEL);
                // Changes made while nobody listened are unknown: everything rendered before is old.
                generation.incrementAndGet();
                confirmedAt = started;
                while (running) {
                    changed(pg.getNotifications((int) HEARTBEAT_MS));
                    long beat = System.nanoTime();
                    if (beat - confirmedAt >= HEARTBEAT_MS * 1_000_000) {
                        statement.execute("select 1");
                        changed(pg.getNotifications());
                        confirmedAt = beat;
                    }
                }
            } catch (SQLException e) {
                confirmedAt = 0;
                generation.incrementAndGet();
                if (running) {
                    LOG.warnf("Feed change listener lost its connection (%s); feeds are rendered afresh until it is back",
                            e.getMessage());
                    pause();
                }
            }
        }
        confirmedAt = 0;
    }

    private void changed(PGNotification[] notifications) {
        if (notifications != null && notifications.length > 0) {
            generation.incrementAndGet();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "din-api feed changes");
        // A dead peer must not hang the heartbeat for ever: the socket gives up well before it is trusted again.
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, properties);
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
