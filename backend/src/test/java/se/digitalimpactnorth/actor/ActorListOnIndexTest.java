package se.digitalimpactnorth.actor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The public actor list on the search index: what the engine adds to what ActorsEndpointTest covers. */
@QuarkusTest
class ActorListOnIndexTest {

    @Inject
    Fixtures fixtures;

    @Test
    @DisplayName("actors of the same name are ordered by id and each listed once across pages; case does not change the order")
    void sameNames() {
        String word = "Tvilling" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(fixtures.actor((i % 2 == 0 ? word : word.toUpperCase()) + " AB", ActorStatus.ACTIVE).toString());
        }
        String first = fixtures.actor("Aaa " + word, ActorStatus.ACTIVE).toString();
        // Not listed: only active actors are public.
        fixtures.actor(word + " AB", ActorStatus.SUSPENDED);

        List<String> expected = new ArrayList<>(List.of(first));
        ids.stream().sorted().forEach(expected::add);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("q", word).queryParam("limit", 1).queryParams(cursor == null ? java.util.Map.of()
                    : java.util.Map.of("cursor", cursor)).get("/api/v1/actors").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && seen.size() < 20);
        assertEquals(expected, seen);
    }
}
