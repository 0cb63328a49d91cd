package se.digitalimpactnorth.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.feed.CollaborationFeedItem.Organisation;
import se.digitalimpactnorth.feed.FeedRenderers.SyndicationEntry;

/**
 * Renders the collaborations feed: the platform's JSON, Atom (Rome, through FeedRenderers) and
 * schema.org JSON-LD. Like FeedRenderers, the output depends only on the items, never on the clock.
 */
final class CollaborationFeedRenderers {

    private CollaborationFeedRenderers() {}

    /** The platform's own JSON document of the collaborations feed. */
    @Schema(name = "CollaborationFeedDocument", requiredProperties = {"title", "feedUrl", "items"})
    public record CollaborationFeedDocument(String title, String feedUrl, List<CollaborationFeedItem> items) {}

    static byte[] render(FeedFormat format, String title, String feedUrl, String homeUrl, List<CollaborationFeedItem> items,
            Instant lastModified, ObjectMapper json) {
        return switch (format) {
            case JSON -> FeedRenderers.bytes(json, new CollaborationFeedDocument(title, feedUrl, items));
            case ATOM -> FeedRenderers.syndication("atom_1.0", title, feedUrl, homeUrl, entries(items), lastModified);
            case JSON_LD -> FeedRenderers.bytes(json, jsonLd(title, items));
            default -> throw new IllegalArgumentException("The collaborations feed has no " + format + " format");
        };
    }

    /** Atom: the lead as author; the kind, the status and the boundaries crossed as categories. */
    private static List<SyndicationEntry> entries(List<CollaborationFeedItem> items) {
        return items.stream().map(i -> FeedRenderers.syndicationEntry(i, i.lead().name(),
                Stream.concat(Stream.of(i.kind(), i.status()), i.boundaryProfile().crossed().stream().map(Boundary::name)).toList()))
                .toList();
    }

    /**
     * schema.org: an ItemList of Project items. A Project is an Organization, so its members are
     * the participants that count (the lead first) and its funders are Organizations too; each
     * has its page on the platform as both {@code @id} and {@code url}, so linked-data readers see
     * the same organisation in every collaboration it takes part in. An outside funder has only a
     * name. The project's period is its foundingDate and dissolutionDate (Organization's terms).
     */
    private static Map<String, Object> jsonLd(String title, List<CollaborationFeedItem> items) {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (CollaborationFeedItem i : items) {
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("@type", "Project");
            project.put("@id", i.url());
            project.put("name", i.titleOrKind());
            if (i.summary() != null) {
                project.put("description", i.summary());
            }
            project.put("url", i.url());
            if (i.website() != null) {
                project.put("sameAs", i.website());
            }
            project.put("foundingDate", i.startDate().toString());
            if (i.endDate() != null) {
                project.put("dissolutionDate", i.endDate().toString());
            }
            project.put("member", i.members().stream().map(m -> organization(new Organisation(m.name(), m.url()))).toList());
            if (!i.funders().isEmpty()) {
                project.put("funder", i.funders().stream().map(CollaborationFeedRenderers::organization).toList());
            }
            projects.add(project);
        }
        return FeedRenderers.itemList(title, projects);
    }

    private static Map<String, Object> organization(Organisation o) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        if (o.url() != null) {
            org.put("@id", o.url());
        }
        org.put("name", o.name());
        if (o.url() != null) {
            org.put("url", o.url());
        }
        return org;
    }
}
