package se.digitalimpactnorth.insights;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digitalimpactnorth.insights.InsightFigureSchemas.ActorsByCountyFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.ActorsByKindFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.ActorsByMunicipalityFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.ActorsBySectorFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.ActorsJoinedFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.AreaCoOccurrenceFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.BoundaryCrossingFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.BoundaryScoresFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.CollaborationIntensityFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.KnowledgeAreasFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.MunicipalityLinksFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.ResourcesPublishedFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.SdgCoverageFigure;
import se.digitalimpactnorth.insights.InsightFigureSchemas.TechnologyAreasFigure;
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
 * The ecosystem's public aggregates (docs/insights.md defines each number and how the filters
 * apply). No login, no personal data. Every figure takes the same eight filters and comes as JSON
 * or CSV; each is computed once per change of the data ({@link InsightsCache}), so a request costs a
 * map lookup. The endpoint only names the figures: their computations are pure functions in
 * {@link ActorFigures}, {@link ResourceFigures}, {@link CollaborationFigures}, {@link AreaFigures}
 * and {@link PlaceFigures}.
 */
@Path("/api/v1/insights")
@Produces({MediaType.APPLICATION_JSON, InsightCsv.MEDIA_TYPE})
@Tag(name = "Insights", description = "Public aggregates of the ecosystem: actors, innovation tempo, project intensity, "
        + "boundary crossing, Agenda 2030 coverage, areas and places; JSON or CSV, the same filters everywhere")
public class InsightsEndpoint {

    static final String CSV = "The rows as CSV (with format=csv or Accept: text/csv): a header row of the row's property names, "
            + "one line per row, UTF-8, served as an attachment";
    static final String OK = "The figure; ETag and Cache-Control: public, max-age=60";

    @Inject
    InsightResponses responses;

    @Inject
    UriInfo uri;

    private <R> Response figure(String name, Class<R> rowType, InsightParams params,
            BiFunction<Ecosystem, InsightFilter, List<R>> compute) {
        return responses.respond(name, rowType, params, uri.getQueryParameters(), compute);
    }

    @GET
    @Path("/actors-by-sector")
    @Operation(summary = "Active actors by sector",
            description = "All four sectors, zeros included: the active actors of each that match the filters and joined on or before `to`.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorsBySectorFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response actorsBySector(@BeanParam InsightParams params) {
        return figure("actors-by-sector", ActorsBySector.class, params, ActorFigures::bySector);
    }

    @GET
    @Path("/actors-by-kind")
    @Operation(summary = "Active actors by kind",
            description = "Every kind with its sector, zeros included: the active actors of each that match the filters and joined on or before `to`.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorsByKindFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response actorsByKind(@BeanParam InsightParams params) {
        return figure("actors-by-kind", ActorsByKind.class, params, ActorFigures::byKind);
    }

    @GET
    @Path("/actors-by-county")
    @Operation(summary = "Active actors by county",
            description = "Counties with at least one matching active actor (joined on or before `to`), most first. Actors without a municipality are not placed.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorsByCountyFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response actorsByCounty(@BeanParam InsightParams params) {
        return figure("actors-by-county", ActorsByCounty.class, params, ActorFigures::byCounty);
    }

    @GET
    @Path("/actors-by-municipality")
    @Operation(summary = "Active actors by municipality",
            description = "Municipalities with at least one matching active actor (joined on or before `to`), most first.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorsByMunicipalityFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response actorsByMunicipality(@BeanParam InsightParams params) {
        return figure("actors-by-municipality", ActorsByMunicipality.class, params, ActorFigures::byMunicipality);
    }

    @GET
    @Path("/actors-joined")
    @Operation(summary = "Actors joined per month",
            description = "One row per month (YYYY-MM) from the month of `from` (default: the month the first matching actor joined) to the month of `to` (default: this month), zero months included: the matching active actors that registered in the month, and the total registered up to its end.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorsJoinedFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response actorsJoined(@BeanParam InsightParams params) {
        return figure("actors-joined", ActorsJoined.class, params, ActorFigures::joined);
    }

    @GET
    @Path("/resources-published")
    @Operation(summary = "Innovation tempo: resources published per month, by family and kind",
            description = "One row per month × kind (all ten kinds, zeros included): the matching public resources of the kind published in the month (within the period). The series starts at the month of `from`, else at the first matching publication, and ends at the month of `to`, else this month.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourcesPublishedFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response resourcesPublished(@BeanParam InsightParams params) {
        return figure("resources-published", ResourcesPublished.class, params, ResourceFigures::published);
    }

    @GET
    @Path("/collaboration-intensity")
    @Operation(summary = "Project intensity: collaborations active and started per month",
            description = "Per month: the matching public collaborations running on some day of it (start date on or before its last day; end date, if any, on or after its first) and those that started in it. Months with none included.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollaborationIntensityFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response collaborationIntensity(@BeanParam InsightParams params) {
        return figure("collaboration-intensity", CollaborationIntensity.class, params, CollaborationFigures::intensity);
    }

    @GET
    @Path("/boundary-crossing")
    @Operation(summary = "Boundary crossing over time",
            description = "Per month: of the matching public collaborations active in it, the share (0..1, four decimals) crossing each of the five boundaries (sector, organisation, place, knowledge, technology), forming at least a triple helix (business, academia and public) and forming a quadruple helix (and civil society). Shares are 0 in a month without collaborations.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoundaryCrossingFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response boundaryCrossing(@BeanParam InsightParams params) {
        return figure("boundary-crossing", BoundaryCrossing.class, params, CollaborationFigures::boundaryCrossing);
    }

    @GET
    @Path("/boundary-scores")
    @Operation(summary = "Distribution of boundary scores",
            description = "Scores 0 to 5 (how many of the five boundaries a collaboration crosses): how many matching public collaborations active during the period have each, and their share (0..1).")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoundaryScoresFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response boundaryScores(@BeanParam InsightParams params) {
        return figure("boundary-scores", BoundaryScores.class, params, CollaborationFigures::boundaryScores);
    }

    @GET
    @Path("/sdg-coverage")
    @Operation(summary = "Agenda 2030 coverage",
            description = "All 17 goals: the matching public resources published within the period and the matching public collaborations active during it that work on each; `covered` is false for the goals nobody works on.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgCoverageFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response sdgCoverage(@BeanParam InsightParams params) {
        return figure("sdg-coverage", SdgCoverage.class, params, AreaFigures::sdgCoverage);
    }

    @GET
    @Path("/technology-areas")
    @Operation(summary = "Top technology areas",
            description = "Technology areas with at least one matching actor (its own areas), resource (published within the period) or collaboration (active during it), most resources plus collaborations first.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TechnologyAreasFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response technologyAreas(@BeanParam InsightParams params) {
        return figure("technology-areas", TechnologyAreas.class, params, AreaFigures::technologyAreas);
    }

    @GET
    @Path("/knowledge-areas")
    @Operation(summary = "Top knowledge areas (SSIF research-subject groups)",
            description = "SSIF groups (three digits) with the matching public collaborations active during the period that have a code in them (a five-digit subject counts for its group; a one-digit research area is not counted), most first.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KnowledgeAreasFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response knowledgeAreas(@BeanParam InsightParams params) {
        return figure("knowledge-areas", KnowledgeAreas.class, params, AreaFigures::knowledgeAreas);
    }

    @GET
    @Path("/area-co-occurrence")
    @Operation(summary = "Co-occurrence of technology and knowledge areas",
            description = "Unordered pairs of areas (technology areas and SSIF groups) carried by the same matching public collaboration active during the period, with A before B by kind name then code; the 100 most frequent.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaCoOccurrenceFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response areaCoOccurrence(@BeanParam InsightParams params) {
        return figure("area-co-occurrence", AreaCoOccurrence.class, params, AreaFigures::coOccurrence);
    }

    @GET
    @Path("/municipality-links")
    @Operation(summary = "Collaboration links between municipalities",
            description = "Unordered pairs of municipalities (fromCode < toCode) in the same matching public collaboration's profile (its participants' and places' municipalities), with how many collaborations active during the period link them. A municipality's location is the mean of its located active actors; null when none is located.")
    @APIResponse(responseCode = "200", description = OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityLinksFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response municipalityLinks(@BeanParam InsightParams params) {
        return figure("municipality-links", MunicipalityLinks.class, params, PlaceFigures::municipalityLinks);
    }
}
