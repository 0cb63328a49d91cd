package se.digitalimpactnorth.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Helix;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeAreaRef;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeLevel;
import se.digitalimpactnorth.collaboration.BoundaryRules.ChosenKnowledge;
import se.digitalimpactnorth.collaboration.BoundaryRules.Input;
import se.digitalimpactnorth.collaboration.BoundaryRules.Participant;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/** Each rule of the boundary profile on hand-built cases whose answers are known. No database, no Quarkus. */
class BoundaryRulesTest {

    static final MunicipalityRef UMEA = new MunicipalityRef("2480", "Umeå kommun", "24", "Västerbottens län");
    static final MunicipalityRef SKELLEFTEA = new MunicipalityRef("2482", "Skellefteå kommun", "24", "Västerbottens län");
    static final MunicipalityRef LULEA = new MunicipalityRef("2580", "Luleå kommun", "25", "Norrbottens län");
    static final MunicipalityRef STOCKHOLM = new MunicipalityRef("0180", "Stockholms kommun", "01", "Stockholms län");
    static final Set<String> HOME = Set.of("24");

    // SSIF: 1 Natural sciences > 102 Computer and information sciences > 10201, 10202; 101 Mathematics > 10101;
    // 2 Engineering and technology > 202 Electrical engineering.
    static final KnowledgeAreaRef NATURAL = ssif("1", KnowledgeLevel.AREA);
    static final KnowledgeAreaRef ENGINEERING = ssif("2", KnowledgeLevel.AREA);
    static final KnowledgeAreaRef MATHEMATICS = ssif("101", KnowledgeLevel.GROUP);
    static final KnowledgeAreaRef COMPUTING = ssif("102", KnowledgeLevel.GROUP);
    static final KnowledgeAreaRef ELECTRICAL = ssif("202", KnowledgeLevel.GROUP);

    static KnowledgeAreaRef ssif(String code, KnowledgeLevel level) {
        return new KnowledgeAreaRef(code, level, new LocalizedText("sv " + code, "en " + code));
    }

    static Participant p(Sector sector, MunicipalityRef municipality) {
        return new Participant(UUID.randomUUID(), sector, municipality);
    }

    static TechnologyAreaDto tech(String code) {
        return new TechnologyAreaDto(code, new LocalizedText(code, code));
    }

    static BoundaryProfile profile(List<Participant> participants) {
        return BoundaryRules.profile(new Input(participants, List.of(), List.of(), List.of(), HOME));
    }

    @Nested
    @DisplayName("sector")
    class Sectors {
        @Test
        @DisplayName("one participant: one sector, not crossed, no helix")
        void oneParticipant() {
            var s = profile(List.of(p(Sector.BUSINESS, UMEA))).sectors();
            assertEquals(List.of(Sector.BUSINESS), s.values());
            assertEquals(1, s.count());
            assertEquals(Helix.NONE, s.helix());
            assertFalse(s.crossed());
        }

        @Test
        @DisplayName("two companies are one sector: duplicates count once, not crossed")
        void sameSectorTwice() {
            var s = profile(List.of(p(Sector.BUSINESS, UMEA), p(Sector.BUSINESS, LULEA))).sectors();
            assertEquals(List.of(Sector.BUSINESS), s.values());
            assertEquals(1, s.count());
            assertFalse(s.crossed());
        }

        @Test
        @DisplayName("academia and business cross it; values come in the order of the enum, whatever the participants' order")
        void twoSectors() {
            var s = profile(List.of(p(Sector.ACADEMIA, UMEA), p(Sector.BUSINESS, UMEA))).sectors();
            assertEquals(List.of(Sector.BUSINESS, Sector.ACADEMIA), s.values());
            assertEquals(2, s.count());
            assertEquals(Helix.NONE, s.helix());
            assertTrue(s.crossed());
        }

        @Test
        @DisplayName("business + academia + public is a triple helix")
        void tripleHelix() {
            var s = profile(List.of(p(Sector.PUBLIC, UMEA), p(Sector.ACADEMIA, UMEA), p(Sector.BUSINESS, UMEA))).sectors();
            assertEquals(3, s.count());
            assertEquals(Helix.TRIPLE, s.helix());
            assertTrue(s.crossed());
        }

        @Test
        @DisplayName("with civil society too it is a quadruple helix")
        void quadrupleHelix() {
            var s = profile(List.of(p(Sector.CIVIL, UMEA), p(Sector.PUBLIC, UMEA), p(Sector.ACADEMIA, UMEA),
                    p(Sector.BUSINESS, UMEA))).sectors();
            assertEquals(List.of(Sector.BUSINESS, Sector.ACADEMIA, Sector.PUBLIC, Sector.CIVIL), s.values());
            assertEquals(Helix.QUADRUPLE, s.helix());
        }

        @Test
        @DisplayName("three sectors without business are no helix, though crossed")
        void threeSectorsWithoutBusiness() {
            var s = profile(List.of(p(Sector.CIVIL, UMEA), p(Sector.PUBLIC, UMEA), p(Sector.ACADEMIA, UMEA))).sectors();
            assertEquals(Helix.NONE, s.helix());
            assertTrue(s.crossed());
        }
    }

    @Nested
    @DisplayName("organisation")
    class Organisations {
        @Test
        @DisplayName("one participant: not crossed")
        void one() {
            var o = profile(List.of(p(Sector.BUSINESS, UMEA))).organisations();
            assertEquals(1, o.count());
            assertFalse(o.crossed());
        }

        @Test
        @DisplayName("the tie-break: two organisations of the same sector and municipality still cross it")
        void twoAlike() {
            var o = profile(List.of(p(Sector.BUSINESS, UMEA), p(Sector.BUSINESS, UMEA))).organisations();
            assertEquals(2, o.count());
            assertTrue(o.crossed());
        }

        @Test
        @DisplayName("the same actor twice counts once")
        void sameActorTwice() {
            Participant one = p(Sector.BUSINESS, UMEA);
            var o = profile(List.of(one, one)).organisations();
            assertEquals(1, o.count());
            assertFalse(o.crossed());
        }

        @Test
        @DisplayName("nobody: zero, not crossed")
        void none() {
            var o = profile(List.of()).organisations();
            assertEquals(0, o.count());
            assertFalse(o.crossed());
        }
    }

    @Nested
    @DisplayName("place")
    class Places {
        static BoundaryProfile.Places places(List<Participant> participants, List<MunicipalityRef> places) {
            return BoundaryRules.profile(new Input(participants, places, List.of(), List.of(), HOME)).places();
        }

        @Test
        @DisplayName("two participants in Umeå: one municipality, one county, nothing crossed, inside the region")
        void sameMunicipality() {
            var pl = places(List.of(p(Sector.BUSINESS, UMEA), p(Sector.ACADEMIA, UMEA)), List.of(UMEA));
            assertEquals(List.of(UMEA), pl.municipalities());
            assertEquals(List.of(new BoundaryProfile.CountyRef("24", "Västerbottens län")), pl.counties());
            assertFalse(pl.crossesMunicipalBorder());
            assertFalse(pl.crossesCountyBorder());
            assertFalse(pl.reachesOutsideRegion());
            assertFalse(pl.crossed());
        }

        @Test
        @DisplayName("Umeå and Skellefteå: the municipal border is crossed (so the place boundary), not the county border")
        void twoMunicipalitiesOneCounty() {
            var pl = places(List.of(p(Sector.BUSINESS, SKELLEFTEA), p(Sector.ACADEMIA, UMEA)), List.of());
            assertEquals(List.of("2480", "2482"), pl.municipalities().stream().map(MunicipalityRef::code).toList());
            assertTrue(pl.crossesMunicipalBorder());
            assertFalse(pl.crossesCountyBorder());
            assertFalse(pl.reachesOutsideRegion());
            assertTrue(pl.crossed());
        }

        @Test
        @DisplayName("a place of the collaboration counts with the participants': Umeå + Luleå cross the county border and reach outside")
        void placeOutsideRegion() {
            var pl = places(List.of(p(Sector.BUSINESS, UMEA), p(Sector.ACADEMIA, UMEA)), List.of(LULEA));
            assertEquals(List.of("24", "25"), pl.counties().stream().map(BoundaryProfile.CountyRef::code).toList());
            assertTrue(pl.crossesMunicipalBorder());
            assertTrue(pl.crossesCountyBorder());
            assertTrue(pl.reachesOutsideRegion());
            assertTrue(pl.crossed());
        }

        @Test
        @DisplayName("everything in Stockholm: no border crossed, yet outside the home region")
        void outsideRegionWithoutCrossing() {
            var pl = places(List.of(p(Sector.BUSINESS, STOCKHOLM), p(Sector.ACADEMIA, STOCKHOLM)), List.of(STOCKHOLM));
            assertFalse(pl.crossed());
            assertTrue(pl.reachesOutsideRegion());
        }

        @Test
        @DisplayName("participants without a municipality are left out: no places at all crosses nothing and reaches nowhere")
        void noMunicipality() {
            var pl = places(List.of(p(Sector.BUSINESS, null), p(Sector.ACADEMIA, null)), List.of());
            assertEquals(List.of(), pl.municipalities());
            assertEquals(List.of(), pl.counties());
            assertFalse(pl.crossed());
            assertFalse(pl.reachesOutsideRegion());
        }

        @Test
        @DisplayName("one participant without a municipality and one in Umeå: one municipality, not crossed")
        void oneWithoutMunicipality() {
            var pl = places(List.of(p(Sector.BUSINESS, null), p(Sector.ACADEMIA, UMEA)), List.of());
            assertEquals(List.of(UMEA), pl.municipalities());
            assertFalse(pl.crossed());
        }

        @Test
        @DisplayName("the home region is configurable: with counties 24 and 25, Luleå is inside")
        void widerHome() {
            var pl = BoundaryRules.profile(new Input(List.of(p(Sector.BUSINESS, UMEA)), List.of(LULEA), List.of(), List.of(),
                    Set.of("24", "25"))).places();
            assertTrue(pl.crossesCountyBorder());
            assertFalse(pl.reachesOutsideRegion());
        }
    }

    @Nested
    @DisplayName("knowledge")
    class Knowledge {
        static BoundaryProfile.Knowledge knowledge(ChosenKnowledge... chosen) {
            return BoundaryRules.profile(new Input(List.of(), List.of(), List.of(chosen), List.of(), HOME)).knowledge();
        }

        static ChosenKnowledge area(KnowledgeAreaRef area) {
            return new ChosenKnowledge(area, null);
        }

        static ChosenKnowledge in(KnowledgeAreaRef area, KnowledgeAreaRef group) {
            return new ChosenKnowledge(area, group);
        }

        @Test
        @DisplayName("nothing chosen: no areas, no groups, not crossed")
        void none() {
            var k = knowledge();
            assertEquals(List.of(), k.areas());
            assertEquals(List.of(), k.groups());
            assertFalse(k.crossed());
        }

        @Test
        @DisplayName("a subject and its own group are one group: not crossed")
        void subjectAndItsGroup() {
            // 10201 (a subject of 102) and 102 itself both resolve to area 1, group 102
            var k = knowledge(in(NATURAL, COMPUTING), in(NATURAL, COMPUTING));
            assertEquals(List.of(NATURAL), k.areas());
            assertEquals(List.of(COMPUTING), k.groups());
            assertFalse(k.crossed());
        }

        @Test
        @DisplayName("an area and a subject inside it: the broader choice contains the narrower, not crossed")
        void areaAndSubjectInIt() {
            var k = knowledge(area(NATURAL), in(NATURAL, COMPUTING));
            assertEquals(List.of(NATURAL), k.areas());
            assertEquals(List.of(COMPUTING), k.groups());
            assertFalse(k.crossed());
        }

        @Test
        @DisplayName("two groups of one area (mathematics and computing) cross it")
        void twoGroupsOneArea() {
            var k = knowledge(in(NATURAL, COMPUTING), in(NATURAL, MATHEMATICS));
            assertEquals(List.of(NATURAL), k.areas());
            assertEquals(List.of(MATHEMATICS, COMPUTING), k.groups());
            assertTrue(k.crossed());
        }

        @Test
        @DisplayName("two areas always cross it, even when chosen at area level")
        void twoAreas() {
            var k = knowledge(area(ENGINEERING), area(NATURAL));
            assertEquals(List.of(NATURAL, ENGINEERING), k.areas());
            assertEquals(List.of(), k.groups());
            assertTrue(k.crossed());
        }

        @Test
        @DisplayName("an area and a group of another area cross it")
        void areaAndOtherAreasGroup() {
            var k = knowledge(area(NATURAL), in(ENGINEERING, ELECTRICAL));
            assertEquals(List.of(NATURAL, ENGINEERING), k.areas());
            assertEquals(List.of(ELECTRICAL), k.groups());
            assertTrue(k.crossed());
        }
    }

    @Nested
    @DisplayName("technology")
    class Technology {
        static BoundaryProfile.Technology technology(TechnologyAreaDto... areas) {
            return BoundaryRules.profile(new Input(List.of(), List.of(), List.of(), List.of(areas), HOME)).technology();
        }

        @Test
        @DisplayName("one area: not crossed")
        void one() {
            var t = technology(tech("ai"));
            assertEquals(1, t.count());
            assertFalse(t.crossed());
        }

        @Test
        @DisplayName("the same area twice counts once")
        void duplicate() {
            var t = technology(tech("ai"), tech("ai"));
            assertEquals(1, t.count());
            assertFalse(t.crossed());
        }

        @Test
        @DisplayName("two areas cross it, listed by code")
        void two() {
            var t = technology(tech("iot"), tech("ai"));
            assertEquals(List.of("ai", "iot"), t.areas().stream().map(TechnologyAreaDto::code).toList());
            assertEquals(2, t.count());
            assertTrue(t.crossed());
        }
    }

    @Nested
    @DisplayName("score")
    class Score {
        @Test
        @DisplayName("one participant, nothing chosen: 0 and nothing crossed")
        void zero() {
            var profile = profile(List.of(p(Sector.BUSINESS, UMEA)));
            assertEquals(0, profile.score());
            assertEquals(List.of(), profile.crossed());
        }

        @Test
        @DisplayName("two companies in Umeå cross only the organisation boundary: 1")
        void one() {
            var profile = profile(List.of(p(Sector.BUSINESS, UMEA), p(Sector.BUSINESS, UMEA)));
            assertEquals(1, profile.score());
            assertEquals(List.of(Boundary.ORGANISATION), profile.crossed());
        }

        @Test
        @DisplayName("every boundary crossed: 5, listed in the order of the enum")
        void five() {
            var profile = BoundaryRules.profile(new Input(
                    List.of(p(Sector.ACADEMIA, UMEA), p(Sector.BUSINESS, SKELLEFTEA)),
                    List.of(),
                    List.of(new ChosenKnowledge(NATURAL, COMPUTING), new ChosenKnowledge(ENGINEERING, ELECTRICAL)),
                    List.of(tech("ai"), tech("hpc")),
                    HOME));
            assertEquals(5, profile.score());
            assertEquals(List.of(Boundary.SECTOR, Boundary.ORGANISATION, Boundary.PLACE, Boundary.KNOWLEDGE,
                    Boundary.TECHNOLOGY), profile.crossed());
        }

        @Test
        @DisplayName("the same input in another order gives the same profile")
        void deterministic() {
            Participant a = p(Sector.ACADEMIA, UMEA);
            Participant b = p(Sector.PUBLIC, LULEA);
            var forward = BoundaryRules.profile(new Input(List.of(a, b), List.of(STOCKHOLM, UMEA), List.of(
                    new ChosenKnowledge(NATURAL, COMPUTING), new ChosenKnowledge(ENGINEERING, null)),
                    List.of(tech("ai"), tech("iot")), HOME));
            var backward = BoundaryRules.profile(new Input(List.of(b, a), List.of(UMEA, STOCKHOLM), List.of(
                    new ChosenKnowledge(ENGINEERING, null), new ChosenKnowledge(NATURAL, COMPUTING)),
                    List.of(tech("iot"), tech("ai")), HOME));
            assertEquals(forward, backward);
        }
    }
}
