package se.digitalimpactnorth.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality as other objects refer to it. */
@Schema(name = "MunicipalityRef", requiredProperties = {"code", "name", "countyCode", "countyName"})
public record MunicipalityRef(String code, String name, String countyCode, String countyName) {
    public static MunicipalityRef of(Municipality m) {
        return m == null ? null : new MunicipalityRef(m.code, m.name, m.county.code, m.county.name);
    }
}
