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
import java.util.concurrent.atomic.AtomicLongArray;
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
 *
 * <p>Why not the counter row this replaced: reading it cost a database round trip on every feed
 * request (bench/feeds.sh), and every write had to update that one row, so concurrent writers
 * queued on its lock from their first statement to their commit (bench/feed-writes.sh).
 *
 * <p>How stale can a body be? A body rendered at generation g stays servable until the first
 * change it does not show (generation g + 1) is {@value #COALESCE_MS} ms old: under a stream of
 * writes, each feed is rendered again at most about once per {@value #COALESCE_MS} ms instead of
 * on every request (which, measured at 20 edits/s, left every request rendering). And when
 * does a replica hear of a change? PostgreSQL signals listeners when the notifying transaction
 * commits, before its client hears that it committed, and a listening session sends pending
 * notifications before it answers its next query: usually within milliseconds. To bound it even
 * when the connection hangs, this listener runs a query every {@value #HEARTBEAT_MS} ms; once it
 * has the answer, it has seen every change committed before that query started. The generation
 * is trusted only for {@value #TRUST_MS} ms after the start of the last answered heartbeat; past
 * that (a broken or hung connection, a database restart), nothing cached is served and feeds are
 * rendered for every request until the listener is back; after a reconnection, everything rendered
 * before is dropped. A write request made to this replica drops what was rendered before it at
 * once (FeedWrites), so a writer reads its own write in the feeds of the replica it wrote to. So a replica serves a body at most {@value #COALESCE_MS} ms after it heard
 * of a change the body does not show, and never later than {@value #COALESCE_MS} + {@value
 * #TRUST_MS} ms after that change committed. (Feeds say Cache-Control: max-age=60, so browsers
 * and CDNs may keep a body for a minute anyway.)
 */
@ApplicationScoped
public class FeedChanges {

    static final String CHANNEL = "din_feeds";
    static final long HEARTBEAT_MS = 1_000;
    static final long TRUST_MS = 5_000;
    static final long COALESCE_MS = 1_000;
    /** Returned by {@link #current()} when this replica cannot know whether its bodies are current. */
    public static final long UNKNOWN = -1;

    private static final Logger LOG = Logger.getLogger(FeedChanges.class);
    /** How many recent generations remember when they began; a body older than that is simply old. */
    private static final int REMEMBERED = 1024;

    private final AtomicLong generation = new AtomicLong();
    /** System.nanoTime() at which generation g began, at g % REMEMBERED; 0 means "long ago". */
    private final AtomicLongArray began = new AtomicLongArray(REMEMBERED);
    /** System.nanoTime() at which the last answered heartbeat started; 0 while not listening. */
    private volatile long confirmedAt;
    /** System.nanoTime() at which the last write request of this replica ended. */
    private volatile long lastLocalWrite = System.nanoTime();
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
     * The generation to render at (read it before reading the data), or {@link #UNKNOWN} when the
     * listener has not confirmed it recently enough to trust it: then nothing is cached.
     */
    public long current() {
        long at = confirmedAt;
        if (at == 0 || System.nanoTime() - at > TRUST_MS * 1_000_000) {
            return UNKNOWN;
        }
        return generation.get();
    }

    /**
     * Whether a body rendered at generation {@code rendered}, whose rendering started at
     * {@code startedAt} (System.nanoTime()), may still be served (see the class comment).
     */
    public boolean servable(long rendered, long startedAt) {
        if (startedAt - lastLocalWrite <= 0) {
            return false;
        }
        long now = current();
        if (now == UNKNOWN || rendered == UNKNOWN || rendered > now) {
            return false;
        }
        if (now == rendered) {
            return true;
        }
        if (now - rendered >= REMEMBERED - 1) {
            return false;
        }
        long firstUnseen = began.get(slot(rendered + 1));
        return firstUnseen != 0 && System.nanoTime() - firstUnseen < COALESCE_MS * 1_000_000;
    }

    /**
     * A write request of this replica has committed (called before its response goes out): the
     * bodies rendered before it are not served again, so whoever wrote sees the change in the feed
     * on the next request, without waiting for the notification or the coalescing window.
     */
    void localWrite() {
        lastLocalWrite = System.nanoTime();
    }

    /** Moves to the next generation; {@code at} is when it began (0: everything before is old at once). */
    private void next(long at) {
        long g = generation.get() + 1;
        began.set(slot(g), at);
        generation.set(g);
    }

    private static int slot(long g) {
        return (int) Math.floorMod(g, (long) REMEMBERED);
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                long started = System.nanoTime();
                statement.execute("LISTEN " + CHANNEL);
                // Changes made while nobody listened are unknown: everything rendered before is old.
                next(0);
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
                next(0);
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
            next(System.nanoTime());
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
