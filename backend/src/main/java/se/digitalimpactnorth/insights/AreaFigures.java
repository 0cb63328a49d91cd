package se.digitalimpactnorth.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.Name;
import se.digitalimpactnorth.insights.Ecosystem.ResourceFact;
import se.digitalimpactnorth.insights.InsightRows.AreaCoOccurrence;
import se.digitalimpactnorth.insights.InsightRows.AreaKind;
import se.digitalimpactnorth.insights.InsightRows.KnowledgeAreas;
import se.digitalimpactnorth.insights.InsightRows.SdgCoverage;
import se.digitalimpactnorth.insights.InsightRows.TechnologyAreas;

/** What the ecosystem works on: Agenda 2030 goals, technology areas, SSIF knowledge areas and which of them go together. */
public final class AreaFigures {
    private AreaFigures() {}

    /** The most pairs {@link #coOccurrence} returns. */
    public static final int MAX_PAIRS = 100;

    private static final Name NO_NAME = new Name(null, null);

    /**
     * All 17 goals in order: the matching resources published within the period and the matching
     * collaborations active during it that work on each; covered is false for the goals nobody works on.
     */
    public static List<SdgCoverage> sdgCoverage(Ecosystem ecosystem, InsightFilter filter) {
        InsightScope scope = new InsightScope(ecosystem, filter);
        long[] resources = new long[18];
        long[] collaborations = new long[18];
        scope.resourcesPublished().forEach(r -> r.sdgs().forEach(sdg -> resources[sdg]++));
        scope.collaborations().forEach(c -> c.sdgs().forEach(sdg -> collaborations[sdg]++));
        List<SdgCoverage> rows = new ArrayList<>();
        for (int sdg = 1; sdg <= 17; sdg++) {
            Name name = ecosystem.names().sdgs().getOrDefault(sdg, NO_NAME);
            rows.add(new SdgCoverage(sdg, name.sv(), name.en(), resources[sdg], collaborations[sdg],
                    resources[sdg] + collaborations[sdg] > 0));
        }
        return rows;
    }

    /**
     * Technology areas with at least one matching actor (its own areas, joined by the end of the
     * period), resource (published within it) or collaboration (active during it); most resources
     * plus collaborations first, then most actors, then by code.
     */
    public static List<TechnologyAreas> technologyAreas(Ecosystem ecosystem, InsightFilter filter) {
        InsightScope scope = new InsightScope(ecosystem, filter);
        Map<String, long[]> counts = new HashMap<>(); // code -> {actors, resources, collaborations}
        scope.actorsJoinedByEnd().map(ActorFact::technologyAreas).forEach(areas -> count(counts, areas, 0));
        scope.resourcesPublished().map(ResourceFact::technologyAreas).forEach(areas -> count(counts, areas, 1));
        scope.collaborations().stream().map(CollaborationFact::technologyAreas).forEach(areas -> count(counts, areas, 2));
        return counts.entrySet().stream()
                .map(e -> {
                    Name name = ecosystem.names().technologyAreas().getOrDefault(e.getKey(), NO_NAME);
                    long[] c = e.getValue();
                    return new TechnologyAreas(e.getKey(), name.sv(), name.en(), c[0], c[1], c[2]);
                })
                .sorted(Comparator.comparingLong((TechnologyAreas r) -> r.resources() + r.collaborations()).reversed()
                        .thenComparing(Comparator.comparingLong(TechnologyAreas::actors).reversed())
                        .thenComparing(TechnologyAreas::code))
                .toList();
    }

    private static void count(Map<String, long[]> counts, Iterable<String> areas, int column) {
        for (String area : areas) {
            counts.computeIfAbsent(area, k -> new long[3])[column]++;
        }
    }

    /**
     * SSIF research-subject groups (three digits) with the matching collaborations active during the
     * period that have a code in them: a subject (five digits) counts for its group, a collaboration
     * counts once per group, and a code of a whole research area (one digit) is not counted. Most
     * collaborations first, then by code.
     */
    public static List<KnowledgeAreas> knowledgeAreas(Ecosystem ecosystem, InsightFilter filter) {
        Map<String, Long> counts = new HashMap<>();
        for (CollaborationFact c : new InsightScope(ecosystem, filter).collaborations()) {
            groups(c).forEach(group -> counts.merge(group, 1L, Long::sum));
        }
        return counts.entrySet().stream()
                .map(e -> {
                    Name name = ecosystem.names().knowledgeAreas().getOrDefault(e.getKey(), NO_NAME);
                    return new KnowledgeAreas(e.getKey(), name.sv(), name.en(), e.getKey().substring(0, 1), e.getValue());
                })
                .sorted(Comparator.comparingLong(KnowledgeAreas::collaborations).reversed().thenComparing(KnowledgeAreas::code))
                .toList();
    }

    /** The distinct SSIF groups of a collaboration's knowledge areas, in code order. */
    static TreeSet<String> groups(CollaborationFact c) {
        TreeSet<String> groups = new TreeSet<>();
        for (String code : c.knowledgeAreas()) {
            if (code.length() >= 3) {
                groups.add(code.substring(0, 3));
            }
        }
        return groups;
    }

    /** An area of either kind, ordered by kind (KNOWLEDGE before TECHNOLOGY) and then code. */
    private record Area(AreaKind kind, String code) implements Comparable<Area> {
        @Override
        public int compareTo(Area o) {
            int byKind = kind.compareTo(o.kind);
            return byKind != 0 ? byKind : code.compareTo(o.code);
        }
    }

    private record Pair(Area a, Area b) {}

    /**
     * Pairs of areas that the same matching collaboration (active during the period) carries: its
     * technology areas and its SSIF groups (as {@link #knowledgeAreas} counts them). Each pair is
     * unordered, written with A before B (by kind name, then code), and counted once per
     * collaboration. The {@value #MAX_PAIRS} most frequent, most collaborations first, then by A and B.
     */
    public static List<AreaCoOccurrence> coOccurrence(Ecosystem ecosystem, InsightFilter filter) {
        Map<Pair, Long> counts = new HashMap<>();
        for (CollaborationFact c : new InsightScope(ecosystem, filter).collaborations()) {
            TreeSet<Area> areas = new TreeSet<>();
            c.technologyAreas().forEach(code -> areas.add(new Area(AreaKind.TECHNOLOGY, code)));
            groups(c).forEach(code -> areas.add(new Area(AreaKind.KNOWLEDGE, code)));
            List<Area> sorted = List.copyOf(areas);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    counts.merge(new Pair(sorted.get(i), sorted.get(j)), 1L, Long::sum);
                }
            }
        }
        Comparator<Map.Entry<Pair, Long>> order = Comparator.<Map.Entry<Pair, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().a())
                .thenComparing(e -> e.getKey().b());
        return counts.entrySet().stream()
                .sorted(order)
                .limit(MAX_PAIRS)
                .map(e -> {
                    Area a = e.getKey().a();
                    Area b = e.getKey().b();
                    Name nameA = name(ecosystem, a);
                    Name nameB = name(ecosystem, b);
                    return new AreaCoOccurrence(a.kind(), a.code(), nameA.sv(), nameA.en(), b.kind(), b.code(), nameB.sv(), nameB.en(),
                            e.getValue());
                })
                .toList();
    }

    private static Name name(Ecosystem ecosystem, Area area) {
        Map<String, Name> names = area.kind() == AreaKind.TECHNOLOGY ? ecosystem.names().technologyAreas()
                : ecosystem.names().knowledgeAreas();
        return names.getOrDefault(area.code(), NO_NAME);
    }
}
