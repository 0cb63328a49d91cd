package se.digitalimpactnorth.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.common.LocalizedText;

/** A technology area as the API shows it. */
@Schema(name = "TechnologyArea", requiredProperties = {"code", "name"})
public record TechnologyAreaDto(@Schema(examples = "ai") String code, LocalizedText name) {
    public static TechnologyAreaDto of(TechnologyArea area) {
        return new TechnologyAreaDto(area.code, new LocalizedText(area.nameSv, area.nameEn));
    }
}
