package se.digitalimpactnorth.insights;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;

/** The collaboration network of the public collaborations that match a filter (docs/insights-network.md). */
public record Network(List<Node> nodes, List<Edge> edges) {

    /**
     * An actor that counts in at least one matching collaboration, with its measures. Flat, so that it
     * is also the network's CSV row.
     */
    @Schema(name = "NetworkNode", requiredProperties = {"id", "slug", "name", "kind", "sector", "collaborations", "partners",
            "sectorsBridged", "betweenness", "coordinator", "gatekeeper", "representative", "itinerant", "liaison"})
    public record Node(UUID id, String slug, String name, ActorKind kind, Sector sector, String municipalityCode,
            String countyCode, Double latitude, Double longitude,
            @Schema(description = "Matching public collaborations it counts in") int collaborations,
            @Schema(description = "Degree: distinct actors it shares a matching collaboration with") int partners,
            @Schema(description = "Distinct sectors among its partners, other than its own (0..3)") int sectorsBridged,
            @Schema(description = "Betweenness centrality on the unweighted, undirected graph, normalised to 0..1: the share "
                    + "of the pairs of other actors whose shortest paths run through it (divided by (n-1)(n-2)/2)")
            double betweenness,
            @Schema(description = "Gould–Fernandez brokerage, sector as the group: open triads A–B–C (A, C not partners) "
                    + "where A, B and C share a sector") int coordinator,
            @Schema(description = "Open triads where B shares its sector with exactly one of A and C; on an undirected "
                    + "graph each such triad counts once as gatekeeper and once as representative") int gatekeeper,
            @Schema(description = "Equal to gatekeeper on this undirected graph (see gatekeeper)") int representative,
            @Schema(description = "Open triads where A and C share a sector that B does not have") int itinerant,
            @Schema(description = "Open triads where A, B and C have three different sectors") int liaison) {}

    /** Two actors that share matching public collaborations; {@code source < target} as strings. */
    @Schema(name = "NetworkEdge", requiredProperties = {"source", "target", "weight"})
    public record Edge(UUID source, UUID target, @Schema(description = "Shared matching public collaborations") int weight) {}
}
