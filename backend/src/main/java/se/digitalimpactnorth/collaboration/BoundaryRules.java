package se.digitalimpactnorth.collaboration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.BoundaryProfile.CountyRef;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Helix;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Knowledge;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeAreaRef;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Organisations;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Places;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Sectors;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Technology;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/**
 * Every rule of the boundary profile, in one place. Pure: it reads only its input, so each rule is
 * tested on hand-built cases with known answers. The README's "Boundary profile" section says the same in words.
 *
 * <p>Every list in the profile is distinct and sorted (sectors in the order of the enum, everything
 * else by code), so the same collaboration always gives the same profile, whatever order its rows came in.
 */
public final class BoundaryRules {

    private BoundaryRules() {}

    /** An accepted participant whose actor is active: the only kind that counts. */
    public record Participant(UUID actorId, Sector sector, MunicipalityRef municipality) {}

    /** A chosen SSIF code resolved to its area and, below area level, its group. */
    public record ChosenKnowledge(KnowledgeAreaRef area, KnowledgeAreaRef group) {}

    /**
     * What the profile is computed from.
     *
     * @param participants the accepted participants with active actors (municipality may be null)
     * @param places the collaboration's own places
     * @param knowledge the collaboration's knowledge areas, resolved
     * @param technologyAreas the collaboration's technology areas
     * @param homeCounties the county codes of the home region (DIN_HOME_COUNTIES, default 24: Västerbotten)
     */
    public record Input(List<Participant> participants, List<MunicipalityRef> places, List<ChosenKnowledge> knowledge,
            List<TechnologyAreaDto> technologyAreas, Set<String> homeCounties) {}

    /** The profile of one collaboration. */
    public static BoundaryProfile profile(Input input) {
        List<Participant> participants = orEmpty(input.participants());
        Sectors sectors = sectors(participants);
        Organisations organisations = organisations(participants);
        Places places = places(participants, orEmpty(input.places()),
                input.homeCounties() == null ? Set.of() : input.homeCounties());
        Knowledge knowledge = knowledge(orEmpty(input.knowledge()));
        Technology technology = technology(orEmpty(input.technologyAreas()));

        // The score counts the boundaries crossed; listed in the order of the enum.
        List<Boundary> crossed = new ArrayList<>();
        if (sectors.crossed()) crossed.add(Boundary.SECTOR);
        if (organisations.crossed()) crossed.add(Boundary.ORGANISATION);
        if (places.crossed()) crossed.add(Boundary.PLACE);
        if (knowledge.crossed()) crossed.add(Boundary.KNOWLEDGE);
        if (technology.crossed()) crossed.add(Boundary.TECHNOLOGY);
        return new BoundaryProfile(crossed.size(), List.copyOf(crossed), sectors, organisations, places, knowledge, technology);
    }

    /**
     * Sector: the distinct sectors of the participants. Crossed when there are two or more. A triple
     * helix is business + academia + public; with civil society too it is a quadruple helix.
     */
    static Sectors sectors(List<Participant> participants) {
        EnumSet<Sector> present = EnumSet.noneOf(Sector.class);
        participants.stream().map(Participant::sector).filter(Objects::nonNull).forEach(present::add);
        Helix helix = Helix.NONE;
        if (present.containsAll(EnumSet.of(Sector.BUSINESS, Sector.ACADEMIA, Sector.PUBLIC))) {
            helix = present.contains(Sector.CIVIL) ? Helix.QUADRUPLE : Helix.TRIPLE;
        }
        return new Sectors(List.copyOf(present), present.size(), helix, present.size() >= 2);
    }

    /**
     * Organisation: how many participants (distinct actors) count. Crossed when there are two or
     * more: the tie-break for two organisations of the same sector and place is that they still
     * cross the boundary between two organisations.
     */
    static Organisations organisations(List<Participant> participants) {
        int count = (int) participants.stream().map(Participant::actorId).distinct().count();
        return new Organisations(count, count >= 2);
    }

    /**
     * Place: the distinct municipalities of the participants (those that have one) and of the
     * collaboration's own places, and their counties. The municipal border is crossed with two or
     * more municipalities, the county border with two or more counties; it reaches outside the
     * region when any of those counties is not a home county. The place boundary counts as crossed
     * when the municipal border is (a county border is never crossed without it).
     */
    static Places places(List<Participant> participants, List<MunicipalityRef> places, Set<String> homeCounties) {
        Map<String, MunicipalityRef> municipalities = new TreeMap<>();
        Stream.concat(participants.stream().map(Participant::municipality), places.stream())
                .filter(Objects::nonNull)
                .forEach(m -> municipalities.putIfAbsent(m.code(), m));
        Map<String, CountyRef> counties = new TreeMap<>();
        municipalities.values().forEach(m -> counties.putIfAbsent(m.countyCode(), new CountyRef(m.countyCode(), m.countyName())));
        boolean municipal = municipalities.size() >= 2;
        boolean county = counties.size() >= 2;
        boolean outside = counties.keySet().stream().anyMatch(code -> !homeCounties.contains(code));
        return new Places(List.copyOf(municipalities.values()), List.copyOf(counties.values()), municipal, county, outside,
                municipal);
    }

    /**
     * Knowledge: the distinct SSIF areas and groups of the chosen codes (a subject belongs to its
     * group and area, a group to its area, an area to itself only). Crossed when the choices span two
     * or more areas, or two or more groups. So two different areas always cross; two subjects of
     * different groups cross; a subject with its own group, or an area with a group or subject inside
     * it, do not (the broader choice contains the narrower one).
     */
    static Knowledge knowledge(List<ChosenKnowledge> chosen) {
        List<KnowledgeAreaRef> areas = distinctByCode(chosen.stream().map(ChosenKnowledge::area));
        List<KnowledgeAreaRef> groups = distinctByCode(chosen.stream().map(ChosenKnowledge::group));
        return new Knowledge(areas, groups, areas.size() >= 2 || groups.size() >= 2);
    }

    /** Technology: the distinct technology areas. Crossed when there are two or more. */
    static Technology technology(List<TechnologyAreaDto> areas) {
        Map<String, TechnologyAreaDto> distinct = new TreeMap<>();
        areas.stream().filter(Objects::nonNull).forEach(a -> distinct.putIfAbsent(a.code(), a));
        return new Technology(List.copyOf(distinct.values()), distinct.size(), distinct.size() >= 2);
    }

    private static List<KnowledgeAreaRef> distinctByCode(Stream<KnowledgeAreaRef> refs) {
        return refs.filter(Objects::nonNull)
                .collect(Collectors.toMap(KnowledgeAreaRef::code, r -> r, (a, b) -> a, TreeMap::new))
                .values().stream().toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
