package se.digitalimpactnorth.collaboration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.common.TestTokens;

/**
 * The demo collaborations as `./din up` loads them: with DIN_DEMO_DATA on, the API starts (on a
 * database of its own: a test profile restarts the application and its test resources) with the
 * demo actors, resources and collaborations loaded, in that order.
 */
@QuarkusTest
@TestProfile(CollaborationDemoDataTest.WithDemoData.class)
class CollaborationDemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("din.demo-data", "true");
        }
    }

    /** Erik's subject in keycloak/din-realm.json: he owns Kvarken Spelstudio AB. */
    private static final String ERIK = "3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c04";
    private static final String ANNA = "3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c01";

    @Inject
    CollaborationDemoData demo;

    @Test
    @DisplayName("the demo collaborations are public, cross one to five boundaries, and loading them again adds nothing")
    void demoCollaborations() {
        Set<Integer> scores = new TreeSet<>();
        for (CollaborationDemoData.Demo d : CollaborationDemoData.DEMO) {
            scores.add(given().get("/api/v1/collaborations/" + d.slug()).then().statusCode(200)
                    .body("publication", equalTo("PUBLISHED"))
                    .body("lead.slug", equalTo(d.lead()))
                    .extract().path("boundaryProfile.score"));
        }
        assertEquals(10, CollaborationDemoData.DEMO.size());
        assertTrue(scores.containsAll(Set.of(1, 3, 5)), "a newcomer sees profiles crossing one, three and five boundaries: " + scores);
        assertEquals(0, demo.load(), "idempotent by slug");

        given().get("/api/v1/collaborations/ai-testbadd-batteriproduktion").then().statusCode(200)
                .body("kind", equalTo("TESTBED_USE"))
                .body("boundaryProfile.score", equalTo(5))
                .body("boundaryProfile.crossed", contains("SECTOR", "ORGANISATION", "PLACE", "KNOWLEDGE", "TECHNOLOGY"))
                .body("boundaryProfile.sectors.helix", equalTo("TRIPLE"))
                .body("participants.actor.slug", containsInAnyOrder("umea-universitet", "rise", "region-vasterbotten",
                        "skelleftea-batterianalys", "norrskensdata"))
                .body("knowledgeAreas.code", containsInAnyOrder("10210", "20307"))
                .body("funding", hasSize(3))
                .body("funding[1].funderName", equalTo("Vinnova"));
        given().get("/api/v1/collaborations/gemensam-gpu-infrastruktur").then().statusCode(200)
                .body("boundaryProfile.score", equalTo(1))
                .body("boundaryProfile.crossed", contains("ORGANISATION"));
        given().get("/api/v1/collaborations/digitala-kommuner-i-vasterbotten").then().statusCode(200)
                .body("kind", equalTo("NETWORK"))
                .body("participants", hasSize(5))
                .body("boundaryProfile.sectors.values", contains("PUBLIC"))
                .body("boundaryProfile.places.municipalities.code", containsInAnyOrder("2480", "2482", "2481", "2404"));
        // The invited studio does not count until erik accepts.
        given().get("/api/v1/collaborations/ai-i-valfarden").then().statusCode(200)
                .body("boundaryProfile.score", equalTo(3))
                .body("participants", hasSize(3));
    }

    @Test
    @DisplayName("erik's inbox holds the demo's unanswered invitation to his company")
    void eriksInbox() {
        String studio = given().get("/api/v1/actors/kvarken-spelstudio").then().statusCode(200).extract().path("id");
        TestTokens.as(ERIK, "member").get("/api/v1/me/invitations").then().statusCode(200)
                .body("total", equalTo(1))
                .body("actors[0].actor.slug", equalTo("kvarken-spelstudio"))
                .body("actors[0].collaborationInvitations", equalTo(1));
        TestTokens.as(ERIK, "member").get("/api/v1/actors/" + studio + "/collaboration-invitations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].collaboration.slug", equalTo("ai-i-valfarden"))
                .body("items[0].lead.slug", equalTo("region-vasterbotten"))
                .body("items[0].role", equalTo("PARTNER"));
    }

    @Test
    @DisplayName("anna's demo company (Norrskensdata) gets partner suggestions with reasons, ranked as worked out by hand")
    void annasSuggestions() throws InterruptedException {
        // Norrskensdata (business, Umeå, AI and data) already works with UmU, RISE, the region, SLU, Umeå kommun and two companies.
        // Lycksele kommun: public 3 + SSIF groups 102 and 303 4 + county 1 + common partners (Umeå kommun, the region) 2 = 10;
        // Vindelns kommun: 3 + 102 2 + 1 + (Umeå kommun, the region, RISE) 3 = 9; then three with 8, by name: Robertsfors
        // Energiteknik (data 2, 203 2, county 1, RISE/Skellefteå Batterianalys/UmU 3), Skellefteå kommun, Västerbottens bygdeföreningar.
        List<String> expected = List.of("lycksele-kommun", "vindelns-kommun", "robertsfors-energiteknik", "skelleftea-kommun",
                "vasterbottens-bygdeforeningar");
        List<String> demo = List.of();
        io.restassured.path.json.JsonPath body = null;
        for (int i = 0; i < 50 && !demo.equals(expected); i++) {
            body = TestTokens.as(ANNA, "member").get("/api/v1/actors/norrskensdata/partner-suggestions?limit=50").then()
                    .statusCode(200).extract().jsonPath();
            List<String> slugs = body.getList("suggestions.actor.slug");
            demo = slugs.stream().filter(expected::contains).toList();
            if (!demo.equals(expected)) {
                Thread.sleep(200);
            }
        }
        assertEquals(expected, demo);
        List<String> slugs = body.getList("suggestions.actor.slug");
        int lycksele = slugs.indexOf("lycksele-kommun");
        assertEquals(10, body.getInt("suggestions[" + lycksele + "].score"));
        assertEquals(List.of("COMPLEMENTARY_SECTOR", "SHARED_KNOWLEDGE", "SAME_COUNTY", "PARTNERS_OF_PARTNERS"),
                body.getList("suggestions[" + lycksele + "].reasons.kind"));
        assertEquals(List.of("102", "303"), body.getList("suggestions[" + lycksele + "].reasons[1].areas.code"));
        assertEquals(List.of("region-vasterbotten", "umea-kommun"),
                body.getList("suggestions[" + lycksele + "].reasons[3].partners.slug"));
        for (String partner : List.of("umea-universitet", "rise", "region-vasterbotten", "slu", "umea-kommun", "norrskensdata")) {
            assertTrue(!slugs.contains(partner), partner + " already works with Norrskensdata");
        }
    }
}
