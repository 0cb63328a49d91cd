package se.digitalimpactnorth.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.Sector;

/** The filters a figure was computed with, as parsed (absent: not given), so a saved response says what it shows. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InsightFilters", description = "The filters the figure was computed with; absent ones were not given")
public record InsightFilters(
        @Schema(description = "First day of the period (inclusive)") LocalDate from,
        @Schema(description = "Last day of the period (inclusive)") LocalDate to,
        @Schema(examples = "24") String county,
        @Schema(examples = "2480") String municipality,
        @Schema(minimum = "1", maximum = "17") Integer sdg,
        String technologyArea,
        @Schema(examples = "102") String knowledgeArea,
        Sector sector) {

    public static InsightFilters of(InsightFilter f) {
        return new InsightFilters(f.from(), f.to(), f.county(), f.municipality(), f.sdg(), f.technologyArea(), f.knowledgeArea(),
                f.sector());
    }
}
