package se.digitalimpactnorth.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text in Swedish and/or English: the API's shape for every multilingual field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LocalizedText", description = "Text in Swedish and/or English; at least one is present")
public record LocalizedText(@Schema(description = "Swedish") String sv, @Schema(description = "English") String en) {}
