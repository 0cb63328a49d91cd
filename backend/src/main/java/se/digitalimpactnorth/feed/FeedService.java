package se.digitalimpactnorth.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.Markdown;
import se.digitalimpactnorth.resource.EventOccurrence;
import se.digitalimpactnorth.resource.Resource;
import se.digitalimpactnorth.resource.ResourceFilter;
import se.digitalimpactnorth.resource.ResourceQueries;

/**
 * Renders public feeds and keeps the rendered bytes in memory, keyed by what the request means
 * ({@link FeedKey}), never by how it was spelt. A cached body is served only while
 * {@link FeedChanges} says it may be: nothing a feed shows has changed since it was rendered, or
 * the first change it does not show is younger than FeedChanges.COALESCE_MS.
 *
 * <p>The cache is bounded by the bytes it holds. A body is kept at once while there is room
 * without evicting anything; once the cache is full, a new key is kept only when it is asked for
 * a second time (the first ask is remembered in a small, count-bounded set of keys), and only then
 * may it evict something, chosen by Caffeine's W-TinyLFU. So a burst of distinct requests, each
 * asked once, renders each but cannot push out the feeds partner sites ask for all the time
 * (FeedCacheTest shows it). Caffeine's own admission was not enough on its own: its frequency
 * sketch is sized from the entry count when the cache first fills, and with many small bodies
 * arriving after that, a burst of one-off keys evicted a hot body (seen in a trial, 1,000 keys).
 */
@ApplicationScoped
public class FeedService {

    /** What one feed request asks for, resolved: its key and its canonical URL. */
    public record FeedQuery(FeedCacheKey key, String feedUrl) {
        FeedFormat format() {
            return key.format();
        }

        String title() {
            return key.title();
        }
    }

    /**
     * A rendered feed: its bytes, once, as the Vert.x buffer the fast path writes as is (JAX-RS,
     * which answers only misses and HEAD, copies them out), strong ETag, Last-Modified (as the
     * header's text too) and the generation it was rendered at.
     */
    public record Rendered(Buffer body, String etag, Instant lastModified, String lastModifiedHeader,
            String mediaType, long generation, long startedAt) {}

    private final Cache<FeedCacheKey, Rendered> cache;
    /** Keys asked for once while the cache was full: the second ask is let in. */
    private final Cache<FeedCacheKey, Boolean> askedOnce = Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();
    private final long cacheBytes;
    private final AtomicLong renders = new AtomicLong();
    private final ConcurrentHashMap<FeedCacheKey, CompletableFuture<Rendered>> rendering = new ConcurrentHashMap<>();

    @Inject
    ResourceQueries queries;

    @Inject
    CollaborationFeed collaborations;

    @Inject
    ObjectMapper json;

    @Inject
    FeedChanges changes;

    @ConfigProperty(name = "din.spa-url")
    String spaUrl;

    @Inject
    FeedService(@ConfigProperty(name = "din.feeds.cache-bytes") long cacheBytes, MeterRegistry meters) {
        this.cacheBytes = cacheBytes;
        // Maintenance (eviction) runs on the calling thread: it is short, and the cache stays predictable.
        this.cache = Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher((FeedCacheKey key, Rendered r) -> weight(r))
                .executor(Runnable::run)
                .build();
        meters.more().counter("din.feeds.renders", List.of(), renders);
        meters.gauge("din.feeds.cache.entries", cache, c -> c.estimatedSize());
    }

    /** The cached body of this key if it may be served (FeedChanges.servable), else null; never touches the database. */
    Rendered cached(FeedCacheKey key) {
        Rendered r = cache.getIfPresent(key);
        return r != null && changes.servable(r.generation(), r.startedAt()) ? r : null;
    }

    /**
     * The cached body if it may be served, else a fresh rendering, kept when this replica knows
     * its generation. Requests for the same key that arrive while it renders wait for that one
     * rendering instead of each starting their own (under writes, a popular feed would otherwise
     * be rendered by every request at once).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered render(FeedQuery query) {
        Rendered r = cached(query.key());
        if (r != null) {
            return r;
        }
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> running = rendering.putIfAbsent(query.key(), mine);
        if (running != null) {
            try {
                Rendered shared = running.join();
                if (changes.servable(shared.generation(), shared.startedAt())) {
                    return shared;
                }
            } catch (CompletionException e) {
                // That rendering failed; try once more on this request's own.
            }
            return renderAndKeep(query);
        }
        try {
            Rendered fresh = renderAndKeep(query);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(query.key(), mine);
        }
    }

    private Rendered renderAndKeep(FeedQuery query) {
        // The generation before reading: a change that lands while rendering is one this body may
        // not show, so it counts from the body's own generation (FeedChanges.servable).
        long startedAt = System.nanoTime();
        long generation = changes.current();
        Rendered fresh = renderNow(query, generation, startedAt);
        if (generation != FeedChanges.UNKNOWN && admit(query.key(), fresh)) {
            cache.put(query.key(), fresh);
        }
        return fresh;
    }

    /** Whether to keep a fresh body: see the class comment. */
    private boolean admit(FeedCacheKey key, Rendered fresh) {
        if (cache.asMap().containsKey(key)) {
            return true;
        }
        long used = cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
        if (used + weight(fresh) <= cacheBytes) {
            return true;
        }
        return askedOnce.asMap().putIfAbsent(key, Boolean.TRUE) != null;
    }

    /** What a cached body costs: its bytes and about what its key, buffer and entry take. */
    private static int weight(Rendered r) {
        return r.body().length() + 512;
    }

    private Rendered renderNow(FeedQuery query, long generation, long startedAt) {
        renders.incrementAndGet();
        byte[] body;
        Instant lastModified;
        switch (query.key()) {
            case FeedKey key -> {
                List<FeedItem> items = items(queries.publishedIds(key.filter(), key.limit()), key);
                lastModified = lastModified(items.stream().map(FeedItem::updated));
                body = key.format() == FeedFormat.HTML
                        ? EmbedPage.render(key.title(), key.layout(), key.lang(), home(), items)
                        : FeedRenderers.render(key.format(), key.title(), query.feedUrl(), home(), items, lastModified, json);
            }
            case CollaborationFeedKey key -> {
                List<CollaborationFeedItem> items = collaborations.items(key, home());
                lastModified = lastModified(items.stream().map(CollaborationFeedItem::updated));
                body = CollaborationFeedRenderers.render(key.format(), key.title(), query.feedUrl(), home(), items, lastModified, json);
            }
        }
        return new Rendered(Buffer.buffer(body), ETags.ofBytes(body), lastModified,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC)),
                query.format().mediaType() + "; charset=utf-8", generation, startedAt);
    }

    /** The latest change among the items, to the second (as Last-Modified says it); the epoch for none. */
    private static Instant lastModified(java.util.stream.Stream<OffsetDateTime> updated) {
        return updated.map(OffsetDateTime::toInstant).max(Instant::compareTo)
                .orElse(Instant.EPOCH).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private List<FeedItem> items(List<UUID> ids, FeedKey query) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Resource> byId = Resource.<Resource>find("from Resource r join fetch r.actor left join fetch r.municipality where r.id in ?1", ids)
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, List<FeedItem.Occurrence>> occurrences = new LinkedHashMap<>();
        ResourceFilter f = query.filter();
        if (f.from() != null) {
            EventOccurrence.<EventOccurrence>find("id.resourceId in ?1 and id.startsAt < ?2 and endsAt >= ?3 order by id.startsAt",
                    ids, f.to(), f.from()).stream().forEach(o -> occurrences.computeIfAbsent(o.id.resourceId(), k -> new ArrayList<>())
                    .add(new FeedItem.Occurrence(o.id.startsAt(), o.endsAt)));
        }
        boolean english = "en".equals(query.lang());
        List<FeedItem> items = new ArrayList<>();
        for (UUID id : ids) {
            Resource r = byId.get(id);
            String title = pick(english, r.titleSv, r.titleEn);
            String summary = pick(english, r.summarySv, r.summaryEn);
            if (summary == null) {
                summary = Markdown.toPlainText(pick(english, r.bodySv, r.bodyEn));
            }
            // Event times carry the offset of the event's own zone on their date, as people read them there.
            ZoneId zone = r.timeZone == null ? null : ZoneId.of(r.timeZone);
            items.add(new FeedItem(r.id, home() + "/resurser/" + r.slug, r.kind.name(), title, summary,
                    new FeedItem.Organizer(r.actor.name, home() + "/aktorer/" + r.actor.slug),
                    List.copyOf(r.tags), local(r.startsAt, zone), local(r.endsAt, zone), r.timeZone, r.allDay, r.rrule,
                    r.eventStatus, r.attendanceMode,
                    r.startsAt == null ? null : occurrences.getOrDefault(r.id, List.of()).stream()
                            .map(o -> new FeedItem.Occurrence(local(o.start(), zone), local(o.end(), zone))).toList(),
                    place(r), onlineUrl(r),
                    r.accessCondition, r.publishedAt, r.updatedAt, r.version));
        }
        return items;
    }

    private static OffsetDateTime local(OffsetDateTime at, ZoneId zone) {
        return at == null || zone == null ? at : at.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static FeedItem.Place place(Resource r) {
        String name = null;
        String address = null;
        if (r.details.get("venue") instanceof Map<?, ?> venue) {
            name = (String) venue.get("name");
            address = (String) venue.get("address");
        } else if (r.details.get("address") instanceof String a) {
            address = a;
        }
        String municipality = r.municipality == null ? null : r.municipality.shortName;
        if (name == null && address == null && municipality == null && r.latitude == null) {
            return null;
        }
        return new FeedItem.Place(name, address, municipality, r.latitude, r.longitude);
    }

    private static String onlineUrl(Resource r) {
        return r.details.get("onlineUrl") instanceof String url ? url : null;
    }

    /** The language asked for, else the other one: a feed never shows an empty title. */
    private static String pick(boolean english, String sv, String en) {
        String first = english ? en : sv;
        return first != null && !first.isBlank() ? first : (english ? sv : en);
    }

    private String home() {
        return spaUrl.replaceAll("/+$", "");
    }

    /** How many feeds this replica has rendered since it started (tests count renders with it). */
    long renders() {
        return renders.get();
    }

    /** For tests: forget every cached body, so that each test starts from an empty cache. */
    void clearForTests() {
        cache.invalidateAll();
        askedOnce.invalidateAll();
    }

    /** For tests: how many bodies are cached. */
    long cachedBodies() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
