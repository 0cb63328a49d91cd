package se.digitalimpactnorth.insights;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.resource.ResourceKind;

/**
 * The rows of the figures, one record per figure. Rows are flat (strings, numbers, booleans), so
 * each is also a line of its CSV form, with the record's components as the header. Shares are
 * decimals 0..1 rounded to four decimals. docs/insights.md defines every number.
 */
public final class InsightRows {
    private InsightRows() {}

    /** The kinds of area that co-occur in collaborations. */
    public enum AreaKind { KNOWLEDGE, TECHNOLOGY }

    @Schema(name = "ActorsBySectorRow", requiredProperties = {"sector", "actors"})
    public record ActorsBySector(Sector sector,
            @Schema(description = "Active actors of the sector that match the filters and joined by the end of the period")
            long actors) {}

    @Schema(name = "ActorsByKindRow", requiredProperties = {"kind", "sector", "actors"})
    public record ActorsByKind(ActorKind kind, Sector sector,
            @Schema(description = "Active actors of the kind that match the filters and joined by the end of the period")
            long actors) {}

    @Schema(name = "ActorsByCountyRow", requiredProperties = {"countyCode", "countyName", "actors"})
    public record ActorsByCounty(@Schema(examples = "24") String countyCode, @Schema(examples = "Västerbottens län") String countyName,
            @Schema(description = "Active actors in the county's municipalities that match the filters and joined by the end of the period")
            long actors) {}

    @Schema(name = "ActorsByMunicipalityRow", requiredProperties = {"municipalityCode", "municipalityName", "countyCode", "actors"})
    public record ActorsByMunicipality(@Schema(examples = "2480") String municipalityCode,
            @Schema(examples = "Umeå kommun") String municipalityName, @Schema(examples = "24") String countyCode,
            @Schema(description = "Active actors in the municipality that match the filters and joined by the end of the period")
            long actors) {}

    @Schema(name = "ActorsJoinedRow", requiredProperties = {"month", "joined", "total"})
    public record ActorsJoined(@Schema(examples = "2026-03", description = "The month (YYYY-MM)") String month,
            @Schema(description = "Matching active actors that registered in the month (within the period)") long joined,
            @Schema(description = "Matching active actors that registered up to the end of the month (before the period too)")
            long total) {}

    @Schema(name = "ResourcesPublishedRow", requiredProperties = {"month", "family", "kind", "published"})
    public record ResourcesPublished(@Schema(examples = "2026-03") String month, ResourceKind.Family family, ResourceKind kind,
            @Schema(description = "Matching public resources of the kind published in the month (within the period)")
            long published) {}

    @Schema(name = "CollaborationIntensityRow", requiredProperties = {"month", "active", "started"})
    public record CollaborationIntensity(@Schema(examples = "2026-03") String month,
            @Schema(description = "Matching public collaborations running on some day of the month (within the period)") long active,
            @Schema(description = "Matching public collaborations whose start date lies in the month (within the period)")
            long started) {}

    @Schema(name = "BoundaryCrossingRow", requiredProperties = {"month", "collaborations", "sector", "organisation", "place",
        "knowledge", "technology", "tripleHelix", "quadrupleHelix"})
    public record BoundaryCrossing(@Schema(examples = "2026-03") String month,
            @Schema(description = "Matching public collaborations active in the month: the whole the shares are of") long collaborations,
            @Schema(description = "Share (0..1) crossing the sector boundary") double sector,
            @Schema(description = "Share (0..1) crossing the organisation boundary") double organisation,
            @Schema(description = "Share (0..1) crossing the place boundary") double place,
            @Schema(description = "Share (0..1) crossing the knowledge boundary") double knowledge,
            @Schema(description = "Share (0..1) crossing the technology boundary") double technology,
            @Schema(description = "Share (0..1) with business, academia and the public sector among the participants (civil society or not)")
            double tripleHelix,
            @Schema(description = "Share (0..1) with all four sectors among the participants") double quadrupleHelix) {}

    @Schema(name = "BoundaryScoresRow", requiredProperties = {"score", "collaborations", "share"})
    public record BoundaryScores(@Schema(minimum = "0", maximum = "5", description = "Boundaries crossed") int score,
            @Schema(description = "Matching public collaborations active during the period with this score") long collaborations,
            @Schema(description = "Their share (0..1) of all matching collaborations active during the period") double share) {}

    @Schema(name = "SdgCoverageRow", requiredProperties = {"sdg", "nameSv", "nameEn", "resources", "collaborations", "covered"})
    public record SdgCoverage(@Schema(minimum = "1", maximum = "17") int sdg, String nameSv, String nameEn,
            @Schema(description = "Matching public resources published within the period that work on the goal") long resources,
            @Schema(description = "Matching public collaborations active during the period that work on the goal") long collaborations,
            @Schema(description = "False when nobody works on the goal (both counts are zero)") boolean covered) {}

    @Schema(name = "TechnologyAreasRow", requiredProperties = {"code", "nameSv", "nameEn", "actors", "resources", "collaborations"})
    public record TechnologyAreas(String code, String nameSv, String nameEn,
            @Schema(description = "Matching active actors (joined by the end of the period) with the area among their own") long actors,
            @Schema(description = "Matching public resources published within the period tagged with the area") long resources,
            @Schema(description = "Matching public collaborations active during the period tagged with the area") long collaborations) {}

    @Schema(name = "KnowledgeAreasRow", requiredProperties = {"code", "nameSv", "nameEn", "areaCode", "collaborations"})
    public record KnowledgeAreas(@Schema(examples = "102", description = "SSIF research-subject group (3 digits)") String code,
            String nameSv, String nameEn, @Schema(examples = "1", description = "Its SSIF research area (1 digit)") String areaCode,
            @Schema(description = "Matching public collaborations active during the period with a code in the group") long collaborations) {}

    @Schema(name = "AreaCoOccurrenceRow", requiredProperties = {"kindA", "codeA", "nameSvA", "nameEnA", "kindB", "codeB", "nameSvB",
        "nameEnB", "collaborations"})
    public record AreaCoOccurrence(AreaKind kindA, String codeA, String nameSvA, String nameEnA, AreaKind kindB, String codeB,
            String nameSvB, String nameEnB,
            @Schema(description = "Matching public collaborations active during the period that carry both areas") long collaborations) {}

    @Schema(name = "MunicipalityLinksRow", requiredProperties = {"fromCode", "fromName", "toCode", "toName", "collaborations"})
    public record MunicipalityLinks(@Schema(examples = "2480") String fromCode, String fromName,
            @Schema(description = "Mean location of the municipality's located active actors; null when none is located")
            Double fromLatitude, Double fromLongitude,
            @Schema(examples = "2580") String toCode, String toName, Double toLatitude, Double toLongitude,
            @Schema(description = "Matching public collaborations active during the period whose profile has both municipalities")
            long collaborations) {}
}
