package se.digitalimpactnorth.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.ParticipantFact;

/**
 * The collaboration network as a pure function of the ecosystem and the collaborations that match a
 * filter: nodes are the actors that count in them, an edge joins two actors that share at least one
 * (weight: how many). docs/insights-network.md defines every measure.
 *
 * <p>Betweenness comes from JGraphT (Brandes' algorithm) on the unweighted, undirected graph: shared
 * collaborations say that two actors know each other, not how "far" they are. Brokerage follows Gould
 * and Fernandez (1989), with the actor's sector as its group.
 */
public final class CollaborationNetwork {

    private CollaborationNetwork() {}

    /** The network of the public collaborations that match the filter (docs/insights.md: active during the period, and so on). */
    public static Network of(Ecosystem ecosystem, InsightFilter filter) {
        return of(ecosystem, new InsightScope(ecosystem, filter).collaborations());
    }

    /** The network of the given public collaborations (the ones that match the filter). */
    public static Network of(Ecosystem ecosystem, Collection<CollaborationFact> collaborations) {
        // Index the actors that count in the collaborations: small ints make the triad counting cheap.
        Map<UUID, Integer> index = new HashMap<>();
        List<ActorFact> actors = new ArrayList<>();
        int[] collaborationCount = new int[0];
        List<Map<Integer, Integer>> weights = new ArrayList<>();
        List<int[]> memberLists = new ArrayList<>();
        for (CollaborationFact c : collaborations) {
            Set<UUID> members = new LinkedHashSet<>();
            for (ParticipantFact p : c.participants()) {
                if (ecosystem.actors().containsKey(p.actorId())) {
                    members.add(p.actorId());
                }
            }
            int[] ids = new int[members.size()];
            int k = 0;
            for (UUID id : members) {
                Integer i = index.get(id);
                if (i == null) {
                    i = actors.size();
                    index.put(id, i);
                    actors.add(ecosystem.actors().get(id));
                    weights.add(new HashMap<>());
                }
                ids[k++] = i;
            }
            memberLists.add(ids);
        }
        int n = actors.size();
        collaborationCount = new int[n];
        for (int[] ids : memberLists) {
            for (int a = 0; a < ids.length; a++) {
                collaborationCount[ids[a]]++;
                for (int b = a + 1; b < ids.length; b++) {
                    weights.get(ids[a]).merge(ids[b], 1, Integer::sum);
                    weights.get(ids[b]).merge(ids[a], 1, Integer::sum);
                }
            }
        }
        // Sorted neighbour lists: adjacency tests by binary search.
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = weights.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        double[] betweenness = betweenness(n, neighbours);

        List<Network.Node> nodes = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            ActorFact actor = actors.get(b);
            Sector own = actor.sector();
            Set<Sector> bridged = EnumSet.noneOf(Sector.class);
            for (int partner : neighbours[b]) {
                bridged.add(actors.get(partner).sector());
            }
            bridged.remove(own);
            int coordinator = 0;
            int brokerBetween = 0;
            int itinerant = 0;
            int liaison = 0;
            int[] mine = neighbours[b];
            for (int x = 0; x < mine.length; x++) {
                for (int y = x + 1; y < mine.length; y++) {
                    int a = mine[x];
                    int c = mine[y];
                    if (adjacent(neighbours, a, c)) {
                        continue; // a closed triad: A and C need no broker
                    }
                    Sector sa = actors.get(a).sector();
                    Sector sc = actors.get(c).sector();
                    if (sa == own && sc == own) {
                        coordinator++;
                    } else if (sa == sc) {
                        itinerant++;
                    } else if (sa != own && sc != own) {
                        liaison++;
                    } else {
                        brokerBetween++; // B shares its sector with exactly one of A and C
                    }
                }
            }
            nodes.add(new Network.Node(actor.id(), actor.slug(), actor.name(), actor.kind(), own, actor.municipalityCode(),
                    actor.countyCode(), actor.latitude(), actor.longitude(), collaborationCount[b], mine.length, bridged.size(),
                    betweenness[b], coordinator, brokerBetween, brokerBetween, itinerant, liaison));
        }
        nodes.sort(Comparator.comparing(Network.Node::name).thenComparing(node -> node.id().toString()));

        List<Network.Edge> edges = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (Map.Entry<Integer, Integer> e : weights.get(a).entrySet()) {
                UUID source = actors.get(a).id();
                UUID target = actors.get(e.getKey()).id();
                if (source.toString().compareTo(target.toString()) < 0) {
                    edges.add(new Network.Edge(source, target, e.getValue()));
                }
            }
        }
        edges.sort(Comparator.comparing((Network.Edge e) -> e.source().toString()).thenComparing(e -> e.target().toString()));
        return new Network(List.copyOf(nodes), List.copyOf(edges));
    }

    private static boolean adjacent(int[][] neighbours, int a, int c) {
        int[] shorter = neighbours[a].length <= neighbours[c].length ? neighbours[a] : neighbours[c];
        int other = shorter == neighbours[a] ? c : a;
        return Arrays.binarySearch(shorter, other) >= 0;
    }

    /**
     * JGraphT's betweenness (unordered pairs on an undirected graph: the centre of a-b-c scores 1), divided
     * by the number of pairs of other actors, (n-1)(n-2)/2, so that 1 is a star's centre whatever the size.
     * JGraphT's own normalisation divides by (n-1)(n-2), which tops out at 0.5 on an undirected graph.
     */
    static double[] betweenness(int n, int[][] neighbours) {
        double[] result = new double[n];
        if (n < 3) {
            return result;
        }
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
        for (int i = 0; i < n; i++) {
            result[i] = scores.get(i) / pairs;
        }
        return result;
    }
}
