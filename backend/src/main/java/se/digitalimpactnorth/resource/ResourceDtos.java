package se.digitalimpactnorth.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.actor.ActorDtos.Location;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.MultiLine;
import se.digitalimpactnorth.common.validation.HttpUrl;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/** Request and response bodies of the resource endpoints. */
public final class ResourceDtos {

    private ResourceDtos() {}

    // ------------------------------------------------------------------ input

    /**
     * What an actor's editor sends to create or replace a resource. The details object that
     * matches {@code kind} is required where the kind has required fields; the others must be absent.
     */
    @Schema(name = "ResourceInput", requiredProperties = {"kind", "actorId", "title"})
    public record ResourceInput(
            @NotNull ResourceKind kind,
            @NotNull @Schema(description = "The publishing actor; the caller must be its owner or editor") UUID actorId,
            @Size(max = 10) List<@NotNull UUID> coOrganiserIds,
            @NotNull @Valid TextInput title,
            @Valid SummaryInput summary,
            @Valid BodyInput body,
            @Pattern(regexp = "sv|en", message = "must be sv or en") String language,
            @Size(max = 20) List<@NotNull @Size(min = 1, max = 60) String> tags,
            @Size(max = 20) List<@NotBlank String> technologyAreas,
            @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
            @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit SCB municipality code") String municipalityCode,
            @Valid Location location,
            @Size(max = 10) List<@NotNull @Valid Link> links,
            @Valid Contact contact,
            @Valid EventDetails event,
            @Valid MeetingPlaceDetails meetingPlace,
            @Valid HorizonScanDetails horizonScan,
            @Valid ResearchResultDetails researchResult,
            @Valid EducationDetails education,
            @Valid SupportUnitDetails supportUnit,
            @Valid FacilityDetails facility,
            @Valid SeminarSeriesDetails seminarSeries) {}

    /** A moderator's takedown: the reason is shown to the publisher's people. */
    @Schema(name = "TakedownInput", requiredProperties = "reason")
    public record TakedownInput(
            @NotNull @NotBlank @Size(max = 2000) @Schema(description = "Why it was taken down, for the publisher's people")
            String reason) {}

    @Schema(name = "TitleInput", description = "At least one language")
    public record TextInput(@Size(max = 300) String sv, @Size(max = 300) String en) {}

    @Schema(name = "SummaryInput")
    public record SummaryInput(
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 1000) String sv,
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 1000) String en) {}

    @Schema(name = "BodyInput", description = "Markdown")
    public record BodyInput(
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 50000) String sv,
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 50000) String en) {}

    @Schema(name = "Link", requiredProperties = "url")
    public record Link(@Size(max = 200) String label, @NotNull @HttpUrl @Size(max = 2048) String url) {}

    @Schema(name = "Contact")
    public record Contact(@Size(max = 200) String name, @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number") String phone) {}

    public enum AttendanceMode { OFFLINE, ONLINE, MIXED }

    public enum EventStatus { SCHEDULED, CANCELLED, POSTPONED }

    public enum Frequency { DAILY, WEEKLY, MONTHLY }

    public enum Weekday { MO, TU, WE, TH, FR, SA, SU }

    @Schema(name = "EventDetails", requiredProperties = {"start", "end"},
            description = "Times are local wall-clock times in timeZone, so a weekly 10:00 stays 10:00 across summer time")
    public record EventDetails(
            @NotNull @Schema(description = "Local date-time without offset, e.g. 2026-03-29T10:00:00") LocalDateTime start,
            @NotNull @Schema(description = "Local date-time without offset") LocalDateTime end,
            @Size(max = 64) @Schema(description = "IANA time zone (default Europe/Stockholm)", examples = "Europe/Stockholm") String timeZone,
            Boolean allDay,
            @Valid Recurrence recurrence,
            @Valid Venue venue,
            @HttpUrl @Size(max = 2048) String onlineUrl,
            AttendanceMode attendanceMode,
            @HttpUrl @Size(max = 2048) String registrationUrl,
            LocalDate registrationDeadline,
            @Min(1) @Max(1_000_000) Integer capacity,
            @Size(max = 100) String price,
            @Size(max = 5) List<@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String> languages,
            EventStatus eventStatus) {}

    @Schema(name = "Recurrence", requiredProperties = "freq",
            description = "A bounded RRULE subset: COUNT ≤ 200 or UNTIL at most two years after the start")
    public record Recurrence(
            @NotNull Frequency freq,
            @Min(1) @Max(99) Integer interval,
            @Size(max = 7) List<@NotNull Weekday> byDay,
            @Min(1) @Max(200) Integer count,
            LocalDate until,
            @Size(max = 200) List<@NotNull LocalDate> exceptions) {}

    @Schema(name = "Venue")
    public record Venue(@Size(max = 200) String name, @Size(max = 300) String address,
            @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit SCB municipality code") String municipalityCode,
            @Valid Location location) {}

    @Schema(name = "MeetingPlaceDetails")
    public record MeetingPlaceDetails(@Size(max = 300) String address, @Size(max = 500) String openingHours,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> facilities,
            @HttpUrl @Size(max = 2048) String bookingUrl) {}

    @Schema(name = "HorizonScanDetails", requiredProperties = "publicationDate")
    public record HorizonScanDetails(@NotNull LocalDate publicationDate,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> themes,
            @HttpUrl @Size(max = 2048) String documentUrl, @Size(max = 200) String publisher) {}

    @Schema(name = "ResearchResultDetails", requiredProperties = {"authors", "date"})
    public record ResearchResultDetails(
            @Pattern(regexp = "10\\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+", message = "must be a DOI such as 10.1000/xyz123") String doi,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> authors,
            @NotNull LocalDate date,
            @HttpUrl @Size(max = 2048) String url,
            Boolean openAccess) {}

    public enum EducationLevel { PRE_UNIVERSITY, VOCATIONAL, FIRST_CYCLE, SECOND_CYCLE, THIRD_CYCLE, PROFESSIONAL }

    public enum StudyMode { CAMPUS, DISTANCE, HYBRID }

    @Schema(name = "EducationDetails", requiredProperties = {"level", "mode"})
    public record EducationDetails(
            @NotNull EducationLevel level,
            @DecimalMin("0.5") @DecimalMax("400") @Schema(description = "Higher-education credits (hp)") BigDecimal credits,
            @Min(1) @Max(100) @Schema(description = "Pace in percent of full time") Integer pace,
            @NotNull StudyMode mode,
            @Size(max = 20) List<@NotNull LocalDate> startDates,
            LocalDate applicationDeadline,
            @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String language) {}

    @Schema(name = "SupportUnitDetails", description = "Project offices and business-development units")
    public record SupportUnitDetails(@Size(max = 30) List<@NotBlank @Size(max = 200) String> services,
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true))
                    @Size(max = 500) String eligibility, @Size(max = 500) String costModel) {}

    public enum AccessCondition { OPEN, MEMBERS, BY_AGREEMENT }

    @Schema(name = "FacilityDetails", requiredProperties = "accessCondition", description = "Labs and testbeds")
    public record FacilityDetails(
            @Size(max = 20) @Schema(description = "Technology area codes") List<@NotBlank String> domains,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> useCases,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> equipment,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> datasets,
            @NotNull AccessCondition accessCondition,
            @Size(max = 500) String costModel,
            @HttpUrl @Size(max = 2048) String bookingUrl,
            @Min(1) @Max(9) Integer trlMin,
            @Min(1) @Max(9) Integer trlMax) {}

    @Schema(name = "SeminarSeriesDetails")
    public record SeminarSeriesDetails(@Size(max = 300) String topic, @Size(max = 200) String cadence,
            @Size(max = 200) @Schema(description = "Ids of EVENT resources of the same actor") List<@NotNull UUID> eventIds) {}

    // ------------------------------------------------------------------ output

    @Schema(name = "Occurrence", requiredProperties = {"start", "end"})
    public record Occurrence(OffsetDateTime start, OffsetDateTime end) {}

    /** Why the public does not see a resource; more than one may hold. */
    public enum HiddenReason { DRAFT, ARCHIVED, TAKEN_DOWN, PUBLISHER_PENDING, PUBLISHER_SUSPENDED }

    @Schema(name = "ResourceModeration", requiredProperties = {"visibleToPublic", "hiddenBecause"},
            description = "Whether the public sees the resource, and if not why; only for the publisher's people and moderators")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Moderation(
            boolean visibleToPublic,
            List<HiddenReason> hiddenBecause,
            @Schema(description = "The moderator's reason, while taken down") String takedownReason,
            @Schema(description = "When a moderator took it down") OffsetDateTime takenDownAt) {}

    @Schema(name = "CoOrganiserInvitation", requiredProperties = {"actor", "status", "invitedAt"},
            description = "An actor named as co-organiser and its answer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CoOrganiserInvitation(ActorRef actor, CoOrganiser.Status status, OffsetDateTime invitedAt,
            OffsetDateTime answeredAt) {}

    @Schema(name = "ReceivedInvitation", requiredProperties = {"resource", "publisher", "status", "invitedAt"},
            description = "An invitation to an actor to co-organise another actor's resource")
    public record ReceivedInvitation(InvitedResource resource, ActorRef publisher, CoOrganiser.Status status,
            OffsetDateTime invitedAt) {}

    @Schema(name = "InvitedResource", requiredProperties = {"id", "slug", "kind", "status", "title"})
    public record InvitedResource(UUID id, String slug, ResourceKind kind, ResourceStatus status, LocalizedText title) {}

    @Schema(name = "ReceivedInvitationList", requiredProperties = "items")
    public record ReceivedInvitationList(List<ReceivedInvitation> items) {}

    @Schema(name = "Resource", requiredProperties = {"id", "slug", "kind", "family", "status", "actor", "coOrganisers",
        "title", "summary", "body", "bodyHtml", "language", "tags", "technologyAreas", "sdgs", "links", "occurrences",
        "version", "createdAt", "updatedAt", "canEdit"})
    public record ResourceView(
            UUID id, String slug,
            @Schema(description = "The publisher's own id for it, when it was created or claimed by upsert"
                    + " (`PUT /api/v1/actors/{actorId}/resources/by-external-id/{externalId}`)") String externalId,
            ResourceKind kind, ResourceKind.Family family, ResourceStatus status,
            ActorRef actor,
            @Schema(description = "The co-organisers that accepted their invitation") List<ActorRef> coOrganisers,
            @Schema(description = "Every actor named as co-organiser, with its answer; only for the publisher's people and moderators")
            @JsonInclude(JsonInclude.Include.NON_NULL) List<CoOrganiserInvitation> coOrganiserInvitations,
            LocalizedText title, LocalizedText summary,
            @Schema(description = "Markdown, as written") LocalizedText body,
            @Schema(description = "The body rendered to sanitised HTML") LocalizedText bodyHtml,
            String language, List<String> tags, List<TechnologyAreaDto> technologyAreas, List<Integer> sdgs,
            MunicipalityRef municipality, Location location, List<Link> links, Contact contact,
            @Schema(description = "The kind's own fields, as sent (EVENT: EventDetails, LAB/TESTBED: FacilityDetails, ...)")
            Map<String, Object> details,
            @Schema(description = "EVENT: the next occurrences (up to 20), with offsets") List<Occurrence> occurrences,
            long version, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
            @Schema(description = "Whether the caller may edit it (never while it is taken down)") boolean canEdit,
            @Schema(description = "Only for the publisher's people and moderators; absent for everyone else")
            @JsonInclude(JsonInclude.Include.NON_NULL) Moderation moderation) implements ETags.Versioned {}

    @Schema(name = "ResourceSummary", requiredProperties = {"id", "slug", "kind", "family", "status", "actor", "title",
        "summary", "tags", "occurrences"})
    public record ResourceSummary(UUID id, String slug, ResourceKind kind, ResourceKind.Family family, ResourceStatus status,
            ActorRef actor, LocalizedText title, LocalizedText summary, List<String> tags, MunicipalityRef municipality,
            @Schema(description = "Where it is, for the catalogue's map; absent when it has no location") Location location,
            @Schema(description = "EVENT: occurrences in the requested date range (or upcoming), up to 10") List<Occurrence> occurrences,
            AccessCondition accessCondition, OffsetDateTime publishedAt,
            @Schema(description = "Only in one actor's list asked for by its people or a moderator; absent for everyone else")
            @JsonInclude(JsonInclude.Include.NON_NULL) Moderation moderation) {}

    @Schema(name = "Facets", description = "How many of the matching resources have each value",
            requiredProperties = {"kind", "family", "technologyArea", "sdg", "municipality"})
    public record Facets(Map<String, Long> kind, Map<String, Long> family, Map<String, Long> technologyArea,
            Map<String, Long> sdg, Map<String, Long> municipality) {}

    @Schema(name = "TakenDownResource", requiredProperties = {"id", "slug", "kind", "status", "actor", "title", "takedownReason",
        "takenDownAt"}, description = "A resource a moderator took down, for the moderators' queue")
    public record TakenDownResource(UUID id, String slug, ResourceKind kind,
            @Schema(description = "As its editors left it; a restore brings it back so") ResourceStatus status,
            @Schema(description = "The publisher") ActorRef actor, LocalizedText title,
            @Schema(description = "The moderator's reason, shown to the publisher's people") String takedownReason,
            OffsetDateTime takenDownAt) {}

    @Schema(name = "TakenDownPage", requiredProperties = "items")
    public record TakenDownPage(List<TakenDownResource> items, String nextCursor) {}

    @Schema(name = "ResourcePage", requiredProperties = {"items", "facets"})
    public record ResourcePage(List<ResourceSummary> items, String nextCursor, Facets facets) {}
}
