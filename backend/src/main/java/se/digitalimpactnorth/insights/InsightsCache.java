package se.digitalimpactnorth.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.digitalimpactnorth.feed.FeedChanges;

/**
 * Insights are computed once per change of the data, never per request over the whole database.
 * The public {@link Ecosystem} is read once per generation of the feeds' change counter
 * ({@link FeedChanges}: every table a figure reads notifies it), and each figure, for each filter,
 * is computed once from that ecosystem and kept until the next one. A request whose figure is
 * current costs a map lookup.
 *
 * <p>Freshness is the feeds': an ecosystem read at generation g is used until the first change it
 * does not show is {@code FeedChanges.COALESCE_MS} old, and a write to this replica makes the next
 * request read afresh (so whoever wrote sees it). When the listener cannot vouch for the
 * generation, nothing is kept: every request reads afresh, as the feeds render afresh.
 */
@ApplicationScoped
public class InsightsCache {

    /** Figures kept per ecosystem; past this (many filter combinations) the oldest are simply recomputed. */
    static final int MAX_FIGURES = 4_096;

    /** A figure's value and when its ecosystem was read. */
    public record Computed<T>(T value, Instant computedAt) {}

    /** One read of the ecosystem and the figures computed from it. */
    private record Snapshot(Ecosystem ecosystem, long generation, long startedAt, Instant readAt,
            Map<String, Computed<?>> figures) {}

    @Inject
    FeedChanges changes;

    /** Looked up when first needed, so that the reader (EcosystemLoader) is an ordinary bean of its own. */
    @Inject
    Instance<EcosystemReader> reader;

    private volatile Snapshot snapshot;

    /**
     * The figure named {@code key} (a figure's name and its filter, e.g. {@code "sdg-coverage?" + filter}),
     * computed from the current ecosystem if it is not kept yet.
     */
    @SuppressWarnings("unchecked")
    public <T> Computed<T> get(String key, Function<Ecosystem, T> compute) {
        Snapshot current = current();
        Computed<?> kept = current.figures().get(key);
        if (kept != null) {
            return (Computed<T>) kept;
        }
        return keep(current, key, compute.apply(current.ecosystem()));
    }

    /**
     * Like {@link #get}, for a value that says when its ecosystem was read (a rendered response body
     * with its computedAt): {@code compute} gets the ecosystem and that instant.
     */
    @SuppressWarnings("unchecked")
    public <T> Computed<T> render(String key, BiFunction<Ecosystem, Instant, T> compute) {
        Snapshot current = current();
        Computed<?> kept = current.figures().get(key);
        if (kept != null) {
            return (Computed<T>) kept;
        }
        return keep(current, key, compute.apply(current.ecosystem(), current.readAt()));
    }

    private static <T> Computed<T> keep(Snapshot current, String key, T value) {
        Computed<T> computed = new Computed<>(value, current.readAt());
        if (current.figures().size() >= MAX_FIGURES) {
            current.figures().clear();
        }
        current.figures().put(key, computed);
        return computed;
    }

    /** The current ecosystem itself (for matchmaking, which computes per subject). */
    public Ecosystem ecosystem() {
        return current().ecosystem();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && changes.servable(s.generation(), s.startedAt())) {
            return s;
        }
        synchronized (this) {
            // Another request may have read it while this one waited: one read per change, not one per waiting request.
            s = snapshot;
            if (s != null && changes.servable(s.generation(), s.startedAt())) {
                return s;
            }
            long startedAt = System.nanoTime();
            long generation = changes.current();
            Snapshot read = new Snapshot(reader.get().read(), generation, startedAt, Instant.now(), new ConcurrentHashMap<>());
            snapshot = read;
            return read;
        }
    }
}
