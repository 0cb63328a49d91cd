package se.digitalimpactnorth.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.digitalimpactnorth.common.Markdown;
import se.digitalimpactnorth.resource.EventOccurrence;
import se.digitalimpactnorth.resource.Resource;
import se.digitalimpactnorth.resource.ResourceFilter;
import se.digitalimpactnorth.resource.ResourceQueries;

/**
 * Renders public feeds and keeps the rendered bytes in memory. A cached body is reused only
 * while the database's feed_state counter (bumped by triggers on every change to what feeds
 * show) is the one it was rendered at, so every replica drops stale bodies on any write,
 * wherever it happened, at the cost of reading one row per request.
 */
@ApplicationScoped
public class FeedService {

    /** What one feed request asks for; {@link #key()} is its canonical form. */
    public record FeedQuery(String title, FeedFormat format, ResourceFilter filter, int limit, String lang, String feedUrl,
            String layout) {
        String key() {
            return format + "|" + filter + "|" + limit + "|" + lang + "|" + feedUrl + "|" + layout;
        }
    }

    /** A rendered feed: its bytes, strong ETag and Last-Modified. */
    public record Rendered(byte[] body, String etag, Instant lastModified, String mediaType) {}

    private final Cache<String, Rendered> cache = Caffeine.newBuilder().maximumSize(2_000).build();

    @Inject
    ResourceQueries queries;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "din.spa-url")
    String spaUrl;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered render(FeedQuery query) {
        long version = ((Number) em.createNativeQuery("select version from feed_state").getSingleResult()).longValue();
        return cache.get(query.key() + "|" + version, k -> renderNow(query));
    }

    private Rendered renderNow(FeedQuery query) {
        List<UUID> ids = queries.publishedIds(query.filter(), query.limit());
        List<FeedItem> items = items(ids, query);
        Instant lastModified = items.stream().map(i -> i.updated().toInstant()).max(Instant::compareTo)
                .orElse(Instant.EPOCH).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        byte[] body = query.format() == FeedFormat.HTML
                ? EmbedPage.render(query.title(), query.layout(), query.lang(), home(), items)
                : FeedRenderers.render(query.format(), query.title(), query.feedUrl(), home(), items, lastModified, json);
        return new Rendered(body, etag(body), lastModified, query.format().mediaType());
    }

    private List<FeedItem> items(List<UUID> ids, FeedQuery query) {
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

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: how many bodies are cached. */
    long cachedBodies() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
