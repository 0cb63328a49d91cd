package se.digitalimpactnorth.feed;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.digitalimpactnorth.resource.ResourceDtos.AccessCondition;
import se.digitalimpactnorth.resource.ResourceKind;

/**
 * The query parameters and conditional headers every feed and embed page takes, as the contract
 * declares them. The endpoints read the headers from here, but the parameters from the whole query
 * (FeedKey.parse), so that an undeclared one is a 400 rather than silently ignored.
 */
public class FeedParams {
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

    @Parameter(description = "How many items (default 50, at most 500)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
    @QueryParam("limit")
    public String limit;

    @Parameter(description = "Language of titles and summaries, with fallback to the other", schema = @Schema(enumeration = {"sv", "en"}))
    @QueryParam("lang")
    public String lang;

    @Parameter(hidden = true)
    @HeaderParam(HttpHeaders.ACCEPT)
    public String accept;

    @Parameter(hidden = true)
    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    public String ifNoneMatch;

    @Parameter(hidden = true)
    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
    public String ifModifiedSince;
}
