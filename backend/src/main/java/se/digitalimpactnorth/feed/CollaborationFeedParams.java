package se.digitalimpactnorth.feed;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.CollaborationFilter;
import se.digitalimpactnorth.collaboration.CollaborationKind;
import se.digitalimpactnorth.collaboration.CollaborationStatus;

/**
 * The query parameters and conditional headers of the collaborations feed, as the contract
 * declares them: the filters of GET /api/v1/collaborations, plus limit and lang ({@link FeedCommonParams}). As with
 * FeedParams, the endpoint reads the parameters from the whole query (CollaborationFeedKey.parse),
 * so an undeclared one is a 400.
 */
public class CollaborationFeedParams extends FeedCommonParams {
    @Parameter(description = "Words in the title, summary or description", schema = @Schema(maxLength = CollaborationFilter.MAX_Q_LENGTH))
    @QueryParam("q")
    public String q;

    @Parameter(description = "An actor that takes part (counts as participant)", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("actor")
    public String actor;

    @Parameter(description = "A sector of the participants; repeatable, all must be among them",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Sector.class))
    @QueryParam("sector")
    public List<String> sector;

    @Parameter(description = "A municipality of a participant or a place (four-digit SCB code)")
    @QueryParam("municipality")
    public String municipality;

    @Parameter(description = "A county of a participant or a place (two-digit SCB code)")
    @QueryParam("county")
    public String county;

    @Parameter(description = "SDG number 1–17", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "17"))
    @QueryParam("sdg")
    public String sdg;

    @Parameter(schema = @Schema(maxLength = CollaborationFilter.MAX_TECHNOLOGY_AREA_LENGTH))
    @QueryParam("technologyArea")
    public String technologyArea;

    @Parameter(description = "An SSIF code of any level; an area or group also matches the codes below it")
    @QueryParam("knowledgeArea")
    public String knowledgeArea;

    @Parameter(schema = @Schema(implementation = CollaborationKind.class))
    @QueryParam("kind")
    public String kind;

    @Parameter(schema = @Schema(implementation = CollaborationStatus.class))
    @QueryParam("status")
    public String status;

    @Parameter(description = "Running on or after this date (the period overlaps from–to)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    public String from;

    @Parameter(description = "Running on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    public String to;

    @Parameter(description = "A boundary it crosses; repeatable, all must hold",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Boundary.class))
    @QueryParam("crosses")
    public List<String> crosses;

    @Parameter(description = "The least boundary score, 0–5", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "5"))
    @QueryParam("minScore")
    public String minScore;
}
