package se.digitalimpactnorth.feed;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One resource as every feed format sees it, in one language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FeedItem", requiredProperties = {"id", "url", "kind", "title", "organizer", "tags", "updated"})
public record FeedItem(
        UUID id,
        @Schema(description = "The resource's page on the platform") String url,
        String kind,
        String title,
        @Schema(description = "Plain text") String summary,
        Organizer organizer,
        List<String> tags,
        @Schema(description = "EVENT: the first occurrence of the series") OffsetDateTime start,
        OffsetDateTime end,
        @Schema(description = "EVENT: IANA time zone of its wall-clock times") String timeZone,
        Boolean allDay,
        @Schema(description = "EVENT: RFC 5545 RRULE of the series") String rrule,
        @Schema(description = "EVENT: SCHEDULED, CANCELLED or POSTPONED") String eventStatus,
        @Schema(description = "EVENT: OFFLINE, ONLINE or MIXED") String attendanceMode,
        @Schema(description = "EVENT: the occurrences in the requested range") List<Occurrence> occurrences,
        Place place,
        String onlineUrl,
        @Schema(description = "LAB, TESTBED: OPEN, MEMBERS or BY_AGREEMENT") String accessCondition,
        OffsetDateTime published,
        OffsetDateTime updated,
        @JsonIgnore @Schema(hidden = true) long version) implements FeedEntry {

    @Schema(name = "FeedOrganizer", requiredProperties = {"name", "url"})
    public record Organizer(String name, String url) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FeedPlace")
    public record Place(String name, String address, String municipality, Double latitude, Double longitude) {}

    @Schema(name = "FeedOccurrence", requiredProperties = {"start", "end"})
    public record Occurrence(OffsetDateTime start, OffsetDateTime end) {}
}
