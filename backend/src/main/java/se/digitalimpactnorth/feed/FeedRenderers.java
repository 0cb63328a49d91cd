package se.digitalimpactnorth.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Renders feed items in each format, with the libraries that own the formats: ical4j for
 * iCalendar, Rome for RSS and Atom, Jackson for JSON, JSON Feed and JSON-LD. Output depends only
 * on the items, never on the clock, so every replica renders the same bytes.
 */
final class FeedRenderers {

    private FeedRenderers() {}

    /**
     * A map that keeps its entries in the order given. Not {@code Map.of}: its iteration order is
     * salted afresh in every JVM, so two replicas would write the same feed with its keys in another
     * order, as other bytes under another ETag (ops/replicas.sh compares them).
     */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The platform's own JSON feed document. */
    @Schema(name = "FeedDocument", requiredProperties = {"title", "feedUrl", "items"})
    public record FeedDocument(String title, String feedUrl, List<FeedItem> items) {}

    static byte[] render(FeedFormat format, String title, String feedUrl, String homeUrl, List<FeedItem> items,
            Instant lastModified, ObjectMapper json) {
        return switch (format) {
            case JSON -> bytes(json, new FeedDocument(title, feedUrl, items));
            case JSON_FEED -> bytes(json, jsonFeed(title, feedUrl, homeUrl, items));
            case JSON_LD -> bytes(json, jsonLd(title, items));
            case ICALENDAR -> CalendarWriter.write(items.stream().filter(i -> i.start() != null).map(FeedRenderers::calendarEvent)
                    .toList()).getBytes(StandardCharsets.UTF_8);
            case RSS -> syndication("rss_2.0", title, feedUrl, homeUrl, entries(items), lastModified);
            case ATOM -> syndication("atom_1.0", title, feedUrl, homeUrl, entries(items), lastModified);
            case HTML -> throw new IllegalArgumentException("The embed page is rendered by EmbedPage");
        };
    }

    private static CalendarWriter.CalendarEvent calendarEvent(FeedItem i) {
        String location = i.place() == null ? null : String.join(", ", java.util.stream.Stream.of(i.place().name(), i.place().address())
                .filter(x -> x != null && !x.isBlank()).toList());
        return new CalendarWriter.CalendarEvent(i.id() + "@digitalimpactnorth.se", i.titleOrKind(), i.summary(),
                location == null || location.isBlank() ? null : location, URI.create(i.url()), i.start(), i.end(), i.timeZone(),
                i.rrule(), "CANCELLED".equals(i.eventStatus()), i.version(), i.updated().toInstant(),
                i.place() == null ? null : i.place().latitude(), i.place() == null ? null : i.place().longitude());
    }

    private static Map<String, Object> jsonFeed(String title, String feedUrl, String homeUrl, List<FeedItem> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title);
        feed.put("home_page_url", homeUrl);
        feed.put("feed_url", feedUrl);
        feed.put("language", "sv");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (FeedItem i : items) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", "urn:uuid:" + i.id());
            e.put("url", i.url());
            e.put("title", i.titleOrKind());
            e.put("content_text", i.summary() == null ? i.titleOrKind() : i.summary());
            if (i.published() != null) {
                e.put("date_published", rfc3339(i.published()));
            }
            e.put("date_modified", rfc3339(i.updated()));
            e.put("authors", List.of(ordered("name", i.organizer().name(), "url", i.organizer().url())));
            e.put("tags", i.tags());
            if (i.start() != null) {
                e.put("_din", ordered("start", rfc3339(i.start()), "end", rfc3339(i.end()), "timeZone", i.timeZone()));
            }
            entries.add(e);
        }
        feed.put("items", entries);
        return feed;
    }

    /** schema.org: events as Event, labs and testbeds as places offering a service, the rest as CreativeWork. */
    private static Map<String, Object> jsonLd(String title, List<FeedItem> items) {
        List<Map<String, Object>> things = new ArrayList<>();
        for (FeedItem i : items) {
            Map<String, Object> thing = new LinkedHashMap<>();
            Map<String, Object> organizer = ordered("@type", "Organization", "name", i.organizer().name(), "url", i.organizer().url());
            if (i.start() != null) {
                thing.put("@type", "Event");
                thing.put("name", i.titleOrKind());
                thing.put("startDate", rfc3339(i.start()));
                thing.put("endDate", rfc3339(i.end()));
                thing.put("eventStatus", "https://schema.org/" + switch (i.eventStatus() == null ? "SCHEDULED" : i.eventStatus()) {
                    case "CANCELLED" -> "EventCancelled";
                    case "POSTPONED" -> "EventPostponed";
                    default -> "EventScheduled";
                });
                thing.put("eventAttendanceMode", "https://schema.org/" + switch (i.attendanceMode() == null ? "OFFLINE" : i.attendanceMode()) {
                    case "ONLINE" -> "OnlineEventAttendanceMode";
                    case "MIXED" -> "MixedEventAttendanceMode";
                    default -> "OfflineEventAttendanceMode";
                });
                List<Map<String, Object>> locations = new ArrayList<>();
                if (i.place() != null) {
                    locations.add(place(i.place()));
                }
                if (i.onlineUrl() != null) {
                    locations.add(ordered("@type", "VirtualLocation", "url", i.onlineUrl()));
                }
                if (!locations.isEmpty()) {
                    thing.put("location", locations.size() == 1 ? locations.getFirst() : locations);
                }
                thing.put("organizer", organizer);
            } else if ("LAB".equals(i.kind()) || "TESTBED".equals(i.kind())) {
                thing.putAll(i.place() == null ? ordered("@type", "Place") : place(i.place()));
                thing.put("name", i.titleOrKind());
                Map<String, Object> service = new LinkedHashMap<>();
                service.put("@type", "Service");
                service.put("name", i.titleOrKind());
                service.put("serviceType", "TESTBED".equals(i.kind()) ? "Testbed" : "Laboratory");
                service.put("provider", organizer);
                thing.put("makesOffer", ordered("@type", "Offer", "itemOffered", service));
            } else {
                thing.put("@type", "CreativeWork");
                thing.put("name", i.titleOrKind());
                thing.put("publisher", organizer);
            }
            if (i.summary() != null) {
                thing.put("description", i.summary());
            }
            thing.put("url", i.url());
            things.add(thing);
        }
        return itemList(title, things);
    }

    /** A schema.org ItemList of the things in their order, positions from 1: every JSON-LD feed's document. */
    static Map<String, Object> itemList(String title, List<Map<String, Object>> things) {
        List<Map<String, Object>> elements = new ArrayList<>();
        int position = 1;
        for (Map<String, Object> thing : things) {
            elements.add(ordered("@type", "ListItem", "position", position++, "item", thing));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "ItemList");
        list.put("name", title);
        list.put("itemListElement", elements);
        return list;
    }

    /**
     * An RFC 3339 date-time, seconds always included: {@code OffsetDateTime.toString()} drops zero
     * seconds ({@code 10:00+01:00}), which JSON Feed's and the contract's date-time do not accept.
     */
    static String rfc3339(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static Map<String, Object> place(FeedItem.Place p) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        if (p.name() != null) {
            place.put("name", p.name());
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (p.address() != null) {
            address.put("streetAddress", p.address());
        }
        if (p.municipality() != null) {
            address.put("addressLocality", p.municipality());
        }
        address.put("addressCountry", "SE");
        place.put("address", address);
        if (p.latitude() != null) {
            place.put("geo", ordered("@type", "GeoCoordinates", "latitude", p.latitude(), "longitude", p.longitude()));
        }
        return place;
    }

    /** One entry of an RSS or Atom feed, whatever it lists. */
    record SyndicationEntry(String uri, String title, String link, String author, String description, Instant published,
            Instant updated, List<String> categories) {}

    /** An RSS or Atom entry of any feed's item: the summary, else the title; published, else updated. */
    static SyndicationEntry syndicationEntry(FeedEntry i, String author, List<String> categories) {
        return new SyndicationEntry("urn:uuid:" + i.id(), i.titleOrKind(), i.url(), author,
                i.summary() == null ? i.titleOrKind() : i.summary(),
                (i.published() != null ? i.published() : i.updated()).toInstant(), i.updated().toInstant(), categories);
    }

    private static List<SyndicationEntry> entries(List<FeedItem> items) {
        return items.stream().map(i -> syndicationEntry(i, i.organizer().name(), i.tags())).toList();
    }

    static byte[] syndication(String type, String title, String feedUrl, String homeUrl, List<SyndicationEntry> items,
            Instant lastModified) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(title);
        feed.setLink(homeUrl);
        feed.setUri(feedUrl);
        // Atom's rel="self": where this very feed is fetched, the canonical URL.
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(feedUrl);
        self.setType(type.startsWith("atom") ? "application/atom+xml" : "application/rss+xml");
        feed.setLinks(List.of(self));
        feed.setDescription("Digital Impact North: " + title);
        feed.setLanguage("sv");
        feed.setPublishedDate(Date.from(lastModified));
        List<SyndEntry> entries = new ArrayList<>();
        for (SyndicationEntry i : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(i.uri());
            entry.setTitle(i.title());
            entry.setLink(i.link());
            entry.setAuthor(i.author());
            SyndContent description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(i.description());
            entry.setDescription(description);
            entry.setPublishedDate(Date.from(i.published()));
            entry.setUpdatedDate(Date.from(i.updated()));
            List<SyndCategory> categories = new ArrayList<>();
            for (String tag : i.categories()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(tag);
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the " + type + " feed", e);
        }
    }

    static byte[] bytes(ObjectMapper json, Object document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the JSON feed", e);
        }
    }
}
