package se.digitalimpactnorth.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.resource.ResourceKind;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;

/** Suggested partners for an actor or a collaboration, each with its reasons (docs/insights-network.md gives the points). */
@Schema(name = "PartnerSuggestions", requiredProperties = {"subject", "computedAt", "suggestions"})
public record PartnerSuggestions(Subject subject,
        @Schema(description = "When the public ecosystem the candidates come from was read") Instant computedAt,
        @Schema(description = "Best first: score descending, then name, then id") List<PartnerSuggestion> suggestions) {

    public enum SubjectType { ACTOR, COLLABORATION }

    @Schema(name = "PartnerSuggestionSubject", requiredProperties = {"type", "id"})
    public record Subject(SubjectType type, UUID id) {}

    @Schema(name = "PartnerSuggestion", requiredProperties = {"actor", "score", "reasons"})
    public record PartnerSuggestion(SuggestedActor actor, @Schema(description = "The sum of the reasons' points") int score,
            List<PartnerReason> reasons) {}

    @Schema(name = "SuggestedActor", requiredProperties = {"id", "slug", "name", "kind", "sector"})
    public record SuggestedActor(UUID id, String slug, String name, ActorKind kind, Sector sector, String logoUrl,
            MunicipalityRef municipality) {}

    /** Why a candidate fits; {@code kind} says which of the optional fields are present. */
    public enum ReasonKind {
        COMPLEMENTARY_SECTOR, SHARED_TECHNOLOGY, SHARED_KNOWLEDGE, SAME_MUNICIPALITY, SAME_COUNTY, FITTING_RESOURCES,
        PARTNERS_OF_PARTNERS
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnerReason", requiredProperties = {"kind", "points"})
    public record PartnerReason(ReasonKind kind, int points,
            @Schema(description = "COMPLEMENTARY_SECTOR: the candidate's sector, which the subject lacks") Sector sector,
            @Schema(description = "SHARED_TECHNOLOGY: technology areas; SHARED_KNOWLEDGE: SSIF groups") List<Area> areas,
            @Schema(description = "SAME_MUNICIPALITY") MunicipalityRef municipality,
            @Schema(description = "SAME_COUNTY") County county,
            @Schema(description = "FITTING_RESOURCES: the candidate's public testbeds and labs that share a technology area")
            List<Resource> resources,
            @Schema(description = "PARTNERS_OF_PARTNERS: actors that work with both") List<Partner> partners) {

        static PartnerReason of(ReasonKind kind, int points) {
            return new PartnerReason(kind, points, null, null, null, null, null, null);
        }
    }

    @Schema(name = "PartnerReasonArea", requiredProperties = {"code"})
    public record Area(String code, String nameSv, String nameEn) {}

    @Schema(name = "PartnerReasonCounty", requiredProperties = {"code"})
    public record County(String code, String name) {}

    @Schema(name = "PartnerReasonResource", requiredProperties = {"id", "slug", "kind"})
    public record Resource(UUID id, String slug, ResourceKind kind, String titleSv, String titleEn) {}

    @Schema(name = "PartnerReasonPartner", requiredProperties = {"id", "slug", "name"})
    public record Partner(UUID id, String slug, String name) {}
}
