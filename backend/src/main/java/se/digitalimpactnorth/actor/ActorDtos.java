package se.digitalimpactnorth.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.MultiLine;
import se.digitalimpactnorth.common.validation.HttpUrl;
import se.digitalimpactnorth.common.validation.OrgNumber;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/** Request and response bodies of the actor endpoints. Entities never leave the package. */
public final class ActorDtos {

    private ActorDtos() {}

    /** What a member sends to register or update an actor. Status is not here: only moderators change it. */
    @Schema(name = "ActorInput", requiredProperties = {"name", "kind"})
    public record ActorInput(
            @NotNull @NotBlank @Size(min = 2, max = 200) String name,
            @NotNull ActorKind kind,
            @OrgNumber @Schema(examples = "556036-0793", pattern = "^[0-9]{6}-[0-9]{4}$") String orgNumber,
            @Valid MarkdownInput description,
            @HttpUrl @Size(max = 2048) String website,
            @HttpUrl @Size(max = 2048) String logoUrl,
            @Email @Size(max = 254) String contactEmail,
            @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit SCB municipality code") String municipalityCode,
            @Valid Location location,
            @Size(max = 20) List<@NotBlank String> technologyAreas,
            @Size(max = 30) List<@NotNull @Size(min = 1, max = 60) String> competences) {}

    /** Markdown in Swedish and/or English. */
    @Schema(name = "MarkdownInput")
    public record MarkdownInput(
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 10000) String sv,
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 10000) String en) {}

    /** A point inside Sweden (WGS 84). */
    @Schema(name = "Location", requiredProperties = {"lat", "lon"})
    public record Location(
            @NotNull @DecimalMin(value = "55.0", message = "must be inside Sweden (55.0–69.1)")
            @DecimalMax(value = "69.1", message = "must be inside Sweden (55.0–69.1)") Double lat,
            @NotNull @DecimalMin(value = "10.9", message = "must be inside Sweden (10.9–24.2)")
            @DecimalMax(value = "24.2", message = "must be inside Sweden (10.9–24.2)") Double lon) {}

    @Schema(name = "Actor", requiredProperties = {"id", "slug", "name", "kind", "sector", "description",
        "descriptionHtml", "technologyAreas", "competences", "status", "version", "createdAt", "updatedAt"})
    public record ActorView(
            UUID id,
            String slug,
            String name,
            ActorKind kind,
            Sector sector,
            String orgNumber,
            @Schema(description = "Markdown, as written") LocalizedText description,
            @Schema(description = "The description rendered to sanitised HTML") LocalizedText descriptionHtml,
            String website,
            String logoUrl,
            String contactEmail,
            MunicipalityRef municipality,
            Location location,
            List<TechnologyAreaDto> technologyAreas,
            List<String> competences,
            ActorStatus status,
            @Schema(description = "Why a moderator changed the status; shown to the actor's people and moderators only")
            String statusReason,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(description = "The caller's role in this actor, if any") MemberRole myRole) implements ETags.Versioned {}

    @Schema(name = "ActorSummary", requiredProperties = {"id", "slug", "name", "kind", "sector", "status", "technologyAreas"})
    public record ActorSummary(UUID id, String slug, String name, ActorKind kind, Sector sector, ActorStatus status,
            String logoUrl, MunicipalityRef municipality,
            @Schema(description = "Where it is, for the directory's map; absent when it has no location") Location location,
            List<TechnologyAreaDto> technologyAreas) {}

    @Schema(name = "ActorPage", requiredProperties = "items")
    public record ActorPage(List<ActorSummary> items,
            @Schema(description = "Pass as `cursor` for the next page; absent on the last page") String nextCursor) {}

    @Schema(name = "ActorRef", requiredProperties = {"id", "slug", "name", "status"})
    public record ActorRef(UUID id, String slug, String name, ActorStatus status) {
        public static ActorRef of(Actor a) {
            return new ActorRef(a.id, a.slug, a.name, a.status);
        }
    }

    @Schema(name = "ModerationInput")
    public record ModerationInput(
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 1000) String reason) {}

    @Schema(name = "Member", requiredProperties = {"subject", "role", "since"})
    public record MemberView(String subject, String name, MemberRole role, OffsetDateTime since) {}

    @Schema(name = "MemberList", requiredProperties = "items")
    public record MemberList(List<MemberView> items) {}

    @Schema(name = "RoleInput", requiredProperties = "role")
    public record RoleInput(@NotNull MemberRole role) {}

    @Schema(name = "JoinRequestInput")
    public record JoinRequestInput(
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 1000) String message) {}

    @Schema(name = "JoinDecisionInput")
    public record JoinDecisionInput(
            MemberRole role,
            @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true)) @Size(max = 1000) String reason) {}

    @Schema(name = "JoinRequest", requiredProperties = {"id", "actor", "subject", "status", "createdAt"})
    public record JoinRequestView(UUID id, ActorRef actor, String subject, String name, String message,
            JoinRequestStatus status, OffsetDateTime createdAt, OffsetDateTime decidedAt) {}

    @Schema(name = "JoinRequestList", requiredProperties = "items")
    public record JoinRequestList(List<JoinRequestView> items) {}

    @Schema(name = "MembershipOfMe", requiredProperties = {"actor", "role", "since"})
    public record MyMembership(ActorRef actor, MemberRole role, OffsetDateTime since) {}
}
