package se.digitalimpactnorth.vocabulary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.common.ApiList;
import se.digitalimpactnorth.common.LocalizedText;

/** Response bodies of the vocabulary endpoints. */
final class VocabularyDtos {

    private VocabularyDtos() {}

    @Schema(name = "Sdg", description = "A goal of Agenda 2030", requiredProperties = {"number", "name"})
    record SdgDto(@Schema(minimum = "1", maximum = "17") int number, LocalizedText name) {
        static SdgDto of(Sdg sdg) {
            return new SdgDto(sdg.number, new LocalizedText(sdg.nameSv, sdg.nameEn));
        }
    }

    @Schema(name = "SdgList", requiredProperties = "items")
    record SdgList(List<SdgDto> items) implements ApiList<SdgDto> {}

    @Schema(name = "Municipality", description = "A Swedish municipality with its SCB code and county",
            requiredProperties = {"code", "name", "shortName", "countyCode", "countyName"})
    record MunicipalityDto(
            @Schema(description = "SCB municipality code", examples = "2480") String code,
            @Schema(examples = "Umeå kommun") String name,
            @Schema(examples = "Umeå") String shortName,
            @Schema(description = "SCB county code", examples = "24") String countyCode,
            @Schema(examples = "Västerbottens län") String countyName) {
        static MunicipalityDto of(Municipality m) {
            return new MunicipalityDto(m.code, m.name, m.shortName, m.county.code, m.county.name);
        }
    }

    @Schema(name = "MunicipalityList", requiredProperties = "items")
    record MunicipalityList(List<MunicipalityDto> items) implements ApiList<MunicipalityDto> {}

    @Schema(name = "TechnologyAreaList", requiredProperties = "items")
    record TechnologyAreaList(List<TechnologyAreaDto> items) implements ApiList<TechnologyAreaDto> {}
}
