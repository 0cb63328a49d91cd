package se.digitalimpactnorth.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.MunicipalityFact;
import se.digitalimpactnorth.insights.Ecosystem.Name;
import se.digitalimpactnorth.insights.Ecosystem.ParticipantFact;
import se.digitalimpactnorth.insights.Ecosystem.ResourceFact;
import se.digitalimpactnorth.insights.PartnerSuggestions.Area;
import se.digitalimpactnorth.insights.PartnerSuggestions.County;
import se.digitalimpactnorth.insights.PartnerSuggestions.Partner;
import se.digitalimpactnorth.insights.PartnerSuggestions.PartnerReason;
import se.digitalimpactnorth.insights.PartnerSuggestions.ReasonKind;
import se.digitalimpactnorth.insights.PartnerSuggestions.Resource;
import se.digitalimpactnorth.resource.ResourceKind;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;

/**
 * Matchmaking as a pure function: the subject (an actor or a collaboration, read by the caller from the
 * database, drafts included) against the candidates of the public {@link Ecosystem}. The points
 * (docs/insights-network.md) reward what a partnership across the helix needs: a sector the subject
 * lacks most, then shared technology and knowledge, nearness, fitting testbeds and labs, and common
 * partners (someone who can introduce them). Only active actors are in the ecosystem, so pending and
 * suspended ones are never suggested.
 */
public final class PartnerMatcher {

    private PartnerMatcher() {}

    public static final int COMPLEMENTARY_SECTOR = 3;
    public static final int PER_SHARED_AREA = 2;
    public static final int MAX_SHARED_AREAS = 6;
    public static final int SAME_MUNICIPALITY = 2;
    public static final int SAME_COUNTY = 1;
    public static final int PER_FITTING_RESOURCE = 1;
    public static final int MAX_FITTING_RESOURCES = 3;
    public static final int PER_COMMON_PARTNER = 1;
    public static final int MAX_COMMON_PARTNERS = 3;

    /**
     * What is known of the subject.
     *
     * @param sectors the actor's sector, or the sectors of the collaboration's invited and accepted participants
     * @param knowledgeGroups SSIF groups (3 digits): of the actor's collaborations, or of the collaboration
     * @param municipalities the actor's municipality, or the collaboration's places and participants' municipalities
     * @param partners the actors it works with (an actor's partners; a collaboration's participants)
     * @param excluded never suggested: the actor and its partners, or the collaboration's invited and accepted actors
     */
    public record Subject(Set<Sector> sectors, Set<String> technologyAreas, Set<String> knowledgeGroups, Set<String> municipalities,
            Set<String> counties, Set<UUID> partners, Set<UUID> excluded) {}

    /** A suggestion before it is dressed for the API (the logo comes from the database). */
    public record Match(ActorFact actor, int score, List<PartnerReason> reasons) {}

    /** What matchmaking needs of the public ecosystem, computed once per ecosystem (it is cached with the figures). */
    public record Index(Map<UUID, Set<UUID>> partners, Map<UUID, Set<String>> knowledgeGroups,
            Map<UUID, List<ResourceFact>> testbedsAndLabs) {

        public static Index of(Ecosystem ecosystem) {
            Map<UUID, Set<UUID>> partners = new HashMap<>();
            Map<UUID, Set<String>> groups = new HashMap<>();
            for (CollaborationFact c : ecosystem.collaborations()) {
                Set<String> cGroups = PartnerMatcher.knowledgeGroups(c.knowledgeAreas());
                for (ParticipantFact p : c.participants()) {
                    groups.computeIfAbsent(p.actorId(), k -> new HashSet<>()).addAll(cGroups);
                    for (ParticipantFact q : c.participants()) {
                        if (!p.actorId().equals(q.actorId())) {
                            partners.computeIfAbsent(p.actorId(), k -> new HashSet<>()).add(q.actorId());
                        }
                    }
                }
            }
            Map<UUID, List<ResourceFact>> resources = new HashMap<>();
            for (ResourceFact r : ecosystem.resources()) {
                if (r.kind() == ResourceKind.TESTBED || r.kind() == ResourceKind.LAB) {
                    resources.computeIfAbsent(r.publisherId(), k -> new ArrayList<>()).add(r);
                }
            }
            return new Index(partners, groups, resources);
        }
    }

    /** The SSIF groups (first three digits) of codes of any level; one-digit area codes have no group. */
    public static Set<String> knowledgeGroups(Set<String> codes) {
        Set<String> groups = new TreeSet<>();
        for (String code : codes) {
            if (code.length() >= 3) {
                groups.add(code.substring(0, 3));
            }
        }
        return groups;
    }

    /** Every candidate with a positive score, best first (score descending, then name, then id). */
    public static List<Match> suggest(Ecosystem ecosystem, Index index, Subject subject) {
        List<Match> matches = new ArrayList<>();
        for (ActorFact candidate : ecosystem.actors().values()) {
            if (subject.excluded().contains(candidate.id())) {
                continue;
            }
            List<PartnerReason> reasons = reasons(ecosystem, index, subject, candidate);
            int score = reasons.stream().mapToInt(PartnerReason::points).sum();
            if (score > 0) {
                matches.add(new Match(candidate, score, reasons));
            }
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed().thenComparing(m -> m.actor().name())
                .thenComparing(m -> m.actor().id().toString()));
        return matches;
    }

    static List<PartnerReason> reasons(Ecosystem ecosystem, Index index, Subject subject, ActorFact candidate) {
        List<PartnerReason> reasons = new ArrayList<>();
        if (!subject.sectors().contains(candidate.sector())) {
            reasons.add(new PartnerReason(ReasonKind.COMPLEMENTARY_SECTOR, COMPLEMENTARY_SECTOR, candidate.sector(), null, null, null,
                    null, null));
        }
        List<String> technology = candidate.technologyAreas().stream().filter(subject.technologyAreas()::contains).sorted().toList();
        if (!technology.isEmpty()) {
            reasons.add(new PartnerReason(ReasonKind.SHARED_TECHNOLOGY, Math.min(MAX_SHARED_AREAS, PER_SHARED_AREA * technology.size()),
                    null, areas(technology, ecosystem.names().technologyAreas()), null, null, null, null));
        }
        List<String> knowledge = index.knowledgeGroups().getOrDefault(candidate.id(), Set.of()).stream()
                .filter(subject.knowledgeGroups()::contains).sorted().toList();
        if (!knowledge.isEmpty()) {
            reasons.add(new PartnerReason(ReasonKind.SHARED_KNOWLEDGE, Math.min(MAX_SHARED_AREAS, PER_SHARED_AREA * knowledge.size()),
                    null, areas(knowledge, ecosystem.names().knowledgeAreas()), null, null, null, null));
        }
        if (candidate.municipalityCode() != null && subject.municipalities().contains(candidate.municipalityCode())) {
            reasons.add(new PartnerReason(ReasonKind.SAME_MUNICIPALITY, SAME_MUNICIPALITY, null, null,
                    municipality(ecosystem, candidate.municipalityCode()), null, null, null));
        } else if (candidate.countyCode() != null && subject.counties().contains(candidate.countyCode())) {
            reasons.add(new PartnerReason(ReasonKind.SAME_COUNTY, SAME_COUNTY, null, null, null,
                    county(ecosystem, candidate), null, null));
        }
        List<Resource> fitting = index.testbedsAndLabs().getOrDefault(candidate.id(), List.of()).stream()
                .filter(r -> r.technologyAreas().stream().anyMatch(subject.technologyAreas()::contains))
                .sorted(Comparator.comparing((ResourceFact r) -> title(r)).thenComparing(r -> r.id().toString()))
                .map(r -> new Resource(r.id(), r.slug(), r.kind(), r.titleSv(), r.titleEn())).toList();
        if (!fitting.isEmpty()) {
            reasons.add(new PartnerReason(ReasonKind.FITTING_RESOURCES,
                    Math.min(MAX_FITTING_RESOURCES, PER_FITTING_RESOURCE * fitting.size()), null, null, null, null, fitting, null));
        }
        List<Partner> common = index.partners().getOrDefault(candidate.id(), Set.of()).stream()
                .filter(subject.partners()::contains).map(ecosystem.actors()::get).filter(a -> a != null)
                .sorted(Comparator.comparing(ActorFact::name).thenComparing(a -> a.id().toString()))
                .map(a -> new Partner(a.id(), a.slug(), a.name())).toList();
        if (!common.isEmpty()) {
            reasons.add(new PartnerReason(ReasonKind.PARTNERS_OF_PARTNERS,
                    Math.min(MAX_COMMON_PARTNERS, PER_COMMON_PARTNER * common.size()), null, null, null, null, null, common));
        }
        return reasons;
    }

    private static String title(ResourceFact r) {
        return r.titleSv() != null ? r.titleSv() : r.titleEn() == null ? "" : r.titleEn();
    }

    private static List<Area> areas(List<String> codes, Map<String, Name> names) {
        return codes.stream().map(code -> {
            Name name = names.get(code);
            return new Area(code, name == null ? null : name.sv(), name == null ? null : name.en());
        }).toList();
    }

    static MunicipalityRef municipality(Ecosystem ecosystem, String code) {
        MunicipalityFact m = code == null ? null : ecosystem.municipalities().get(code);
        return m == null ? (code == null ? null : new MunicipalityRef(code, null, code.substring(0, 2), null))
                : new MunicipalityRef(m.code(), m.name(), m.countyCode(), m.countyName());
    }

    private static County county(Ecosystem ecosystem, ActorFact candidate) {
        MunicipalityFact m = ecosystem.municipalities().get(candidate.municipalityCode());
        return new County(candidate.countyCode(), m == null ? null : m.countyName());
    }
}
