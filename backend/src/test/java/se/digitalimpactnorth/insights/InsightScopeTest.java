package se.digitalimpactnorth.insights;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.digitalimpactnorth.insights.NorthFixture.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;

/** The shared filter semantics (the network reuses them) on {@link NorthFixture}. */
class InsightScopeTest {

    private final Ecosystem north = NorthFixture.ecosystem();

    private List<java.util.UUID> collaborations(InsightFilter filter) {
        return new InsightScope(north, filter).collaborations().stream().map(CollaborationFact::id).toList();
    }

    @Test
    @DisplayName("the collaborations that match: period overlap, profile places and sectors, own goals and areas")
    void collaborationsThatMatch() {
        assertEquals(List.of(C1, C2, C3), collaborations(none()));
        // C1 ends 02-28 (inclusive), C3 starts 04-10.
        assertEquals(List.of(C1, C2), collaborations(period(of(2026, 2, 28), of(2026, 4, 9))));
        assertEquals(List.of(C2, C3), collaborations(period(of(2026, 3, 1), null)));
        assertEquals(List.of(C2, C3), collaborations(county("25")));
        assertEquals(List.of(C3), collaborations(sector(Sector.CIVIL)));
        assertEquals(List.of(C1, C2), collaborations(sdg(9)));
        assertEquals(List.of(C2), collaborations(technologyArea("energy")));
        // Filters together must all match: goal 9 and county 25 is C2 only.
        assertEquals(List.of(C2), collaborations(new InsightFilter(null, null, "25", null, 9, null, null, null)));
    }

    @Test
    @DisplayName("SSIF codes match by prefix; a chosen research area matches only itself")
    void knowledge() {
        assertTrue(InsightScope.knowledgeMatches(Set.of("10201"), "102"));
        assertTrue(InsightScope.knowledgeMatches(Set.of("10201"), "1"));
        assertTrue(InsightScope.knowledgeMatches(Set.of("1"), "1"));
        assertFalse(InsightScope.knowledgeMatches(Set.of("1"), "102"));
        assertFalse(InsightScope.knowledgeMatches(Set.of("20205"), "102"));
        assertTrue(InsightScope.knowledgeMatches(Set.of(), null));
    }

    @Test
    @DisplayName("months: clipped to the period at both ends; a period starting too far back is a 400")
    void months() {
        List<InsightScope.Month> months = new InsightScope(north, period(of(2026, 3, 10), of(2026, 4, 5))).months(null);
        assertEquals(List.of("2026-03", "2026-04"), months.stream().map(InsightScope.Month::label).toList());
        assertEquals(of(2026, 3, 10), months.getFirst().first());
        assertEquals(of(2026, 4, 5), months.getLast().last());
        // Without from: the series' first data; without data, today's month alone.
        assertEquals(List.of("2026-06"), new InsightScope(north, none()).months(null).stream().map(InsightScope.Month::label).toList());
        assertThrows(ProblemException.class, () -> new InsightScope(north, period(of(1900, 1, 1), null)).months(null));
    }
}
