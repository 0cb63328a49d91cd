package se.digitalimpactnorth.feed;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.digitalimpactnorth.resource.ResourceDtos.AccessCondition;
import se.digitalimpactnorth.resource.ResourceKind;

/**
 * The query parameters of the resource feeds and embed pages, as the contract declares them (limit,
 * lang and the headers are in {@link FeedCommonParams}). The endpoints read the headers from here, but the parameters from the whole query
 * (FeedKey.parse), so that an undeclared one is a 400 rather than silently ignored.
 */
public class FeedParams extends FeedCommonParams {
    @Parameter(description = "Publishing or co-organising actor id; repeatable")
    @QueryParam("actor")
    public List<String> actor;

    @Parameter(description = "SCB municipality code")
    @QueryParam("municipality")
    public String municipality;

    @Parameter(description = "SCB county code")
    @QueryParam("county")
    public String county;

    @QueryParam("tag")
    public String tag;

    @QueryParam("technologyArea")
    public String technologyArea;

    @Parameter(description = "SDG number 1–17")
    @QueryParam("sdg")
    public String sdg;

    @Parameter(description = "Resources feed only: the kind", schema = @Schema(implementation = ResourceKind.class))
    @QueryParam("kind")
    public String kind;

    @Parameter(description = "Testbeds: the access condition", schema = @Schema(implementation = AccessCondition.class))
    @QueryParam("access")
    public String access;

    @Parameter(description = "Events from this date or date-time (default: today)")
    @QueryParam("from")
    public String from;

    @Parameter(description = "Events until this date or date-time (default: six months after from; at most two years)")
    @QueryParam("to")
    public String to;
}
