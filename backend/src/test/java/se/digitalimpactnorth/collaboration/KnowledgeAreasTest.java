package se.digitalimpactnorth.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeLevel;
import se.digitalimpactnorth.collaboration.BoundaryRules.ChosenKnowledge;

/** Chosen SSIF codes resolved against the classification of migration V9. */
@QuarkusTest
class KnowledgeAreasTest {

    @Inject
    KnowledgeAreas knowledgeAreas;

    @Test
    @DisplayName("a subject resolves to its group and area, a group to its area, an area to itself")
    void resolvesEachLevel() {
        List<ChosenKnowledge> resolved = knowledgeAreas.resolve(List.of("10210", "202", "5"));

        assertEquals("1", resolved.get(0).area().code());
        assertEquals("Natural sciences", resolved.get(0).area().name().en());
        assertEquals(KnowledgeLevel.AREA, resolved.get(0).area().level());
        assertEquals("102", resolved.get(0).group().code());
        assertEquals(KnowledgeLevel.GROUP, resolved.get(0).group().level());

        assertEquals("2", resolved.get(1).area().code());
        assertEquals("202", resolved.get(1).group().code());

        assertEquals("5", resolved.get(2).area().code());
        assertNull(resolved.get(2).group());
    }

    @Test
    @DisplayName("ref names a code at any level; unknown codes are empty, and resolving one is a bug")
    void refAndUnknown() {
        assertEquals("Artificiell intelligens", knowledgeAreas.ref("10210").orElseThrow().name().sv());
        assertEquals(KnowledgeLevel.SUBJECT, knowledgeAreas.ref("10210").orElseThrow().level());
        assertTrue(knowledgeAreas.exists("6"));
        assertFalse(knowledgeAreas.exists("7"));
        assertFalse(knowledgeAreas.exists("1021"));
        assertFalse(knowledgeAreas.exists(null));
        assertTrue(knowledgeAreas.ref("99999").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> knowledgeAreas.resolve(List.of("99999")));
    }

    @Test
    @DisplayName("the resolved codes feed the knowledge rule: AI with Mathematics crosses it, AI with Computing does not")
    void feedsTheRule() {
        assertTrue(knowledge("10210", "10101").crossed());
        assertFalse(knowledge("10210", "102").crossed());
        assertFalse(knowledge("10210", "1").crossed());
        assertTrue(knowledge("10210", "2").crossed());
    }

    private BoundaryProfile.Knowledge knowledge(String... codes) {
        return BoundaryRules.profile(new BoundaryRules.Input(List.of(), List.of(), knowledgeAreas.resolve(List.of(codes)),
                List.of(), Set.of("24"))).knowledge();
    }
}
