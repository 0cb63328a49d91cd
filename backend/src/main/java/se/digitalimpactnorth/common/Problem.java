package se.digitalimpactnorth.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: the one shape every error of the API takes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", examples = "urn:din:problem:validation") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "For validation problems: the fields at fault") List<FieldError> errors) {

    /** One field that failed validation, named by its JSON path (`name`, `address.city`, `county`). */
    @Schema(name = "FieldError", requiredProperties = {"field", "message"})
    public record FieldError(String field, String message) {}

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
