package se.digitalimpactnorth.insights;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Helix;
import se.digitalimpactnorth.collaboration.CollaborationKind;
import se.digitalimpactnorth.collaboration.CollaborationStatus;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.Name;
import se.digitalimpactnorth.insights.Ecosystem.Names;
import se.digitalimpactnorth.insights.Ecosystem.ParticipantFact;
import se.digitalimpactnorth.insights.Ecosystem.ResourceFact;

/** Hand-built ecosystems for the network, synergy and matchmaking tests: only what each test needs is filled in. */
final class GraphFixtures {

    private GraphFixtures() {}

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** A readable, stable id per name ("u1" → 00000000-0000-0000-0000-0000000000u1-ish), so failures name the actor. */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static ActorFact actor(String name, ActorKind kind, String municipality, LocalDate joined, String... areas) {
        String county = municipality == null ? null : municipality.substring(0, 2);
        return new ActorFact(id(name), name, name.toUpperCase(), kind, kind.sector(), municipality, county, null, null, joined,
                Set.of(areas));
    }

    static CollaborationFact collaboration(String name, List<String> actorNames, Set<String> technology, Set<String> knowledge) {
        List<ParticipantFact> participants = actorNames.stream()
                .map(a -> new ParticipantFact(id(a), a.equals(actorNames.get(0)) ? ParticipantRole.LEAD : ParticipantRole.PARTNER))
                .toList();
        return new CollaborationFact(id(name), name, name, name, CollaborationKind.PROJECT, CollaborationStatus.ACTIVE,
                LocalDate.of(2025, 1, 1), null, LocalDate.of(2025, 1, 1), participants, Set.of(), technology, knowledge, Set.of(),
                1, Set.of(), Helix.NONE, EnumSet.noneOf(Sector.class), Set.of(), Set.of(), Set.of());
    }

    static CollaborationFact collaboration(String name, String... actorNames) {
        return collaboration(name, List.of(actorNames), Set.of(), Set.of());
    }

    static ResourceFact resource(String name, se.digitalimpactnorth.resource.ResourceKind kind, String publisher, String... areas) {
        return new ResourceFact(id(name), name, name + " (sv)", name + " (en)", kind, id(publisher), null, null, null, null,
                LocalDate.of(2025, 1, 1), Set.of(), Set.of(areas));
    }

    static Ecosystem ecosystem(List<ActorFact> actors, List<ResourceFact> resources, List<CollaborationFact> collaborations) {
        Map<UUID, ActorFact> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        Map<String, Name> areas = Map.of("ai", new Name("Artificiell intelligens", "Artificial intelligence"),
                "iot", new Name("Sakernas internet", "Internet of things"), "energy", new Name("Energi", "Energy"),
                "games", new Name("Spel", "Games"));
        Map<String, Name> knowledge = Map.of("102", new Name("Data- och informationsvetenskap", "Computer and Information Sciences"),
                "203", new Name("Maskinteknik", "Mechanical Engineering"), "10201", new Name("Datavetenskap", "Computer Sciences"));
        Map<String, Ecosystem.MunicipalityFact> municipalities = Map.of(
                "2480", new Ecosystem.MunicipalityFact("2480", "Umeå", "24", "Västerbottens län", null, null),
                "2482", new Ecosystem.MunicipalityFact("2482", "Skellefteå", "24", "Västerbottens län", null, null),
                "2404", new Ecosystem.MunicipalityFact("2404", "Vindeln", "24", "Västerbottens län", null, null),
                "0180", new Ecosystem.MunicipalityFact("0180", "Stockholm", "01", "Stockholms län", null, null));
        return new Ecosystem(byId, resources, collaborations, municipalities, new Names(areas, knowledge, Map.of()), TODAY);
    }
}
