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

    @Schema(name = "KnowledgeArea", description = "A code of the Swedish standard classification of research subjects (SSIF 2025)",
            requiredProperties = {"code", "level", "name"})
    record KnowledgeAreaDto(
            @Schema(description = "SSIF code: 1 digit for an area, 3 for a group, 5 for a subject", examples = "10201") String code,
            @Schema(enumeration = {"AREA", "GROUP", "SUBJECT"}) String level,
            @Schema(description = "The area of a group, the group of a subject; absent for an area", examples = "102")
            String parentCode,
            LocalizedText name) {
        static KnowledgeAreaDto of(KnowledgeArea k) {
            return new KnowledgeAreaDto(k.code, k.level, k.parentCode, new LocalizedText(k.nameSv, k.nameEn));
        }
    }

    @Schema(name = "KnowledgeAreaList", requiredProperties = "items")
    record KnowledgeAreaList(List<KnowledgeAreaDto> items) implements ApiList<KnowledgeAreaDto> {}
}
