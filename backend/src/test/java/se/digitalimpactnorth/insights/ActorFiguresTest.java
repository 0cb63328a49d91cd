package se.digitalimpactnorth.insights;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.NorthFixture.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.InsightRows.ActorsByCounty;
import se.digitalimpactnorth.insights.InsightRows.ActorsByKind;
import se.digitalimpactnorth.insights.InsightRows.ActorsByMunicipality;
import se.digitalimpactnorth.insights.InsightRows.ActorsBySector;
import se.digitalimpactnorth.insights.InsightRows.ActorsJoined;

/** The actor figures on {@link NorthFixture}, worked out by hand. */
class ActorFiguresTest {

    private final Ecosystem north = NorthFixture.ecosystem();

    @Test
    @DisplayName("actors by sector: all four sectors, the stock at the end of the period")
    void bySector() {
        // A1 + A5 business, A2 academia, A3 public, A4 civil.
        assertEquals(List.of(new ActorsBySector(Sector.BUSINESS, 2), new ActorsBySector(Sector.ACADEMIA, 1),
                new ActorsBySector(Sector.PUBLIC, 1), new ActorsBySector(Sector.CIVIL, 1)), ActorFigures.bySector(north, none()));
        // to = 2026-03-30: A4 (joined 03-31) and A5 (05-01) are not in yet; civil is a zero row.
        assertEquals(List.of(new ActorsBySector(Sector.BUSINESS, 1), new ActorsBySector(Sector.ACADEMIA, 1),
                new ActorsBySector(Sector.PUBLIC, 1), new ActorsBySector(Sector.CIVIL, 0)),
                ActorFigures.bySector(north, period(null, of(2026, 3, 30))));
        // to = 2026-03-31 is inclusive: A4 joined that day.
        assertEquals(1, ActorFigures.bySector(north, period(null, of(2026, 3, 31))).get(3).actors());
        // "from" does not thin a stock: everyone who joined by the end counts.
        assertEquals(ActorFigures.bySector(north, none()), ActorFigures.bySector(north, period(of(2026, 6, 1), null)));
    }

    @Test
    @DisplayName("an actor matches a subject through what it publishes and where it takes part")
    void subjectFilters() {
        // sdg 9: A1 (R1, C1, C2), A2 (R2, C1, C2), A3 (takes part in C2). Not A4 (only C3, no goals) nor A5.
        List<ActorsBySector> bySdg = List.of(new ActorsBySector(Sector.BUSINESS, 1), new ActorsBySector(Sector.ACADEMIA, 1),
                new ActorsBySector(Sector.PUBLIC, 1), new ActorsBySector(Sector.CIVIL, 0));
        assertEquals(bySdg, ActorFigures.bySector(north, sdg(9)));
        // energy: A3's own area, and C2 (A1, A2, A3) carries it.
        assertEquals(bySdg, ActorFigures.bySector(north, technologyArea("energy")));
        // ai: A1 and A5 own it (A5 also publishes R4); C1/C2 bring in A2 and A3.
        assertEquals(List.of(new ActorsBySector(Sector.BUSINESS, 2), new ActorsBySector(Sector.ACADEMIA, 1),
                new ActorsBySector(Sector.PUBLIC, 1), new ActorsBySector(Sector.CIVIL, 0)),
                ActorFigures.bySector(north, technologyArea("ai")));
        // SSIF 102: C1 (102, 10201) and C2 (10201): A1, A2, A3. SSIF 1 also matches C3 ("1"): A4 too.
        assertEquals(bySdg, ActorFigures.bySector(north, knowledgeArea("102")));
        assertEquals(List.of(new ActorsBySector(Sector.BUSINESS, 1), new ActorsBySector(Sector.ACADEMIA, 1),
                new ActorsBySector(Sector.PUBLIC, 1), new ActorsBySector(Sector.CIVIL, 1)),
                ActorFigures.bySector(north, knowledgeArea("1")));
        // An area nobody has: every sector zero.
        assertEquals(0, ActorFigures.bySector(north, technologyArea("quantum")).stream().mapToLong(ActorsBySector::actors).sum());
    }

    @Test
    @DisplayName("actors by kind: every kind with its sector, zeros included")
    void byKind() {
        assertEquals(List.of(new ActorsByKind(ActorKind.COMPANY, Sector.BUSINESS, 2),
                new ActorsByKind(ActorKind.UNIVERSITY, Sector.ACADEMIA, 1),
                new ActorsByKind(ActorKind.RESEARCH_INSTITUTE, Sector.ACADEMIA, 0),
                new ActorsByKind(ActorKind.PUBLIC_AUTHORITY, Sector.PUBLIC, 1),
                new ActorsByKind(ActorKind.SCIENCE_PARK, Sector.BUSINESS, 0),
                new ActorsByKind(ActorKind.NON_PROFIT, Sector.CIVIL, 1),
                new ActorsByKind(ActorKind.INVESTOR, Sector.BUSINESS, 0),
                new ActorsByKind(ActorKind.OTHER, Sector.CIVIL, 0)), ActorFigures.byKind(north, none()));
        // sector BUSINESS: the two companies only.
        assertEquals(2, ActorFigures.byKind(north, sector(Sector.BUSINESS)).stream().mapToLong(ActorsByKind::actors).sum());
    }

    @Test
    @DisplayName("actors by county and municipality: placed actors only, most first, ties by code")
    void byPlace() {
        // 24: A1, A2; 25: A3, A4 (a tie: by code). A5 has no municipality.
        assertEquals(List.of(new ActorsByCounty("24", "Västerbottens län", 2), new ActorsByCounty("25", "Norrbottens län", 2)),
                ActorFigures.byCounty(north, none()));
        assertEquals(List.of(new ActorsByMunicipality("2480", "Umeå kommun", "24", 2),
                new ActorsByMunicipality("2580", "Luleå kommun", "25", 1),
                new ActorsByMunicipality("2584", "Kiruna kommun", "25", 1)), ActorFigures.byMunicipality(north, none()));
        // county 25 keeps A3 and A4; sector BUSINESS keeps A1 in 2480 (A5 is not placed).
        assertEquals(List.of(new ActorsByCounty("25", "Norrbottens län", 2)), ActorFigures.byCounty(north, county("25")));
        assertEquals(List.of(new ActorsByMunicipality("2480", "Umeå kommun", "24", 1)),
                ActorFigures.byMunicipality(north, sector(Sector.BUSINESS)));
        assertEquals(List.of(new ActorsByMunicipality("2584", "Kiruna kommun", "25", 1)),
                ActorFigures.byMunicipality(north, municipality("2584")));
        // Before anyone joined: no rows at all.
        assertEquals(List.of(), ActorFigures.byCounty(north, period(null, of(2025, 12, 31))));
    }

    @Test
    @DisplayName("actors joined: a month per row from the first join to today, zero months included, with the running total")
    void joined() {
        // Jan: A1, A2; Feb none; Mar: A3 (03-05), A4 (03-31); Apr none; May: A5; Jun (today's month) none.
        assertEquals(List.of(new ActorsJoined("2026-01", 2, 2), new ActorsJoined("2026-02", 0, 2), new ActorsJoined("2026-03", 2, 4),
                new ActorsJoined("2026-04", 0, 4), new ActorsJoined("2026-05", 1, 5), new ActorsJoined("2026-06", 0, 5)),
                ActorFigures.joined(north, none()));
        // From 03-10 to 04-30: March is clipped to 03-10..03-31, so only A4 joined in it; the total counts
        // everyone who joined by 03-31 (A1..A4), the period's start does not reset it.
        assertEquals(List.of(new ActorsJoined("2026-03", 1, 4), new ActorsJoined("2026-04", 0, 4)),
                ActorFigures.joined(north, period(of(2026, 3, 10), of(2026, 4, 30))));
        // A period before any data: its months, all zero.
        assertEquals(List.of(new ActorsJoined("2025-11", 0, 0), new ActorsJoined("2025-12", 0, 0)),
                ActorFigures.joined(north, period(of(2025, 11, 20), of(2025, 12, 31))));
        // Filtered: civil society: A4 in March; the series starts at its first join.
        assertEquals(List.of(new ActorsJoined("2026-03", 1, 1), new ActorsJoined("2026-04", 0, 1), new ActorsJoined("2026-05", 0, 1),
                new ActorsJoined("2026-06", 0, 1)), ActorFigures.joined(north, sector(Sector.CIVIL)));
    }
}
