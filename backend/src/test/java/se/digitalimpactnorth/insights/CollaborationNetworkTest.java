package se.digitalimpactnorth.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.digitalimpactnorth.insights.GraphFixtures.actor;
import static se.digitalimpactnorth.insights.GraphFixtures.collaboration;
import static se.digitalimpactnorth.insights.GraphFixtures.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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

    private static List<Integer> roles(Network.Node node) {
        return List.of(node.coordinator(), node.gatekeeper(), node.representative(), node.itinerant(), node.liaison());
    }
}
