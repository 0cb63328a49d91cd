package se.digitalimpactnorth.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the JSON Feed and JSON-LD bodies that {@link FeedRenderers} writes, for the
 * contract only: the renderers build them as maps in the order the formats' own specifications
 * give, and the API tests validate every feed they read against these schemas, so the two cannot drift.
 */
final class FeedSchemas {

    static final String JSON_FEED = "JsonFeed";
    static final String JSON_LD = "JsonLdItemList";

    private FeedSchemas() {}

    @Schema(name = JSON_FEED, description = "JSON Feed 1.1 (jsonfeed.org/version/1.1)",
            requiredProperties = {"version", "title", "items"})
    record JsonFeed(
            @Schema(enumeration = "https://jsonfeed.org/version/1.1") String version,
            String title,
            @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl,
            String language,
            List<JsonFeedItem> items) {}

    @Schema(name = "JsonFeedItem", requiredProperties = {"id", "url", "title", "content_text", "date_modified", "authors", "tags"})
    record JsonFeedItem(
            @Schema(description = "urn:uuid: and the resource's id") String id,
            String url,
            String title,
            @JsonProperty("content_text") String contentText,
            @JsonProperty("date_published") OffsetDateTime datePublished,
            @JsonProperty("date_modified") OffsetDateTime dateModified,
            List<JsonFeedAuthor> authors,
            List<String> tags,
            @JsonProperty("_din") @Schema(description = "EVENT: the first occurrence, as JSON Feed's extension") JsonFeedEvent din) {}

    @Schema(name = "JsonFeedAuthor", requiredProperties = {"name", "url"})
    record JsonFeedAuthor(String name, String url) {}

    @Schema(name = "JsonFeedEvent", requiredProperties = {"start", "end", "timeZone"})
    record JsonFeedEvent(OffsetDateTime start, OffsetDateTime end, String timeZone) {}

    @Schema(name = JSON_LD, description = "A schema.org ItemList of Event, Place and CreativeWork items, as JSON-LD",
            requiredProperties = {"@context", "@type", "name", "itemListElement"})
    record JsonLdItemList(
            @JsonProperty("@context") @Schema(enumeration = "https://schema.org") String context,
            @JsonProperty("@type") @Schema(enumeration = "ItemList") String type,
            String name,
            List<JsonLdListItem> itemListElement) {}

    @Schema(name = "JsonLdListItem", requiredProperties = {"@type", "position", "item"})
    record JsonLdListItem(
            @JsonProperty("@type") @Schema(enumeration = "ListItem") String type,
            int position,
            @Schema(description = "A schema.org Event, Place or CreativeWork") JsonLdThing item) {}

    @Schema(name = "JsonLdThing", requiredProperties = {"@type", "name", "url"}, additionalProperties = Schema.True.class,
            description = "Any further schema.org properties of its type (startDate, location, organizer, address, ...)")
    record JsonLdThing(
            @JsonProperty("@type") @Schema(enumeration = {"Event", "Place", "CreativeWork"}) String type,
            String name,
            String url,
            String description) {}

    @Schema(name = "JsonLdProjectList", description = "A schema.org ItemList of Project items, as JSON-LD",
            requiredProperties = {"@context", "@type", "name", "itemListElement"})
    record JsonLdProjectList(
            @JsonProperty("@context") @Schema(enumeration = "https://schema.org") String context,
            @JsonProperty("@type") @Schema(enumeration = "ItemList") String type,
            String name,
            List<JsonLdProjectListItem> itemListElement) {}

    @Schema(name = "JsonLdProjectListItem", requiredProperties = {"@type", "position", "item"})
    record JsonLdProjectListItem(
            @JsonProperty("@type") @Schema(enumeration = "ListItem") String type,
            int position,
            JsonLdProject item) {}

    @Schema(name = "JsonLdProject", requiredProperties = {"@type", "@id", "name", "url", "foundingDate", "member"},
            description = "A collaboration as a schema.org Project (an Organization): its period as foundingDate and dissolutionDate")
    record JsonLdProject(
            @JsonProperty("@type") @Schema(enumeration = "Project") String type,
            @JsonProperty("@id") @Schema(description = "Its page on the platform") String id,
            String name,
            String description,
            String url,
            @Schema(description = "Its own website") String sameAs,
            @Schema(format = "date") String foundingDate,
            @Schema(format = "date") String dissolutionDate,
            @Schema(description = "The participants that count, the lead first") List<JsonLdOrganization> member,
            @Schema(description = "Funders of its funding lines and participants in the FUNDER role") List<JsonLdOrganization> funder) {}

    @Schema(name = "JsonLdOrganization", requiredProperties = {"@type", "name"},
            description = "An organisation; one on the platform has its page as @id and url, an outside funder only a name")
    record JsonLdOrganization(
            @JsonProperty("@type") @Schema(enumeration = "Organization") String type,
            @JsonProperty("@id") String id,
            String name,
            String url) {}
}
