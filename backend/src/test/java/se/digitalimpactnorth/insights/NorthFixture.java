package se.digitalimpactnorth.insights;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Helix;
import se.digitalimpactnorth.collaboration.CollaborationKind;
import se.digitalimpactnorth.collaboration.CollaborationStatus;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.MunicipalityFact;
import se.digitalimpactnorth.insights.Ecosystem.Name;
import se.digitalimpactnorth.insights.Ecosystem.Names;
import se.digitalimpactnorth.insights.Ecosystem.ParticipantFact;
import se.digitalimpactnorth.insights.Ecosystem.ResourceFact;
import se.digitalimpactnorth.resource.ResourceKind;

/**
 * A small hand-built ecosystem whose figures the tests work out by hand. "Today" is 2026-06-15.
 *
 * <pre>
 * Municipalities: 2480 Umeå (county 24, located 63.8/20.3), 2580 Luleå (25, located 65.6/22.1),
 *                 2584 Kiruna (25, no located actor: no location).
 * Actors (joined):
 *   A1 COMPANY          BUSINESS  2480  2026-01-10  own areas {ai}
 *   A2 UNIVERSITY       ACADEMIA  2480  2026-01-20
 *   A3 PUBLIC_AUTHORITY PUBLIC    2580  2026-03-05  own areas {energy}
 *   A4 NON_PROFIT       CIVIL     2584  2026-03-31
 *   A5 COMPANY          BUSINESS  none  2026-05-01  own areas {ai}
 * Resources (published):
 *   R1 TESTBED by A1  2480/24  2026-01-15  sdgs {9}    areas {ai}
 *   R2 EVENT   by A2  2480/24  2026-03-01  sdgs {4,9}
 *   R3 LAB     by A3  2580/25  2026-03-31  sdgs {7}    areas {energy}
 *   R4 EVENT   by A5  none     2026-05-20              areas {ai}
 * Collaborations:
 *   C1 2026-01-01..2026-02-28  A1 lead, A2       sdgs {9}    areas {ai}         SSIF {10201, 102}
 *      score 2 {SECTOR, ORGANISATION}, helix NONE, municipalities {2480}, counties {24}, resources {R1}
 *   C2 2026-02-15..open        A1 lead, A2, A3   sdgs {7,9}  areas {ai, energy} SSIF {20205, 10201}, place 2584
 *      score 5 (all five), helix TRIPLE, municipalities {2480, 2580, 2584}, counties {24, 25}, resources {R3}
 *   C3 2026-04-10..2026-04-20  A3 lead, A1, A2, A4            SSIF {1} (a whole research area)
 *      score 3 {SECTOR, ORGANISATION, PLACE}, helix QUADRUPLE, municipalities {2480, 2580, 2584}, counties {24, 25}
 * </pre>
 */
final class NorthFixture {
    private NorthFixture() {}

    static final LocalDate TODAY = of(2026, 6, 15);

    static final UUID A1 = id("A1"), A2 = id("A2"), A3 = id("A3"), A4 = id("A4"), A5 = id("A5");
    static final UUID R1 = id("R1"), R2 = id("R2"), R3 = id("R3"), R4 = id("R4");
    static final UUID C1 = id("C1"), C2 = id("C2"), C3 = id("C3");

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    static Ecosystem ecosystem() {
        Map<UUID, ActorFact> actors = new LinkedHashMap<>();
        actor(actors, A1, ActorKind.COMPANY, "2480", "24", of(2026, 1, 10), "ai");
        actor(actors, A2, ActorKind.UNIVERSITY, "2480", "24", of(2026, 1, 20));
        actor(actors, A3, ActorKind.PUBLIC_AUTHORITY, "2580", "25", of(2026, 3, 5), "energy");
        actor(actors, A4, ActorKind.NON_PROFIT, "2584", "25", of(2026, 3, 31));
        actor(actors, A5, ActorKind.COMPANY, null, null, of(2026, 5, 1), "ai");

        List<ResourceFact> resources = new ArrayList<>();
        resources.add(resource(R1, ResourceKind.TESTBED, A1, "2480", "24", of(2026, 1, 15), Set.of(9), Set.of("ai")));
        resources.add(resource(R2, ResourceKind.EVENT, A2, "2480", "24", of(2026, 3, 1), Set.of(4, 9), Set.of()));
        resources.add(resource(R3, ResourceKind.LAB, A3, "2580", "25", of(2026, 3, 31), Set.of(7), Set.of("energy")));
        resources.add(resource(R4, ResourceKind.EVENT, A5, null, null, of(2026, 5, 20), Set.of(), Set.of("ai")));

        List<CollaborationFact> collaborations = new ArrayList<>();
        collaborations.add(collaboration(C1, of(2026, 1, 1), of(2026, 2, 28), List.of(lead(A1), partner(A2)), Set.of(9), Set.of("ai"),
                Set.of("10201", "102"), Set.of(), EnumSet.of(Boundary.SECTOR, Boundary.ORGANISATION), Helix.NONE,
                EnumSet.of(Sector.BUSINESS, Sector.ACADEMIA), Set.of("2480"), Set.of("24"), Set.of(R1)));
        collaborations.add(collaboration(C2, of(2026, 2, 15), null, List.of(lead(A1), partner(A2), partner(A3)), Set.of(7, 9),
                Set.of("ai", "energy"), Set.of("20205", "10201"), Set.of("2584"), EnumSet.allOf(Boundary.class), Helix.TRIPLE,
                EnumSet.of(Sector.BUSINESS, Sector.ACADEMIA, Sector.PUBLIC), Set.of("2480", "2580", "2584"), Set.of("24", "25"),
                Set.of(R3)));
        collaborations.add(collaboration(C3, of(2026, 4, 10), of(2026, 4, 20), List.of(lead(A3), partner(A1), partner(A2), partner(A4)),
                Set.of(), Set.of(), Set.of("1"), Set.of(), EnumSet.of(Boundary.SECTOR, Boundary.ORGANISATION, Boundary.PLACE),
                Helix.QUADRUPLE, EnumSet.allOf(Sector.class), Set.of("2480", "2580", "2584"), Set.of("24", "25"), Set.of()));

        Map<String, MunicipalityFact> municipalities = new LinkedHashMap<>();
        municipalities.put("2480", new MunicipalityFact("2480", "Umeå kommun", "24", "Västerbottens län", 63.8, 20.3));
        municipalities.put("2580", new MunicipalityFact("2580", "Luleå kommun", "25", "Norrbottens län", 65.6, 22.1));
        municipalities.put("2584", new MunicipalityFact("2584", "Kiruna kommun", "25", "Norrbottens län", null, null));
        municipalities.put("0180", new MunicipalityFact("0180", "Stockholms kommun", "01", "Stockholms län", null, null));

        Map<Integer, Name> sdgs = new LinkedHashMap<>();
        for (int n = 1; n <= 17; n++) {
            sdgs.put(n, new Name("Mål " + n, "Goal " + n));
        }
        Names names = new Names(
                Map.of("ai", new Name("AI", "AI"), "energy", new Name("Energi", "Energy"), "quantum", new Name("Kvant", "Quantum")),
                Map.of("1", new Name("Naturvetenskap", "Natural sciences"), "102", new Name("Data", "Computer science"),
                        "10201", new Name("Datavetenskap", "Computer sciences"), "202", new Name("Elektroteknik", "Electrical engineering"),
                        "20205", new Name("Signalbehandling", "Signal processing")),
                sdgs);
        return new Ecosystem(actors, resources, collaborations, municipalities, names, TODAY);
    }

    private static void actor(Map<UUID, ActorFact> actors, UUID id, ActorKind kind, String municipality, String county, LocalDate joined,
            String... areas) {
        actors.put(id, new ActorFact(id, "slug-" + id, "Actor " + id, kind, kind.sector(), municipality, county,
                municipality == null ? null : 64.0, municipality == null ? null : 20.0, joined, Set.of(areas)));
    }

    private static ResourceFact resource(UUID id, ResourceKind kind, UUID publisher, String municipality, String county,
            LocalDate published, Set<Integer> sdgs, Set<String> areas) {
        return new ResourceFact(id, "slug-" + id, "Titel", "Title", kind, publisher, municipality, county, null, null, published, sdgs,
                areas);
    }

    private static ParticipantFact lead(UUID actor) {
        return new ParticipantFact(actor, ParticipantRole.LEAD);
    }

    private static ParticipantFact partner(UUID actor) {
        return new ParticipantFact(actor, ParticipantRole.PARTNER);
    }

    private static CollaborationFact collaboration(UUID id, LocalDate start, LocalDate end, List<ParticipantFact> participants,
            Set<Integer> sdgs, Set<String> areas, Set<String> knowledge, Set<String> places, Set<Boundary> crossed, Helix helix,
            Set<Sector> sectors, Set<String> municipalities, Set<String> counties, Set<UUID> resources) {
        return new CollaborationFact(id, "slug-" + id, "Titel", "Title", CollaborationKind.PROJECT, CollaborationStatus.ACTIVE, start,
                end, start, participants, sdgs, areas, knowledge, places, crossed.size(), crossed, helix, sectors, municipalities,
                counties, resources);
    }

    /** A filter with only these set; the rest null. */
    static InsightFilter period(LocalDate from, LocalDate to) {
        return new InsightFilter(from, to, null, null, null, null, null, null);
    }

    static InsightFilter none() {
        return InsightFilter.none();
    }

    static InsightFilter county(String county) {
        return new InsightFilter(null, null, county, null, null, null, null, null);
    }

    static InsightFilter municipality(String municipality) {
        return new InsightFilter(null, null, null, municipality, null, null, null, null);
    }

    static InsightFilter sdg(int sdg) {
        return new InsightFilter(null, null, null, null, sdg, null, null, null);
    }

    static InsightFilter technologyArea(String area) {
        return new InsightFilter(null, null, null, null, null, area, null, null);
    }

    static InsightFilter knowledgeArea(String code) {
        return new InsightFilter(null, null, null, null, null, null, code, null);
    }

    static InsightFilter sector(Sector sector) {
        return new InsightFilter(null, null, null, null, null, null, null, sector);
    }
}
