package se.digitalimpactnorth.insights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.GraphFixtures.actor;
import static se.digitalimpactnorth.insights.GraphFixtures.collaboration;
import static se.digitalimpactnorth.insights.GraphFixtures.id;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.digitalimpactnorth.actor.ActorKind;

/**
 * The network of a small ecosystem worked out by hand (docs/insights-network.md has the same example):
 * a triangle U1–C1–P1 (U1–C1 share two collaborations) with a path U1–U2–U3, a leaf C2 on C1 and a
 * path P1–N1–P2. Sectors: U academia, C business, P public, N civil.
 */
class CollaborationNetworkTest {

    private static final LocalDate JOINED = LocalDate.of(2025, 1, 1);

    private static final Ecosystem ECOSYSTEM = GraphFixtures.ecosystem(List.of(
            actor("u1", ActorKind.UNIVERSITY, "2480", JOINED), actor("u2", ActorKind.UNIVERSITY, "2480", JOINED),
            actor("u3", ActorKind.RESEARCH_INSTITUTE, "2480", JOINED), actor("c1", ActorKind.COMPANY, "2480", JOINED),
            actor("c2", ActorKind.COMPANY, "2482", JOINED), actor("p1", ActorKind.PUBLIC_AUTHORITY, "2480", JOINED),
            actor("p2", ActorKind.PUBLIC_AUTHORITY, "2404", JOINED), actor("n1", ActorKind.NON_PROFIT, "2404", JOINED),
            actor("alone", ActorKind.COMPANY, "2480", JOINED)),
            List.of(), List.of(
                    // "gone" is not an active actor (not in the ecosystem's actors): it makes no node and no edge.
                    collaboration("k1", "u1", "c1", "p1", "gone"), collaboration("k2", "u1", "u2"), collaboration("k3", "c1", "c2"),
                    collaboration("k4", "p1", "n1"), collaboration("k5", "u1", "c1"), collaboration("k6", "u2", "u3"),
                    collaboration("k7", "n1", "p2")));

    private static Map<String, Network.Node> nodes(Network network) {
        return network.nodes().stream().collect(Collectors.toMap(Network.Node::slug, Function.identity()));
    }

    @Test
    @DisplayName("nodes are the participants of the given collaborations; edges are weighted by shared collaborations")
    void nodesAndEdges() {
        Network network = CollaborationNetwork.of(ECOSYSTEM, ECOSYSTEM.collaborations());
        assertEquals(List.of("C1", "C2", "N1", "P1", "P2", "U1", "U2", "U3"), network.nodes().stream().map(Network.Node::name).toList(),
                "ordered by name; the actor in no collaboration is not a node");
        assertEquals(8, network.edges().size());
        Network.Edge u1c1 = network.edges().stream()
                .filter(e -> (e.source().equals(id("u1")) && e.target().equals(id("c1"))) || (e.source().equals(id("c1")) && e.target().equals(id("u1"))))
                .findFirst().orElseThrow();
        assertEquals(2, u1c1.weight());
        network.edges().forEach(e -> assertEquals(true, e.source().toString().compareTo(e.target().toString()) < 0, "source < target"));
        assertEquals(7, network.edges().stream().filter(e -> e.weight() == 1).count());

        Map<String, Network.Node> n = nodes(network);
        assertEquals(List.of(3, 3, 2, 2, 1, 1, 2, 1), List.of("u1", "c1", "p1", "u2", "u3", "c2", "n1", "p2").stream()
                .map(s -> n.get(s).collaborations()).toList(), "collaborations");
        assertEquals(List.of(3, 3, 3, 2, 1, 1, 2, 1), List.of("u1", "c1", "p1", "u2", "u3", "c2", "n1", "p2").stream()
                .map(s -> n.get(s).partners()).toList(), "partners");
        assertEquals(List.of(2, 2, 3, 0, 0, 0, 1, 1), List.of("u1", "c1", "p1", "u2", "u3", "c2", "n1", "p2").stream()
                .map(s -> n.get(s).sectorsBridged()).toList(), "sectors bridged");
    }

    @Test
    @DisplayName("betweenness: pairs of other actors whose shortest paths pass through the node, over (n-1)(n-2)/2 = 21")
    void betweenness() {
        Map<String, Network.Node> n = nodes(CollaborationNetwork.of(ECOSYSTEM, ECOSYSTEM.collaborations()));
        // U1 separates {U2, U3} from the 5 others: 10 pairs. P1 likewise {N1, P2}: 10. C1 separates C2 from 6 others;
        // U2 separates U3 from 6 others; N1 separates P2 from 6 others. Leaves: 0.
        assertEquals(10 / 21.0, n.get("u1").betweenness(), 1e-9);
        assertEquals(10 / 21.0, n.get("p1").betweenness(), 1e-9);
        assertEquals(6 / 21.0, n.get("c1").betweenness(), 1e-9);
        assertEquals(6 / 21.0, n.get("u2").betweenness(), 1e-9);
        assertEquals(6 / 21.0, n.get("n1").betweenness(), 1e-9);
        assertEquals(0.0, n.get("u3").betweenness(), 1e-9);
        assertEquals(0.0, n.get("c2").betweenness(), 1e-9);
        assertEquals(0.0, n.get("p2").betweenness(), 1e-9);
    }

    @Test
    @DisplayName("brokerage (Gould–Fernandez, sector as group) counts the open triads around each node")
    void brokerage() {
        Map<String, Network.Node> n = nodes(CollaborationNetwork.of(ECOSYSTEM, ECOSYSTEM.collaborations()));
        // [coordinator, gatekeeper, representative, itinerant, liaison]
        // U1 (academia): pairs (C1,U2) and (P1,U2) are open and U2 shares U1's sector: 2 gatekeeper + 2 representative;
        // (C1,P1) are partners themselves, so no brokerage.
        assertEquals(List.of(0, 2, 2, 0, 0), roles(n.get("u1")));
        assertEquals(List.of(0, 2, 2, 0, 0), roles(n.get("c1")));
        // P1 (public) between U1 (academia) / C1 (business) and N1 (civil): two liaisons.
        assertEquals(List.of(0, 0, 0, 0, 2), roles(n.get("p1")));
        // U2 (academia) between U1 and U3 (academia): coordinator.
        assertEquals(List.of(1, 0, 0, 0, 0), roles(n.get("u2")));
        // N1 (civil) between P1 and P2 (public): itinerant.
        assertEquals(List.of(0, 0, 0, 1, 0), roles(n.get("n1")));
        for (String leaf : List.of("u3", "c2", "p2")) {
            assertEquals(List.of(0, 0, 0, 0, 0), roles(n.get(leaf)), leaf);
        }
    }

    @Test
    @DisplayName("only the given collaborations count: a subset gives a smaller network")
    void subset() {
        Network network = CollaborationNetwork.of(ECOSYSTEM, ECOSYSTEM.collaborations().subList(0, 1));
        assertEquals(List.of("C1", "P1", "U1"), network.nodes().stream().map(Network.Node::name).toList());
        assertEquals(3, network.edges().size());
        network.nodes().forEach(node -> assertEquals(0.0, node.betweenness(), 1e-9));
        assertEquals(0, CollaborationNetwork.of(ECOSYSTEM, List.of()).nodes().size());
    }

    @Test
    @DisplayName("betweenness equals JGraphT's BetweennessCentrality (the reference) on the hand-worked graph")
    void betweennessMatchesJGraphTOnTheWorkedExample() {
        // U1=0, U2=1, U3=2, C1=3, C2=4, P1=5, N1=6, P2=7
        int[][] edges = {{0, 1}, {1, 2}, {0, 3}, {0, 5}, {3, 5}, {3, 4}, {5, 6}, {6, 7}};
        int[][] neighbours = neighbours(8, List.of(edges));
        assertArrayEquals(jgrapht(8, neighbours), CollaborationNetwork.betweenness(8, neighbours), 1e-9);
        assertEquals(10 / 21.0, CollaborationNetwork.betweenness(8, neighbours)[0], 1e-9);
    }

    @Test
    @DisplayName("betweenness equals JGraphT's on seeded random graphs: sparse with many parts, medium, dense, isolated actors")
    void betweennessMatchesJGraphTOnRandomGraphs() {
        int n = 200;
        // 150 edges leave many components and isolated nodes; 400 a giant part with stragglers; 2,000 and 6,000 are
        // dense with many equal shortest paths. Two graphs side by side check that parts do not leak into each other.
        for (int m : new int[] {150, 400, 2_000, 6_000}) {
            for (long seed = 1; seed <= 3; seed++) {
                int[][] neighbours = neighbours(n, randomEdges(n, m, seed));
                assertArrayEquals(jgrapht(n, neighbours), CollaborationNetwork.betweenness(n, neighbours), 1e-9, "m=" + m + " seed=" + seed);
            }
        }
        List<int[]> twoParts = new ArrayList<>(randomEdges(100, 600, 7));
        randomEdges(100, 300, 8).forEach(e -> twoParts.add(new int[] {e[0] + 100, e[1] + 100}));
        int[][] neighbours = neighbours(n, twoParts);
        assertArrayEquals(jgrapht(n, neighbours), CollaborationNetwork.betweenness(n, neighbours), 1e-9, "two parts");
        // Tiny graphs: nobody lies between two others.
        assertArrayEquals(new double[] {0, 0}, CollaborationNetwork.betweenness(2, new int[][] {{1}, {0}}));
        assertArrayEquals(new double[] {0, 1, 0}, CollaborationNetwork.betweenness(3, new int[][] {{1}, {0, 2}, {1}}), 1e-12);
    }

    @Test
    @EnabledIfSystemProperty(named = "din.benchmark", matches = "true")
    @DisplayName("benchmark by hand (-Ddin.benchmark=true): 5,000 actors, 60,000 edges; prints times, asserts only agreement with itself")
    void benchmark() {
        int n = 5_000;
        int[][] neighbours = neighbours(n, randomEdges(n, 60_000, 42));
        double[] first = null;
        // Wall time depends on what else runs; CPU time (all threads of the JVM) does much less.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            double[] scores = CollaborationNetwork.betweenness(n, neighbours);
            System.out.printf("Brandes over int arrays, run %d: %.2f s wall, %.2f s CPU, load average %.1f on %d cores%n", run,
                    (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, os.getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            if (first == null) {
                first = scores;
            }
            assertArrayEquals(first, scores, 0.0, "the same bits every run");
        }
        if (Boolean.getBoolean("din.benchmark.jgrapht")) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            double[] reference = jgrapht(n, neighbours);
            System.out.printf("JGraphT BetweennessCentrality: %.2f s wall, %.2f s CPU, load average %.1f%n",
                    (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, os.getSystemLoadAverage());
            assertArrayEquals(reference, first, 1e-9);
        }
    }

    /** m distinct random edges (no loops) on n nodes, from a fixed seed. */
    private static List<int[]> randomEdges(int n, int m, long seed) {
        Random random = new Random(seed);
        Set<Long> seen = new HashSet<>();
        List<int[]> edges = new ArrayList<>();
        while (edges.size() < m) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                edges.add(new int[] {a, b});
            }
        }
        return edges;
    }

    /** Sorted neighbour lists, as CollaborationNetwork builds them. */
    private static int[][] neighbours(int n, List<int[]> edges) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            lists.get(e[0]).add(e[1]);
            lists.get(e[1]).add(e[0]);
        }
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = lists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return neighbours;
    }

    /** JGraphT's raw betweenness (unordered pairs on an undirected graph) with our normalisation, (n-1)(n-2)/2. */
    private static double[] jgrapht(int n, int[][] neighbours) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        for (int a = 0; a < n; a++) {
            for (int c : neighbours[a]) {
                if (a < c) {
                    graph.addEdge(a, c);
                }
            }
        }
        Map<Integer, Double> scores = new BetweennessCentrality<>(graph, false).getScores();
        double pairs = (n - 1) * (double) (n - 2) / 2;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = scores.get(i) / pairs;
        }
        return result;
    }

    private static List<Integer> roles(Network.Node node) {
        return List.of(node.coordinator(), node.gatekeeper(), node.representative(), node.itinerant(), node.liaison());
    }
}
