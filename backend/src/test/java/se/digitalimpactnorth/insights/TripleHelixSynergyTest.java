package se.digitalimpactnorth.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.GraphFixtures.actor;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;

class TripleHelixSynergyTest {

    /**
     * 2024: a university and a company in Umeå, both AI. 2025 adds a company in Skellefteå with two areas
     * (IoT and energy: half an observation each), a public authority without a municipality and one without
     * a technology area (both left out).
     */
    private static final Ecosystem ECOSYSTEM = GraphFixtures.ecosystem(List.of(
            actor("a1", ActorKind.UNIVERSITY, "2480", LocalDate.of(2024, 3, 1), "ai"),
            actor("a2", ActorKind.COMPANY, "2480", LocalDate.of(2024, 12, 31), "ai"),
            actor("a3", ActorKind.COMPANY, "2482", LocalDate.of(2025, 1, 1), "iot", "energy"),
            actor("a4", ActorKind.PUBLIC_AUTHORITY, null, LocalDate.of(2025, 5, 1), "ai"),
            actor("a5", ActorKind.PUBLIC_AUTHORITY, "2480", LocalDate.of(2025, 6, 1))), List.of(), List.of());

    /** Shannon entropy in bits of the given probabilities. */
    private static double h(double... p) {
        double sum = 0;
        for (double q : p) {
            sum -= q * Math.log(q) / Math.log(2);
        }
        return sum;
    }

    @Test
    @DisplayName("one row per year from the first actor's year to today; T from the seven entropies")
    void perYear() {
        List<TripleHelixSynergy.Row> rows = TripleHelixSynergy.of(ECOSYSTEM, null, null, a -> true);
        assertEquals(List.of(2024, 2025, 2026), rows.stream().map(TripleHelixSynergy.Row::year).toList());

        // 2024: sectors split 1:1 (1 bit), one place, one area: H_sp = H_st = H_spt = 1 bit, so T = 1 - 1 - 1 + 1 = 0.
        TripleHelixSynergy.Row y2024 = rows.get(0);
        assertEquals(2, y2024.observations());
        assertEquals(0, y2024.leftOut());
        assertEquals(1.0, y2024.hSector(), 1e-4);
        assertEquals(0.0, y2024.hPlace(), 1e-4);
        assertEquals(0.0, y2024.hTechnology(), 1e-4);
        assertEquals(0.0, y2024.t(), 1e-4);

        // 2025: three observations. sector A:B = 1:2, place Umeå:Skellefteå = 2:1, areas ai 2, iot ½, energy ½.
        TripleHelixSynergy.Row y2025 = rows.get(1);
        assertEquals(3, y2025.observations());
        assertEquals(2, y2025.leftOut());
        double hs = h(1 / 3.0, 2 / 3.0);
        double hp = h(2 / 3.0, 1 / 3.0);
        double ht = h(2 / 3.0, 1 / 6.0, 1 / 6.0);
        double hsp = h(1 / 3.0, 1 / 3.0, 1 / 3.0); // A·Umeå, B·Umeå, B·Skellefteå
        double hst = h(1 / 3.0, 1 / 3.0, 1 / 6.0, 1 / 6.0); // A·ai, B·ai, B·iot, B·energy
        double hpt = h(2 / 3.0, 1 / 6.0, 1 / 6.0); // Umeå·ai, Skellefteå·iot, Skellefteå·energy
        double hspt = h(1 / 3.0, 1 / 3.0, 1 / 6.0, 1 / 6.0);
        assertEquals(hs, y2025.hSector(), 1e-4);
        assertEquals(hp, y2025.hPlace(), 1e-4);
        assertEquals(ht, y2025.hTechnology(), 1e-4);
        assertEquals(hsp, y2025.hSectorPlace(), 1e-4);
        assertEquals(hst, y2025.hSectorTechnology(), 1e-4);
        assertEquals(hpt, y2025.hPlaceTechnology(), 1e-4);
        assertEquals(hspt, y2025.hSectorPlaceTechnology(), 1e-4);
        assertEquals(hs + hp + ht - hsp - hst - hpt + hspt, y2025.t(), 1e-4);
        assertEquals(0.2516, y2025.t(), 1e-4, "worked out by hand in docs/insights-network.md");

        assertEquals(y2025.t(), rows.get(2).t(), 1e-9, "nobody joined in 2026");
    }

    @Test
    @DisplayName("the period picks the years; the filter's other conditions pick the actors")
    void filtered() {
        List<TripleHelixSynergy.Row> rows = TripleHelixSynergy.of(ECOSYSTEM, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31),
                a -> true);
        assertEquals(List.of(2025), rows.stream().map(TripleHelixSynergy.Row::year).toList());
        List<TripleHelixSynergy.Row> business = TripleHelixSynergy.of(ECOSYSTEM, null, null, a -> a.sector() == Sector.BUSINESS);
        assertEquals(List.of(2024, 2025, 2026), business.stream().map(TripleHelixSynergy.Row::year).toList());
        assertEquals(0.0, business.get(1).hSector(), 1e-9);
        assertEquals(List.of(), TripleHelixSynergy.of(GraphFixtures.ecosystem(List.of(), List.of(), List.of()), null, null, a -> true));
    }
}
