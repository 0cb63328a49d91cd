package se.digitalimpactnorth.insights;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.NorthFixture.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.InsightRows.BoundaryCrossing;
import se.digitalimpactnorth.insights.InsightRows.BoundaryScores;
import se.digitalimpactnorth.insights.InsightRows.CollaborationIntensity;

/**
 * Project intensity and boundary crossing on {@link NorthFixture}: C1 Jan–Feb (score 2), C2 from
 * 02-15, open (score 5, triple helix), C3 04-10..04-20 (score 3, quadruple helix).
 */
class CollaborationFiguresTest {

    private final Ecosystem north = NorthFixture.ecosystem();

    @Test
    @DisplayName("intensity: active and started per month, from the first start to today's month")
    void intensity() {
        // Jan: C1 (started). Feb: C1, C2 (C2 started). Mar: C2. Apr: C2, C3 (C3 started). May, Jun: C2.
        assertEquals(List.of(new CollaborationIntensity("2026-01", 1, 1), new CollaborationIntensity("2026-02", 2, 1),
                new CollaborationIntensity("2026-03", 1, 0), new CollaborationIntensity("2026-04", 2, 1),
                new CollaborationIntensity("2026-05", 1, 0), new CollaborationIntensity("2026-06", 1, 0)),
                CollaborationFigures.intensity(north, none()));
    }

    @Test
    @DisplayName("intensity: period edges are inclusive; months without collaborations are zero rows")
    void intensityPeriod() {
        // 03-01..04-15: March C2; April clipped to 04-01..04-15: C2 and C3 (started 04-10).
        assertEquals(List.of(new CollaborationIntensity("2026-03", 1, 0), new CollaborationIntensity("2026-04", 2, 1)),
                CollaborationFigures.intensity(north, period(of(2026, 3, 1), of(2026, 4, 15))));
        // The single day 02-28: C1 ends that day, C2 runs; neither starts in it.
        assertEquals(List.of(new CollaborationIntensity("2026-02", 2, 0)),
                CollaborationFigures.intensity(north, period(of(2026, 2, 28), of(2026, 2, 28))));
        // 03-01..: C1 ended 02-28, so it is not active in the period.
        assertEquals(new CollaborationIntensity("2026-03", 1, 0),
                CollaborationFigures.intensity(north, period(of(2026, 3, 1), null)).getFirst());
        // Before anything: zero months.
        assertEquals(List.of(new CollaborationIntensity("2025-11", 0, 0), new CollaborationIntensity("2025-12", 0, 0)),
                CollaborationFigures.intensity(north, period(of(2025, 11, 1), of(2025, 12, 31))));
    }

    @Test
    @DisplayName("intensity: a chosen research area (1) matches only the filter 1, a subject matches its group and area")
    void knowledgeFilter() {
        // Filter 1 matches C1, C2 (10201 starts with 1) and C3 ("1"): April has C2 and C3.
        assertEquals(new CollaborationIntensity("2026-04", 2, 1), CollaborationFigures.intensity(north, knowledgeArea("1")).get(3));
        // Filter 102 matches C1 and C2, not C3: April has C2 only.
        assertEquals(new CollaborationIntensity("2026-04", 1, 0), CollaborationFigures.intensity(north, knowledgeArea("102")).get(3));
        // Filter 20205 (a subject): C2 only, so the series starts at February.
        assertEquals(new CollaborationIntensity("2026-02", 1, 1), CollaborationFigures.intensity(north, knowledgeArea("20205")).getFirst());
    }

    @Test
    @DisplayName("intensity: collaborations match by their profile's places and sectors and their own goals and areas")
    void otherFilters() {
        // county 25 and municipality 2584: C2, C3. CIVIL: C3 only. sdg 7 and energy: C2 only.
        assertEquals(new CollaborationIntensity("2026-04", 2, 1), CollaborationFigures.intensity(north, county("25")).get(2));
        assertEquals("2026-02", CollaborationFigures.intensity(north, municipality("2584")).getFirst().month());
        assertEquals(List.of(new CollaborationIntensity("2026-04", 1, 1), new CollaborationIntensity("2026-05", 0, 0),
                new CollaborationIntensity("2026-06", 0, 0)), CollaborationFigures.intensity(north, sector(Sector.CIVIL)));
        assertEquals(new CollaborationIntensity("2026-02", 1, 1), CollaborationFigures.intensity(north, sdg(7)).getFirst());
        assertEquals(new CollaborationIntensity("2026-02", 1, 1), CollaborationFigures.intensity(north, technologyArea("energy")).getFirst());
    }

    @Test
    @DisplayName("boundary crossing: shares of the month's active collaborations, 0 in a month without any")
    void boundaryCrossing() {
        // Jan: C1 (sector, organisation). Feb: C1 + C2 (all five, triple): halves. Mar: C2 alone.
        // Apr: C2 + C3 (sector, organisation, place; quadruple): knowledge and technology 0.5; at least triple 1.0; quadruple 0.5.
        assertEquals(List.of(new BoundaryCrossing("2026-01", 1, 1, 1, 0, 0, 0, 0, 0),
                new BoundaryCrossing("2026-02", 2, 1, 1, 0.5, 0.5, 0.5, 0.5, 0),
                new BoundaryCrossing("2026-03", 1, 1, 1, 1, 1, 1, 1, 0),
                new BoundaryCrossing("2026-04", 2, 1, 1, 1, 0.5, 0.5, 1, 0.5),
                new BoundaryCrossing("2026-05", 1, 1, 1, 1, 1, 1, 1, 0),
                new BoundaryCrossing("2026-06", 1, 1, 1, 1, 1, 1, 1, 0)), CollaborationFigures.boundaryCrossing(north, none()));
        assertEquals(List.of(new BoundaryCrossing("2025-12", 0, 0, 0, 0, 0, 0, 0, 0)),
                CollaborationFigures.boundaryCrossing(north, period(of(2025, 12, 1), of(2025, 12, 31))));
    }

    @Test
    @DisplayName("boundary scores: all six scores over the period's collaborations, shares to four decimals")
    void boundaryScores() {
        // Scores 2, 5, 3: a third each (0.3333).
        assertEquals(List.of(new BoundaryScores(0, 0, 0), new BoundaryScores(1, 0, 0), new BoundaryScores(2, 1, 0.3333),
                new BoundaryScores(3, 1, 0.3333), new BoundaryScores(4, 0, 0), new BoundaryScores(5, 1, 0.3333)),
                CollaborationFigures.boundaryScores(north, none()));
        // From 03-01: C2 and C3 (C1 ended 02-28): halves.
        assertEquals(List.of(new BoundaryScores(0, 0, 0), new BoundaryScores(1, 0, 0), new BoundaryScores(2, 0, 0),
                new BoundaryScores(3, 1, 0.5), new BoundaryScores(4, 0, 0), new BoundaryScores(5, 1, 0.5)),
                CollaborationFigures.boundaryScores(north, period(of(2026, 3, 1), null)));
        // No collaboration: counts and shares all zero.
        assertEquals(0, CollaborationFigures.boundaryScores(north, period(of(2025, 1, 1), of(2025, 1, 31))).stream()
                .mapToDouble(BoundaryScores::share).sum());
    }
}
