package se.digitalimpactnorth.insights;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.digitalimpactnorth.insights.InsightResponses.Format;

/**
 * The collaboration network and the triple-helix synergy (docs/insights-network.md defines every
 * measure). Public, the same eight filters and formats as every figure, computed once per change of
 * the data and filter ({@link InsightsCache}).
 */
@Path("/api/v1/insights")
@Produces({MediaType.APPLICATION_JSON, InsightCsv.MEDIA_TYPE})
@Tag(name = "Insights")
public class NetworkEndpoint {

    @Inject
    InsightResponses responses;

    @Inject
    InsightsCache cache;

    @Inject
    UriInfo uri;

    /** The JSON form of the network: not the figures' envelope, since it has two lists. */
    @Schema(name = "NetworkFigure", requiredProperties = {"filters", "computedAt", "nodes", "edges"})
    public record NetworkFigure(InsightFilters filters,
            @Schema(description = "When the ecosystem the network was computed from was read") Instant computedAt,
            List<Network.Node> nodes, List<Network.Edge> edges) {}

    @Schema(name = "NetworkEdgesFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record NetworkEdgesFigure(@Schema(examples = "network/edges") String figure, InsightFilters filters, Instant computedAt,
            List<Network.Edge> rows) {}

    @Schema(name = "SynergyFigure", requiredProperties = {"figure", "filters", "computedAt", "rows"})
    record SynergyFigure(@Schema(examples = "synergy") String figure, InsightFilters filters, Instant computedAt,
            List<TripleHelixSynergy.Row> rows) {}

    /** The network for a filter, computed once per ecosystem and filter; JSON, CSV and the edges are rendered from it. */
    private Network network(InsightFilter filter) {
        return cache.get("network?" + filter, ecosystem -> CollaborationNetwork.of(ecosystem, filter)).value();
    }

    @GET
    @Path("/network")
    @Operation(summary = "The collaboration network",
            description = "Nodes are the active actors that count in the public collaborations matching the filters (active during "
                    + "the period); an edge joins two that share such collaborations (weight: how many). Per node: collaborations, "
                    + "partners, sectors bridged, betweenness (unweighted, normalised to 0..1) and Gould–Fernandez brokerage counts "
                    + "with sector as the group. The CSV form is the nodes; /network/edges gives the edges.")
    @APIResponse(responseCode = "200", description = InsightsEndpoint.OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = InsightsEndpoint.CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response network(@BeanParam InsightParams params) {
        return responses.respond("network", params, uri.getQueryParameters(), (ecosystem, filter, computedAt, format) -> {
            Network network = network(filter);
            return format == Format.CSV ? InsightCsv.bytes(Network.Node.class, network.nodes())
                    : responses.json(new NetworkFigure(InsightFilters.of(filter), computedAt, network.nodes(), network.edges()));
        });
    }

    @GET
    @Path("/network/edges")
    @Operation(summary = "The collaboration network's edges",
            description = "The edges of /network as a figure: one row per pair of actors sharing matching public collaborations, "
                    + "source < target (as strings), weight = how many.")
    @APIResponse(responseCode = "200", description = InsightsEndpoint.OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkEdgesFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = InsightsEndpoint.CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response edges(@BeanParam InsightParams params) {
        return responses.respond("network/edges", Network.Edge.class, params, uri.getQueryParameters(),
                (ecosystem, filter) -> network(filter).edges());
    }

    @GET
    @Path("/synergy")
    @Operation(summary = "Triple-helix synergy per year (Leydesdorff)",
            description = "T = H_s + H_p + H_t − H_sp − H_st − H_pt + H_spt in bits over the active actors joined by each year's end "
                    + "(sector × municipality × technology area; an actor with n areas counts 1/n in each). Negative T means synergy. "
                    + "Years from the year of `from` (default: the first year an actor joined) to the year of `to` (default: this "
                    + "year); the other filters choose the actors. Actors without a municipality or technology area are left out "
                    + "and counted.")
    @APIResponse(responseCode = "200", description = InsightsEndpoint.OK, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SynergyFigure.class)),
        @Content(mediaType = InsightCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = InsightsEndpoint.CSV))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "An unknown, repeated or bad parameter (a filter or format)")
    public Response synergy(@BeanParam InsightParams params) {
        return responses.respond("synergy", TripleHelixSynergy.Row.class, params, uri.getQueryParameters(), TripleHelixSynergy::of);
    }
}
