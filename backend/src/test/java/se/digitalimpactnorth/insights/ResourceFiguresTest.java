package se.digitalimpactnorth.insights;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.NorthFixture.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.InsightRows.ResourcesPublished;
import se.digitalimpactnorth.resource.ResourceKind;

/** Innovation tempo on {@link NorthFixture}: R1 TESTBED 01-15, R2 EVENT 03-01, R3 LAB 03-31, R4 EVENT 05-20. */
class ResourceFiguresTest {

    private final Ecosystem north = NorthFixture.ecosystem();

    /** The non-zero cells as "month kind" -> count. */
    private static Map<String, Long> nonZero(List<ResourcesPublished> rows) {
        Map<String, Long> cells = new TreeMap<>();
        rows.stream().filter(r -> r.published() > 0).forEach(r -> cells.put(r.month() + " " + r.kind(), r.published()));
        return cells;
    }

    @Test
    @DisplayName("one row per month × kind, all ten kinds, zero months included, from the first publication to today's month")
    void published() {
        List<ResourcesPublished> rows = ResourceFigures.published(north, none());
        // January to June: 6 months × 10 kinds.
        assertEquals(60, rows.size());
        assertEquals(new ResourcesPublished("2026-01", ResourceKind.Family.KNOWLEDGE, ResourceKind.EVENT, 0), rows.getFirst());
        assertEquals(new ResourcesPublished("2026-06", ResourceKind.Family.INNOVATION, ResourceKind.SEMINAR_SERIES, 0), rows.getLast());
        assertEquals(Map.of("2026-01 TESTBED", 1L, "2026-03 EVENT", 1L, "2026-03 LAB", 1L, "2026-05 EVENT", 1L), nonZero(rows));
        // The family follows the kind.
        rows.forEach(r -> assertEquals(r.kind().family(), r.family()));
    }

    @Test
    @DisplayName("the period's edges are inclusive, and a clipped month counts only its days in the period")
    void periodEdges() {
        // 03-31..05-19: R3 (03-31) in; R2 (03-01) and R4 (05-20) out. March, April, May: 30 rows.
        List<ResourcesPublished> rows = ResourceFigures.published(north, period(of(2026, 3, 31), of(2026, 5, 19)));
        assertEquals(30, rows.size());
        assertEquals(Map.of("2026-03 LAB", 1L), nonZero(rows));
        // A period with nothing published: its months, every cell zero.
        List<ResourcesPublished> empty = ResourceFigures.published(north, period(of(2026, 2, 1), of(2026, 2, 28)));
        assertEquals(10, empty.size());
        assertEquals(Map.of(), nonZero(empty));
    }

    @Test
    @DisplayName("a resource matches by its place, its publisher's sector, its own goals and areas, and its collaborations' SSIF codes")
    void filters() {
        // ACADEMIA: R2 (by A2). The series starts at March, its first publication.
        List<ResourcesPublished> academia = ResourceFigures.published(north, sector(Sector.ACADEMIA));
        assertEquals(Map.of("2026-03 EVENT", 1L), nonZero(academia));
        assertEquals("2026-03", academia.getFirst().month());
        assertEquals(Map.of("2026-03 LAB", 1L), nonZero(ResourceFigures.published(north, county("25"))));
        assertEquals(Map.of("2026-01 TESTBED", 1L, "2026-03 EVENT", 1L), nonZero(ResourceFigures.published(north, municipality("2480"))));
        assertEquals(Map.of("2026-01 TESTBED", 1L, "2026-03 EVENT", 1L), nonZero(ResourceFigures.published(north, sdg(9))));
        assertEquals(Map.of("2026-01 TESTBED", 1L, "2026-05 EVENT", 1L), nonZero(ResourceFigures.published(north, technologyArea("ai"))));
        // SSIF 202: only C2 (20205) matches, and C2 links R3. SSIF 102: C1 (R1) and C2 (R3).
        assertEquals(Map.of("2026-03 LAB", 1L), nonZero(ResourceFigures.published(north, knowledgeArea("202"))));
        assertEquals(Map.of("2026-01 TESTBED", 1L, "2026-03 LAB", 1L), nonZero(ResourceFigures.published(north, knowledgeArea("102"))));
    }
}
