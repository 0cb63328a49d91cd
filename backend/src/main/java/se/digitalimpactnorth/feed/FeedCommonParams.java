package se.digitalimpactnorth.feed;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every feed takes whatever it lists: how many items, the language, and the headers of
 * content negotiation and conditional requests. {@link FeedParams} and
 * {@link CollaborationFeedParams} add their own filters.
 */
public abstract class FeedCommonParams {
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
