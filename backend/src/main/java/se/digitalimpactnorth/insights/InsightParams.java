package se.digitalimpactnorth.insights;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every insight figure takes: the eight filters (docs/insights.md says how each applies to
 * actors, resources and collaborations), the format, and the headers of content negotiation and
 * conditional requests. Read as strings so that a bad value is a 400 naming it ({@link InsightFilter#parse}).
 */
public class InsightParams {
    @Parameter(description = "First day of the period (inclusive)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    public String from;

    @Parameter(description = "Last day of the period (inclusive); default today", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    public String to;

    @Parameter(description = "SCB county code (two digits)", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"),
            example = "24")
    @QueryParam("county")
    public String county;

    @Parameter(description = "SCB municipality code (four digits)", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}$"),
            example = "2480")
    @QueryParam("municipality")
    public String municipality;

    @Parameter(description = "Agenda 2030 goal", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "17"))
    @QueryParam("sdg")
    public String sdg;

    @Parameter(description = "Technology area code", schema = @Schema(type = SchemaType.STRING, maxLength = InsightFilter.MAX_TECHNOLOGY_AREA_LENGTH))
    @QueryParam("technologyArea")
    public String technologyArea;

    @Parameter(description = "SSIF code of any level; matches the codes below it (102 matches 10201)",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,5}$"))
    @QueryParam("knowledgeArea")
    public String knowledgeArea;

    @Parameter(description = "Actor sector", schema = @Schema(type = SchemaType.STRING, enumeration = {"BUSINESS", "ACADEMIA", "PUBLIC", "CIVIL"}))
    @QueryParam("sector")
    public String sector;

    @Parameter(description = "json (the default) or csv; without it, Accept: text/csv also chooses CSV",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
    @QueryParam("format")
    public String format;

    @Parameter(hidden = true)
    @HeaderParam(HttpHeaders.ACCEPT)
    public String accept;

    @Parameter(hidden = true)
    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    public String ifNoneMatch;

    @Parameter(hidden = true)
    @HeaderParam(HttpHeaders.ACCEPT_ENCODING)
    public String acceptEncoding;

    /** The filters, or a 400 naming the bad one. */
    public InsightFilter filter() {
        return InsightFilter.parse(from, to, county, municipality, sdg, technologyArea, knowledgeArea, sector);
    }
}
