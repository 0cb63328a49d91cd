package se.digitalimpactnorth.insights;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.NorthFixture.*;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.insights.InsightRows.AreaCoOccurrence;
import se.digitalimpactnorth.insights.InsightRows.AreaKind;
import se.digitalimpactnorth.insights.InsightRows.KnowledgeAreas;
import se.digitalimpactnorth.insights.InsightRows.SdgCoverage;
import se.digitalimpactnorth.insights.InsightRows.TechnologyAreas;

/** Goals, technology areas, SSIF groups and their co-occurrence on {@link NorthFixture}. */
class AreaFiguresTest {

    private final Ecosystem north = NorthFixture.ecosystem();

    @Test
    @DisplayName("SDG coverage: all 17 goals; resources and collaborations per goal; uncovered goals say so")
    void sdgCoverage() {
        List<SdgCoverage> rows = AreaFigures.sdgCoverage(north, none());
        assertEquals(IntStream.rangeClosed(1, 17).boxed().toList(), rows.stream().map(SdgCoverage::sdg).toList());
        // Goal 4: R2. Goal 7: R3, C2. Goal 9: R1, R2, C1, C2. Nobody works on the other 14.
        assertEquals(new SdgCoverage(4, "Mål 4", "Goal 4", 1, 0, true), rows.get(3));
        assertEquals(new SdgCoverage(7, "Mål 7", "Goal 7", 1, 1, true), rows.get(6));
        assertEquals(new SdgCoverage(9, "Mål 9", "Goal 9", 2, 2, true), rows.get(8));
        assertEquals(new SdgCoverage(1, "Mål 1", "Goal 1", 0, 0, false), rows.getFirst());
        assertEquals(14, rows.stream().filter(r -> !r.covered()).count());
        // Up to 02-20: R1 only is published; C1 and C2 run. Goal 4 (R2 in March) is not covered then.
        List<SdgCoverage> early = AreaFigures.sdgCoverage(north, period(null, of(2026, 2, 20)));
        assertEquals(new SdgCoverage(9, "Mål 9", "Goal 9", 1, 2, true), early.get(8));
        assertEquals(new SdgCoverage(4, "Mål 4", "Goal 4", 0, 0, false), early.get(3));
        assertEquals(new SdgCoverage(7, "Mål 7", "Goal 7", 0, 1, true), early.get(6));
    }

    @Test
    @DisplayName("technology areas: actors (own areas), resources and collaborations per area; non-zero, most first")
    void technologyAreas() {
        // ai: actors A1, A5; resources R1, R4; collaborations C1, C2. energy: A3; R3; C2. quantum: nobody (left out).
        assertEquals(List.of(new TechnologyAreas("ai", "AI", "AI", 2, 2, 2), new TechnologyAreas("energy", "Energi", "Energy", 1, 1, 1)),
                AreaFigures.technologyAreas(north, none()));
        // From 04-01: actors are a stock (all); resources published since: R4 (ai); collaborations running since: C2, C3.
        assertEquals(List.of(new TechnologyAreas("ai", "AI", "AI", 2, 1, 1), new TechnologyAreas("energy", "Energi", "Energy", 1, 0, 1)),
                AreaFigures.technologyAreas(north, period(of(2026, 4, 1), null)));
        // County 25: actors A3, A4; resource R3; collaborations C2, C3. energy 1+1, ai 0+1 (C2).
        assertEquals(List.of(new TechnologyAreas("energy", "Energi", "Energy", 1, 1, 1), new TechnologyAreas("ai", "AI", "AI", 0, 0, 1)),
                AreaFigures.technologyAreas(north, county("25")));
        assertEquals(List.of(), AreaFigures.technologyAreas(north, technologyArea("quantum")));
    }

    @Test
    @DisplayName("knowledge areas: SSIF groups, a subject counting for its group, once per collaboration; area codes not counted")
    void knowledgeAreas() {
        // C1 {10201, 102}: group 102 once. C2 {20205, 10201}: 102 and 202. C3 {1}: a whole area, not counted.
        assertEquals(List.of(new KnowledgeAreas("102", "Data", "Computer science", "1", 2),
                new KnowledgeAreas("202", "Elektroteknik", "Electrical engineering", "2", 1)), AreaFigures.knowledgeAreas(north, none()));
        // From 03-01: C2 and C3 run: 102 and 202 once each, by code.
        assertEquals(List.of(new KnowledgeAreas("102", "Data", "Computer science", "1", 1),
                new KnowledgeAreas("202", "Elektroteknik", "Electrical engineering", "2", 1)),
                AreaFigures.knowledgeAreas(north, period(of(2026, 3, 1), null)));
        // Filter 202: C2 only; its other group 102 still shows (the filter chooses collaborations, not groups).
        assertEquals(List.of(new KnowledgeAreas("102", "Data", "Computer science", "1", 1),
                new KnowledgeAreas("202", "Elektroteknik", "Electrical engineering", "2", 1)),
                AreaFigures.knowledgeAreas(north, knowledgeArea("202")));
    }

    @Test
    @DisplayName("co-occurrence: unordered pairs in the same collaboration, A before B by kind then code, most first")
    void coOccurrence() {
        // C1: {KNOWLEDGE 102, TECHNOLOGY ai}. C2: {K102, K202, T ai, T energy}: six pairs. C3: no areas.
        // (K102, T ai) twice; the other five once, in order of A then B.
        assertEquals(List.of(
                pair(AreaKind.KNOWLEDGE, "102", "Data", "Computer science", AreaKind.TECHNOLOGY, "ai", "AI", "AI", 2),
                pair(AreaKind.KNOWLEDGE, "102", "Data", "Computer science", AreaKind.KNOWLEDGE, "202", "Elektroteknik",
                        "Electrical engineering", 1),
                pair(AreaKind.KNOWLEDGE, "102", "Data", "Computer science", AreaKind.TECHNOLOGY, "energy", "Energi", "Energy", 1),
                pair(AreaKind.KNOWLEDGE, "202", "Elektroteknik", "Electrical engineering", AreaKind.TECHNOLOGY, "ai", "AI", "AI", 1),
                pair(AreaKind.KNOWLEDGE, "202", "Elektroteknik", "Electrical engineering", AreaKind.TECHNOLOGY, "energy", "Energi",
                        "Energy", 1),
                pair(AreaKind.TECHNOLOGY, "ai", "AI", "AI", AreaKind.TECHNOLOGY, "energy", "Energi", "Energy", 1)),
                AreaFigures.coOccurrence(north, none()));
        // Up to 02-10: C1 only (C2 starts 02-15): one pair.
        assertEquals(List.of(pair(AreaKind.KNOWLEDGE, "102", "Data", "Computer science", AreaKind.TECHNOLOGY, "ai", "AI", "AI", 1)),
                AreaFigures.coOccurrence(north, period(null, of(2026, 2, 10))));
    }

    // Ordered as the contract's columns: kindA, codeA, nameSvA, nameEnA, kindB, ..., collaborations.
    private static AreaCoOccurrence pair(AreaKind kindA, String codeA, String svA, String enA, AreaKind kindB, String codeB, String svB,
            String enB, long n) {
        return new AreaCoOccurrence(kindA, codeA, svA, enA, kindB, codeB, svB, enB, n);
    }
}
