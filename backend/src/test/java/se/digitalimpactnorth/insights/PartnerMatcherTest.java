package se.digitalimpactnorth.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.GraphFixtures.actor;
import static se.digitalimpactnorth.insights.GraphFixtures.collaboration;
import static se.digitalimpactnorth.insights.GraphFixtures.id;
import static se.digitalimpactnorth.insights.GraphFixtures.resource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.PartnerMatcher.Match;
import se.digitalimpactnorth.insights.PartnerSuggestions.PartnerReason;
import se.digitalimpactnorth.insights.PartnerSuggestions.ReasonKind;
import se.digitalimpactnorth.resource.ResourceKind;

/**
 * Matchmaking on a hand-built ecosystem with the answers worked out by hand (the points are
 * PartnerMatcher's constants, docs/insights-network.md lists them):
 * <ul>
 *   <li>NORR, a company in Umeå (AI, IoT), already works with UNI (k1, knowledge 10201 and the area code 1).</li>
 *   <li>INST, an institute in Skellefteå (AI, IoT, energy), works with UNI in k2 (10201); it has a testbed for IoT
 *       and a lab for games.</li>
 *   <li>KOMMUN, a municipality in Umeå, works with UNI in k3 (no knowledge areas).</li>
 *   <li>FIRM, a company in Stockholm (games): nothing in common with NORR.</li>
 *   <li>NGO and ALFA, non-profits in Stockholm (AI).</li>
 * </ul>
 */
class PartnerMatcherTest {

    private static final LocalDate JOINED = LocalDate.of(2025, 1, 1);

    private static final Ecosystem ECOSYSTEM = GraphFixtures.ecosystem(List.of(
            actor("norr", ActorKind.COMPANY, "2480", JOINED, "ai", "iot"),
            actor("uni", ActorKind.UNIVERSITY, "2480", JOINED, "ai"),
            actor("inst", ActorKind.RESEARCH_INSTITUTE, "2482", JOINED, "ai", "iot", "energy"),
            actor("kommun", ActorKind.PUBLIC_AUTHORITY, "2480", JOINED),
            actor("firm", ActorKind.COMPANY, "0180", JOINED, "games"),
            actor("ngo", ActorKind.NON_PROFIT, "0180", JOINED, "ai"),
            actor("alfa", ActorKind.NON_PROFIT, "0180", JOINED, "ai")),
            List.of(resource("tb", ResourceKind.TESTBED, "inst", "iot"), resource("lab", ResourceKind.LAB, "inst", "games"),
                    resource("event", ResourceKind.EVENT, "inst", "ai")),
            List.of(collaboration("k1", List.of("norr", "uni"), Set.of("ai"), Set.of("10201", "1")),
                    collaboration("k2", List.of("uni", "inst"), Set.of(), Set.of("10201")),
                    collaboration("k3", List.of("uni", "kommun"), Set.of(), Set.of())));

    private static final PartnerMatcher.Index INDEX = PartnerMatcher.Index.of(ECOSYSTEM);

    @Test
    @DisplayName("an actor: complementary sectors, shared areas, nearness, fitting testbeds and common partners, ranked")
    void actorSubject() {
        // As MatchmakingService builds it for NORR: its sector, areas, the SSIF groups of its collaborations
        // (10201 → 102; the area code 1 has no group), its place, its partners; itself and its partners are excluded.
        PartnerMatcher.Subject norr = new PartnerMatcher.Subject(EnumSet.of(Sector.BUSINESS), Set.of("ai", "iot"),
                PartnerMatcher.knowledgeGroups(Set.of("10201", "1")), Set.of("2480"), Set.of("24"), Set.of(id("uni")),
                Set.of(id("norr"), id("uni")));
        List<Match> matches = PartnerMatcher.suggest(ECOSYSTEM, INDEX, norr);

        // INST 3 + 4 (AI, IoT) + 2 (102) + 1 (county 24) + 1 (the IoT testbed; the games lab does not fit) + 1 (UNI) = 12
        // KOMMUN 3 + 2 (Umeå) + 1 (UNI) = 6; ALFA and NGO 3 + 2 (AI) = 5 each, by name; FIRM 0: not suggested.
        assertEquals(List.of("INST:12", "KOMMUN:6", "ALFA:5", "NGO:5"), summary(matches));

        Match inst = matches.get(0);
        assertEquals(List.of(ReasonKind.COMPLEMENTARY_SECTOR, ReasonKind.SHARED_TECHNOLOGY, ReasonKind.SHARED_KNOWLEDGE,
                ReasonKind.SAME_COUNTY, ReasonKind.FITTING_RESOURCES, ReasonKind.PARTNERS_OF_PARTNERS),
                inst.reasons().stream().map(PartnerReason::kind).toList());
        assertEquals(List.of(3, 4, 2, 1, 1, 1), inst.reasons().stream().map(PartnerReason::points).toList());
        assertEquals(Sector.ACADEMIA, inst.reasons().get(0).sector());
        assertEquals(List.of("ai", "iot"), inst.reasons().get(1).areas().stream().map(PartnerSuggestions.Area::code).toList());
        assertEquals("Artificiell intelligens", inst.reasons().get(1).areas().get(0).nameSv());
        assertEquals("102", inst.reasons().get(2).areas().get(0).code());
        assertEquals("Computer and Information Sciences", inst.reasons().get(2).areas().get(0).nameEn());
        assertEquals(new PartnerSuggestions.County("24", "Västerbottens län"), inst.reasons().get(3).county());
        assertEquals(List.of("tb"), inst.reasons().get(4).resources().stream().map(PartnerSuggestions.Resource::slug).toList());
        assertEquals(List.of("uni"), inst.reasons().get(5).partners().stream().map(PartnerSuggestions.Partner::slug).toList());

        Match kommun = matches.get(1);
        assertEquals(List.of(ReasonKind.COMPLEMENTARY_SECTOR, ReasonKind.SAME_MUNICIPALITY, ReasonKind.PARTNERS_OF_PARTNERS),
                kommun.reasons().stream().map(PartnerReason::kind).toList());
        assertEquals("Umeå", kommun.reasons().get(1).municipality().name());
        assertEquals(Sector.PUBLIC, kommun.reasons().get(0).sector());
    }

    @Test
    @DisplayName("a draft collaboration: what its helix lacks, its areas and places; its invited and accepted actors are excluded")
    void collaborationSubject() {
        // A draft led by NORR with KOMMUN invited: energy, SSIF 20301 (group 203), placed in Skellefteå.
        PartnerMatcher.Subject draft = new PartnerMatcher.Subject(EnumSet.of(Sector.BUSINESS, Sector.PUBLIC), Set.of("energy"),
                PartnerMatcher.knowledgeGroups(Set.of("20301")), Set.of("2482", "2480"), Set.of("24"),
                Set.of(id("norr"), id("kommun")), Set.of(id("norr"), id("kommun")));
        List<Match> matches = PartnerMatcher.suggest(ECOSYSTEM, INDEX, draft);
        // INST 3 + 2 (energy) + 2 (Skellefteå) = 7; UNI 3 + 2 (Umeå) + 2 (works with NORR and KOMMUN) = 7: by name.
        // ALFA and NGO 3 each; FIRM 0 (business is there already).
        assertEquals(List.of("INST:7", "UNI:7", "ALFA:3", "NGO:3"), summary(matches));
        Match uni = matches.get(1);
        assertEquals(List.of("kommun", "norr"), uni.reasons().get(2).partners().stream().map(PartnerSuggestions.Partner::slug).toList());
        assertEquals(2, uni.reasons().get(2).points());
    }

    @Test
    @DisplayName("points are capped: at most 6 for shared areas, 3 for resources and 3 for common partners")
    void caps() {
        Ecosystem wide = GraphFixtures.ecosystem(List.of(
                actor("s", ActorKind.COMPANY, "2480", JOINED, "ai", "iot", "energy", "games"),
                actor("c", ActorKind.COMPANY, "2480", JOINED, "ai", "iot", "energy", "games"),
                actor("p1", ActorKind.COMPANY, "2480", JOINED), actor("p2", ActorKind.COMPANY, "2480", JOINED),
                actor("p3", ActorKind.COMPANY, "2480", JOINED), actor("p4", ActorKind.COMPANY, "2480", JOINED)),
                List.of(resource("r1", ResourceKind.LAB, "c", "ai"), resource("r2", ResourceKind.LAB, "c", "iot"),
                        resource("r3", ResourceKind.TESTBED, "c", "games"), resource("r4", ResourceKind.TESTBED, "c", "energy")),
                List.of(collaboration("x", "c", "p1", "p2", "p3", "p4")));
        PartnerMatcher.Subject s = new PartnerMatcher.Subject(EnumSet.of(Sector.BUSINESS), Set.of("ai", "iot", "energy", "games"),
                Set.of(), Set.of("2480"), Set.of("24"), Set.of(id("p1"), id("p2"), id("p3"), id("p4")),
                Set.of(id("s"), id("p1"), id("p2"), id("p3"), id("p4")));
        Match c = PartnerMatcher.suggest(wide, PartnerMatcher.Index.of(wide), s).get(0);
        assertEquals(List.of(6, 2, 3, 3), c.reasons().stream().map(PartnerReason::points).toList());
        assertEquals(4, c.reasons().get(0).areas().size(), "the reason names every shared area; only the points are capped");
        assertEquals(6 + 2 + 3 + 3, c.score());
    }

    private static List<String> summary(List<Match> matches) {
        return matches.stream().map(m -> m.actor().name() + ":" + m.score()).toList();
    }
}
