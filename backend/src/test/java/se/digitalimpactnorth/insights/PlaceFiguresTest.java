package se.digitalimpactnorth.insights;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.NorthFixture.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.insights.InsightRows.MunicipalityLinks;

/** Municipality links on {@link NorthFixture}: C1 {2480}, C2 and C3 {2480, 2580, 2584}; 2584 has no located actor. */
class PlaceFiguresTest {

    private final Ecosystem north = NorthFixture.ecosystem();

    private static MunicipalityLinks umeaLulea(long n) {
        return new MunicipalityLinks("2480", "Umeå kommun", 63.8, 20.3, "2580", "Luleå kommun", 65.6, 22.1, n);
    }

    private static MunicipalityLinks umeaKiruna(long n) {
        return new MunicipalityLinks("2480", "Umeå kommun", 63.8, 20.3, "2584", "Kiruna kommun", null, null, n);
    }

    private static MunicipalityLinks luleaKiruna(long n) {
        return new MunicipalityLinks("2580", "Luleå kommun", 65.6, 22.1, "2584", "Kiruna kommun", null, null, n);
    }

    @Test
    @DisplayName("pairs of a collaboration's municipalities, fromCode < toCode; no location for a municipality without located actors")
    void links() {
        // C1 has one municipality: no pair. C2 and C3 each link the three pairs.
        assertEquals(List.of(umeaLulea(2), umeaKiruna(2), luleaKiruna(2)), PlaceFigures.municipalityLinks(north, none()));
    }

    @Test
    @DisplayName("the period and the filters choose the collaborations")
    void filtered() {
        // Up to 03-31: C1, C2.
        assertEquals(List.of(umeaLulea(1), umeaKiruna(1), luleaKiruna(1)),
                PlaceFigures.municipalityLinks(north, period(null, of(2026, 3, 31))));
        // Kiruna: C2 and C3 have it in their profile; all their pairs count.
        assertEquals(List.of(umeaLulea(2), umeaKiruna(2), luleaKiruna(2)), PlaceFigures.municipalityLinks(north, municipality("2584")));
        // Goal 4: no collaboration works on it: no links.
        assertEquals(List.of(), PlaceFigures.municipalityLinks(north, sdg(4)));
        // Only C1 matches SSIF 102 up to 02-10, and it has a single municipality.
        assertEquals(List.of(), PlaceFigures.municipalityLinks(north, new InsightFilter(null, of(2026, 2, 10), null, null, null, null,
                "102", null)));
    }
}
