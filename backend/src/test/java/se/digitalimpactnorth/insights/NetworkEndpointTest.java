package se.digitalimpactnorth.insights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.collaboration.CollaborationFixtures;
import se.digitalimpactnorth.collaboration.CollaborationFixtures.Spec;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;

/**
 * The network and synergy endpoints over HTTP: shapes, CSV forms and filters. (The numbers themselves
 * are tested on hand-built ecosystems in CollaborationNetworkTest and TripleHelixSynergyTest.)
 */
@QuarkusTest
class NetworkEndpointTest {

    @Inject
    CollaborationFixtures collaborations;

    @Test
    @DisplayName("GET /insights/network: nodes and edges of the public collaborations; CSV is the nodes; edges as a figure")
    void network() throws InterruptedException {
        String run = UUID.randomUUID().toString();
        UUID uni = collaborations.actor("Nätverksuniversitet " + run, ActorKind.UNIVERSITY, "2480");
        UUID firm = collaborations.actor("Nätverksföretag " + run, ActorKind.COMPANY, "2480");
        UUID hidden = collaborations.actor("Utkastföretag " + run, ActorKind.COMPANY, "2480");
        for (int i = 0; i < 2; i++) {
            UUID c = collaborations.collaboration(uni, "Nätverk " + i + " " + run, Spec.published().knowledgeAreas("10201"));
            collaborations.participant(c, firm, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        }
        UUID draft = collaborations.collaboration(uni, "Utkast " + run, Spec.draft());
        collaborations.participant(draft, hidden, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);

        JsonPath body = null;
        for (int i = 0; i < 50; i++) {
            body = given().get("/api/v1/insights/network").then().statusCode(200)
                    .header("Cache-Control", "public, max-age=60").extract().jsonPath();
            if (body.getList("nodes.id").contains(firm.toString())) {
                break;
            }
            Thread.sleep(200);
        }
        List<String> ids = body.getList("nodes.id");
        assertTrue(ids.contains(uni.toString()) && ids.contains(firm.toString()), "the published collaborations' participants");
        assertTrue(!ids.contains(hidden.toString()), "a draft makes no edge and no node");
        String source = uni.toString().compareTo(firm.toString()) < 0 ? uni.toString() : firm.toString();
        String target = source.equals(uni.toString()) ? firm.toString() : uni.toString();
        List<Map<String, Object>> edges = body.getList("edges");
        Map<String, Object> edge = edges.stream().filter(e -> e.get("source").equals(source) && e.get("target").equals(target))
                .findFirst().orElseThrow();
        assertEquals(2, edge.get("weight"));
        int index = ids.indexOf(firm.toString());
        assertEquals(2, body.getInt("nodes[" + index + "].collaborations"));
        assertEquals(1, body.getInt("nodes[" + index + "].sectorsBridged"));
        assertEquals("BUSINESS", body.getString("nodes[" + index + "].sector"));

        // The filter chooses the collaborations: knowledge area 102 keeps these two.
        JsonPath filtered = given().get("/api/v1/insights/network?knowledgeArea=102").then().statusCode(200).extract().jsonPath();
        assertTrue(filtered.getList("nodes.id").contains(firm.toString()));
        assertEquals("102", filtered.getString("filters.knowledgeArea"));

        given().get("/api/v1/insights/network?format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"network.csv\"")
                .body(startsWith("id,slug,name,kind,sector,municipalityCode,countyCode,latitude,longitude,collaborations,partners,"
                        + "sectorsBridged,betweenness,coordinator,gatekeeper,representative,itinerant,liaison\n"));
        given().get("/api/v1/insights/network/edges").then().statusCode(200).body("figure", equalTo("network/edges"));
        String csv = given().accept("text/csv").get("/api/v1/insights/network/edges").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"network-edges.csv\"").extract().asString();
        assertTrue(csv.startsWith("source,target,weight\n"), csv);
        assertTrue(csv.contains(source + "," + target + ",2\n"), csv);
    }

    @Test
    @DisplayName("GET /insights/synergy: one row per year with the seven entropies and T; CSV with the same columns")
    void synergy() {
        JsonPath body = given().get("/api/v1/insights/synergy?from=2025-01-01&to=2026-12-31").then().statusCode(200)
                .body("figure", equalTo("synergy")).extract().jsonPath();
        assertEquals(List.of(2025, 2026), body.getList("rows.year"));
        assertTrue(body.getMap("rows[0]").keySet().containsAll(List.of("observations", "leftOut", "hSector", "hPlace", "hTechnology",
                "hSectorPlace", "hSectorTechnology", "hPlaceTechnology", "hSectorPlaceTechnology", "t")), body.prettify());
        given().get("/api/v1/insights/synergy?format=csv&from=2025-01-01&to=2025-12-31").then().statusCode(200)
                .body(startsWith("year,observations,leftOut,hSector,hPlace,hTechnology,hSectorPlace,hSectorTechnology,"
                        + "hPlaceTechnology,hSectorPlaceTechnology,t\n2025,"));
    }

    @Test
    @DisplayName("bad or unknown parameters are 400 problems")
    void badInput() {
        for (String query : List.of("?sdg=18", "?from=2026-13-01", "?nodes=1", "?format=xml", "?sector=x&sector=y")) {
            for (String path : List.of("/api/v1/insights/network", "/api/v1/insights/network/edges", "/api/v1/insights/synergy")) {
                given().get(path + query).then().statusCode(400).contentType("application/problem+json");
            }
        }
        given().get("/api/v1/insights/synergy?from=1000-01-01").then().statusCode(400);
    }
}
