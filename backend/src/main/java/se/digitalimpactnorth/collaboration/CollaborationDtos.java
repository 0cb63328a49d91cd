package se.digitalimpactnorth.collaboration;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeAreaRef;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.validation.HttpUrl;
import se.digitalimpactnorth.resource.ResourceDtos.BodyInput;
import se.digitalimpactnorth.resource.ResourceDtos.SummaryInput;
import se.digitalimpactnorth.resource.ResourceDtos.TextInput;
import se.digitalimpactnorth.resource.ResourceKind;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/**
 * Request and response bodies of the collaboration endpoints (the participants' input and inbox
 * records live beside ParticipantsEndpoint). Title, summary and description reuse the resources'
 * text inputs, so the SPA has one shape for each.
 */
public final class CollaborationDtos {

    private CollaborationDtos() {}

    /** The most amount a funding line may state: 10^12 kronor. */
    public static final long MAX_AMOUNT_SEK = 1_000_000_000_000L;

    // ------------------------------------------------------------------ input

    /** What the lead's owners and editors send to create or replace a collaboration. */
    @Schema(name = "CollaborationInput", requiredProperties = {"leadActorId", "kind", "status", "title", "startDate"})
    public record CollaborationInput(
            @NotNull @Schema(description = "The leading actor; the caller must be its owner or editor. On update it must be the"
                    + " current lead: hand the lead over instead") UUID leadActorId,
            @NotNull CollaborationKind kind,
            @NotNull CollaborationStatus status,
            @NotNull @Valid TextInput title,
            @Valid SummaryInput summary,
            @Valid @Schema(description = "Markdown") BodyInput description,
            @NotNull LocalDate startDate,
            @Schema(description = "On or after startDate") LocalDate endDate,
            @HttpUrl @Size(max = 2048) String website,
            @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
            @Size(max = 20) @Schema(description = "Technology area codes") List<@NotBlank @Size(max = 60) String> technologyAreas,
            @Size(max = 20) @Schema(description = "SSIF 2025 codes of any level: area (1 digit), group (3) or subject (5)")
            List<@NotNull @Pattern(regexp = "[0-9]{1,5}", message = "must be an SSIF code") String> knowledgeAreas,
            @Size(max = 50) @Schema(description = "Where it takes place: four-digit SCB municipality codes")
            List<@NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit SCB municipality code") String> places,
            @Size(max = 20) List<@NotNull @Valid FundingLineInput> funding,
            @Size(max = 50) @Schema(description = "Resources whose publisher is an invited or accepted participant")
            List<@NotNull UUID> linkedResourceIds) {}

    /** A funding line: exactly one of funderActorId and funderName. */
    @Schema(name = "FundingLineInput", requiredProperties = {"amountSek", "type"},
            description = "Give funderActorId (an actor on the platform) or funderName (an outside funder), not both")
    public record FundingLineInput(
            UUID funderActorId,
            @Size(max = 200) String funderName,
            @Size(max = 200) String programme,
            @NotNull @Min(0) @Max(MAX_AMOUNT_SEK) @Schema(description = "Whole kronor") Long amountSek,
            @NotNull FundingType type) {}

    // ------------------------------------------------------------------ output

    @Schema(name = "FundingLine", requiredProperties = {"amountSek", "type"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FundingLine(
            @Schema(description = "The funding actor, when it is on the platform") ActorRef funder,
            @Schema(description = "The outside funder's name, otherwise") String funderName,
            String programme, long amountSek, FundingType type) {}

    @Schema(name = "LinkedResource", requiredProperties = {"id", "slug", "kind", "title", "actor"},
            description = "A resource of a participant that the collaboration used or produced")
    public record LinkedResource(UUID id, String slug, ResourceKind kind, LocalizedText title,
            @Schema(description = "Its publisher") ActorRef actor) {}

    @Schema(name = "Participant", requiredProperties = {"actor", "sector", "role", "since"},
            description = "A participant that counts: accepted, and its actor active")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(ActorRef actor, Sector sector, MunicipalityRef municipality, ParticipantRole role,
            @Schema(description = "When it accepted (the lead: when it created the collaboration)") OffsetDateTime since) {}

    @Schema(name = "ParticipantInvitation", requiredProperties = {"actor", "role", "status", "invitedAt"},
            description = "An actor named in a collaboration and where its invitation stands")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParticipantInvitation(ActorRef actor, ParticipantRole role, ParticipantStatus status,
            OffsetDateTime invitedAt, OffsetDateTime answeredAt) {}

    /** Why the public does not see a collaboration; more than one may hold. */
    @Schema(name = "CollaborationHiddenReason")
    public enum HiddenReason { DRAFT, ARCHIVED, TAKEN_DOWN, LEAD_NOT_ACTIVE, TOO_FEW_PARTICIPANTS }

    @Schema(name = "CollaborationModeration", requiredProperties = {"visibleToPublic", "hiddenBecause"},
            description = "Whether the public sees the collaboration, and if not why; only for its participants' people and moderators")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Moderation(
            boolean visibleToPublic,
            List<HiddenReason> hiddenBecause,
            @Schema(description = "The moderator's reason, while taken down") String takedownReason,
            @Schema(description = "When a moderator took it down") OffsetDateTime takenDownAt) {}

    @Schema(name = "Collaboration", requiredProperties = {"id", "slug", "kind", "status", "publication", "title", "summary",
        "description", "descriptionHtml", "startDate", "sdgs", "technologyAreas", "knowledgeAreas", "places", "funding",
        "linkedResources", "lead", "participants", "boundaryProfile", "version", "createdAt", "updatedAt", "canEdit"})
    public record CollaborationView(
            UUID id, String slug,
            @Schema(description = "The lead's own id for it, when it was created by upsert"
                    + " (`PUT /api/v1/actors/{actorId}/collaborations/by-external-id/{externalId}`)") String externalId,
            CollaborationKind kind, CollaborationStatus status, Publication publication,
            LocalizedText title, LocalizedText summary,
            @Schema(description = "Markdown, as written") LocalizedText description,
            @Schema(description = "The description rendered to sanitised HTML") LocalizedText descriptionHtml,
            LocalDate startDate, LocalDate endDate, String website,
            List<Integer> sdgs, List<TechnologyAreaDto> technologyAreas, List<KnowledgeAreaRef> knowledgeAreas,
            @Schema(description = "Where it takes place") List<MunicipalityRef> places,
            List<FundingLine> funding,
            @Schema(description = "Only those the caller may see") List<LinkedResource> linkedResources,
            ActorRef lead,
            @Schema(description = "The participants that count (accepted, actor active), the lead included") List<Participant> participants,
            @Schema(description = "Every actor ever named, with its answer; only for the lead's people and moderators")
            @JsonInclude(JsonInclude.Include.NON_NULL) List<ParticipantInvitation> invitations,
            BoundaryProfile boundaryProfile,
            long version, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
            @Schema(description = "Whether the caller may edit it (never while it is taken down)") boolean canEdit,
            @Schema(description = "Only for the participants' people and moderators; absent for everyone else")
            @JsonInclude(JsonInclude.Include.NON_NULL) Moderation moderation) implements ETags.Versioned {}

    @Schema(name = "CollaborationSummary", requiredProperties = {"id", "slug", "kind", "status", "publication", "title", "summary",
        "startDate", "lead", "participantCount", "boundaryProfile"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CollaborationSummary(UUID id, String slug, CollaborationKind kind, CollaborationStatus status,
            Publication publication, LocalizedText title, LocalizedText summary, LocalDate startDate, LocalDate endDate,
            ActorRef lead,
            @Schema(description = "Participants that count (accepted, actor active), the lead included") int participantCount,
            BoundaryProfile boundaryProfile, OffsetDateTime publishedAt,
            @Schema(description = "Only in an actor's list asked for by its people or a moderator; absent for everyone else")
            Moderation moderation) {}

    @Schema(name = "CollaborationFacets", description = "How many of the matching collaborations have each value",
            requiredProperties = {"kind", "status", "sector", "sdg", "technologyArea", "knowledgeArea", "municipality", "county",
                "crosses", "score"})
    public record CollaborationFacets(Map<String, Long> kind, Map<String, Long> status, Map<String, Long> sector,
            Map<String, Long> sdg, Map<String, Long> technologyArea,
            @Schema(description = "By SSIF research area (level 1)") Map<String, Long> knowledgeArea,
            Map<String, Long> municipality, Map<String, Long> county,
            @Schema(description = "By boundary crossed") Map<String, Long> crosses,
            @Schema(description = "By boundary score, 0 to 5") Map<String, Long> score) {

        static CollaborationFacets none() {
            return new CollaborationFacets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                    Map.of());
        }
    }

    @Schema(name = "CollaborationPage", requiredProperties = {"items", "facets"})
    public record CollaborationPage(List<CollaborationSummary> items,
            @Schema(description = "Pass as `cursor` for the next page; absent on the last page") String nextCursor,
            CollaborationFacets facets) {}
}
