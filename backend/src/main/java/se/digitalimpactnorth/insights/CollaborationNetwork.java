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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.ParticipantFact;

/**
 * The collaboration network as a pure function of the ecosystem and the collaborations that match a
 * filter: nodes are the actors that count in them, an edge joins two actors that share at least one
 * (weight: how many). docs/insights-network.md defines every measure.
 *
 * <p>Betweenness is Brandes' algorithm over int arrays (see {@link #betweenness}: JGraphT took a minute on a
 * 5,000-actor network) on the unweighted, undirected graph: shared collaborations say that two actors know
 * each other, not how "far" they are. Brokerage follows Gould and Fernandez (1989), with the actor's sector
 * as its group.
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
     * Sources are dealt round-robin into this many tasks whatever the machine, and their sums are added in
     * task order, so the floating-point results are the same on every machine and every run.
     */
    private static final int TASKS = 16;

    /**
     * Betweenness by Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness centrality",
     * J. Math. Sociol. 25(2) (2001) 163–177): one breadth-first search per source, then the source's
     * dependencies accumulated in reverse search order. Unordered pairs on the undirected graph (the centre of
     * a-b-c scores 1), divided by the number of pairs of other actors, (n-1)(n-2)/2, so that 1 is a star's
     * centre whatever the size.
     *
     * <p>Not JGraphT's BetweennessCentrality (the tests use it as the reference): on a random graph of 5,000
     * actors and 60,000 edges it took 58–98 s here (40 s of CPU), working through per-source hash maps of boxed vertices.
     * Over int arrays (CSR: offsets + targets), with the shortest-path arcs kept from the search so the
     * accumulation reads only those, the same scores cost 1.8–2.1 s of CPU in all, i.e. about 1 s on two idle
     * cores (CollaborationNetworkTest#benchmark; docs/insights-network.md). Issue 12 asks for a recompute
     * under 2 s.
     */
    static double[] betweenness(int n, int[][] neighbours) {
        double[] result = new double[n];
        if (n < 3) {
            return result;
        }
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + neighbours[v].length;
        }
        int[] targets = new int[offsets[n]];
        for (int v = 0; v < n; v++) {
            System.arraycopy(neighbours[v], 0, targets, offsets[v], neighbours[v].length);
        }
        // A pool of our own for this call: the common ForkJoinPool is shared with the rest of the server.
        int threads = Math.min(TASKS, Runtime.getRuntime().availableProcessors());
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<double[]>> parts = new ArrayList<>(TASKS);
            for (int task = 0; task < TASKS; task++) {
                int first = task;
                parts.add(pool.submit(() -> dependencies(n, offsets, targets, first, TASKS)));
            }
            for (Future<double[]> part : parts) {
                double[] sums = part.get();
                for (int v = 0; v < n; v++) {
                    result[v] += sums[v];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("betweenness interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("betweenness failed", e.getCause());
        }
        // Every unordered pair was counted once from each end.
        double pairs = (n - 1) * (double) (n - 2) / 2;
        for (int v = 0; v < n; v++) {
            result[v] = result[v] / 2 / pairs;
        }
        return result;
    }

    /** Brandes' dependencies of the sources first, first + step, ... on every node, summed over those sources. */
    private static double[] dependencies(int n, int[] offsets, int[] targets, int first, int step) {
        double[] sums = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n]; // sigma: shortest paths from the source
        double[] share = new double[n]; // (1 + delta) / sigma, what a node passes to each predecessor per path
        int[] order = new int[n]; // the search queue; read backwards it is Brandes' stack
        int[] successors = new int[targets.length]; // the shortest-path arcs, grouped by the queue position of their tail
        int[] from = new int[n + 1]; // successors of order[k]: successors[from[k]] .. successors[from[k + 1] - 1]
        Arrays.fill(distance, -1);
        for (int source = first; source < n; source += step) {
            order[0] = source;
            distance[source] = 0;
            paths[source] = 1;
            int tail = 1;
            int arcs = 0;
            for (int head = 0; head < tail; head++) {
                int v = order[head];
                from[head] = arcs;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int w = targets[i];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                        successors[arcs++] = w;
                    }
                }
            }
            from[tail] = arcs;
            // In reverse queue order every successor is done: delta(v) = sigma(v) * sum over successors of share(w).
            for (int k = tail - 1; k > 0; k--) {
                int v = order[k];
                double sum = 0;
                for (int i = from[k]; i < from[k + 1]; i++) {
                    sum += share[successors[i]];
                }
                double dependency = paths[v] * sum;
                share[v] = (1 + dependency) / paths[v];
                sums[v] += dependency;
            }
            // Reset only what this search reached, so small disconnected parts stay cheap.
            for (int k = 0; k < tail; k++) {
                distance[order[k]] = -1;
                paths[order[k]] = 0;
            }
        }
        return sums;
    }
}
