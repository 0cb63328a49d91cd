package se.digitalimpactnorth.insights;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.insights.InsightRows.ActorsByCounty;
import se.digitalimpactnorth.insights.InsightRows.ActorsByKind;
import se.digitalimpactnorth.insights.InsightRows.ActorsByMunicipality;
import se.digitalimpactnorth.insights.InsightRows.ActorsBySector;
import se.digitalimpactnorth.insights.InsightRows.ActorsJoined;
import se.digitalimpactnorth.insights.InsightRows.AreaCoOccurrence;
import se.digitalimpactnorth.insights.InsightRows.BoundaryCrossing;
import se.digitalimpactnorth.insights.InsightRows.BoundaryScores;
import se.digitalimpactnorth.insights.InsightRows.CollaborationIntensity;
import se.digitalimpactnorth.insights.InsightRows.KnowledgeAreas;
import se.digitalimpactnorth.insights.InsightRows.MunicipalityLinks;
import se.digitalimpactnorth.insights.InsightRows.ResourcesPublished;
import se.digitalimpactnorth.insights.InsightRows.SdgCoverage;
import se.digitalimpactnorth.insights.InsightRows.TechnologyAreas;

/**
 * The OpenAPI schemas of the figures' JSON forms: each is an {@link InsightEnvelope} with its own
 * row type, named {@code <Figure>Figure}, so generated clients get typed rows. Only the contract
 * uses these records; the responses are written from {@link InsightEnvelope}.
 */
final class InsightFigureSchemas {
    private InsightFigureSchemas() {}

    @Schema(name = "ActorsBySectorFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record ActorsBySectorFigure(@Schema(examples = "actors-by-sector") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<ActorsBySector> rows) {}

    @Schema(name = "ActorsByKindFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record ActorsByKindFigure(@Schema(examples = "actors-by-kind") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<ActorsByKind> rows) {}

    @Schema(name = "ActorsByCountyFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record ActorsByCountyFigure(@Schema(examples = "actors-by-county") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<ActorsByCounty> rows) {}

    @Schema(name = "ActorsByMunicipalityFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record ActorsByMunicipalityFigure(@Schema(examples = "actors-by-municipality") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<ActorsByMunicipality> rows) {}

    @Schema(name = "ActorsJoinedFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record ActorsJoinedFigure(@Schema(examples = "actors-joined") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<ActorsJoined> rows) {}

    @Schema(name = "ResourcesPublishedFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record ResourcesPublishedFigure(@Schema(examples = "resources-published") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<ResourcesPublished> rows) {}

    @Schema(name = "CollaborationIntensityFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record CollaborationIntensityFigure(@Schema(examples = "collaboration-intensity") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<CollaborationIntensity> rows) {}

    @Schema(name = "BoundaryCrossingFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record BoundaryCrossingFigure(@Schema(examples = "boundary-crossing") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<BoundaryCrossing> rows) {}

    @Schema(name = "BoundaryScoresFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record BoundaryScoresFigure(@Schema(examples = "boundary-scores") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<BoundaryScores> rows) {}

    @Schema(name = "SdgCoverageFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record SdgCoverageFigure(@Schema(examples = "sdg-coverage") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<SdgCoverage> rows) {}

    @Schema(name = "TechnologyAreasFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record TechnologyAreasFigure(@Schema(examples = "technology-areas") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<TechnologyAreas> rows) {}

    @Schema(name = "KnowledgeAreasFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record KnowledgeAreasFigure(@Schema(examples = "knowledge-areas") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<KnowledgeAreas> rows) {}

    @Schema(name = "AreaCoOccurrenceFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record AreaCoOccurrenceFigure(@Schema(examples = "area-co-occurrence") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<AreaCoOccurrence> rows) {}

    @Schema(name = "MunicipalityLinksFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record MunicipalityLinksFigure(@Schema(examples = "municipality-links") String figure, InsightFilters filters,
            @Schema(description = "When the ecosystem the figure was computed from was read") Instant computedAt,
            List<MunicipalityLinks> rows) {}
}
