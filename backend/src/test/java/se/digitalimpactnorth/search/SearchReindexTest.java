package se.digitalimpactnorth.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.resource.ResourcePolicy;
import se.digitalimpactnorth.resource.ResourceStatus;

@QuarkusTest
@DisplayName("Rebuilding the search indexes behind their aliases")
class SearchReindexTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SearchIndexes indexes;

    @Inject
    OpenSearchAdmin admin;

    @Inject
    @SearchExtension
    SearchIndexLayout layout;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    @DisplayName("builds a new generation beside the live one, moves both aliases to it, drops the old one and keeps every public document")
    void rebuildsBehindTheAliases() throws Exception {
        String name = "Omindexeringsbolaget" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        UUID actor = fixtures.actor(name, ActorStatus.ACTIVE);
        UUID published = fixtures.resource(actor, ResourceStatus.PUBLISHED, null);
        given().queryParam("q", name).get("/api/v1/search").then().statusCode(200).body("items.id", hasItem(actor.toString()));
        String before = target(layout.createReadAlias(SearchMapping.RESOURCE));

        Map<String, Long> counts = indexes.reindex();

        String after = target(layout.createReadAlias(SearchMapping.RESOURCE));
        assertEquals(layout.generationOf(SearchMapping.RESOURCE, before) + 1, layout.generationOf(SearchMapping.RESOURCE, after));
        assertEquals(after, target(layout.createWriteAlias(SearchMapping.RESOURCE)), "reads and writes go to the new index");
        assertEquals(404, admin.send("GET", "/" + before, null).status(), "the old index is gone");
        // The rebuild holds what the database says is public (other tests' SQL may have left the old index behind).
        assertEquals(publicResources(), counts.get(SearchMapping.RESOURCE));
        assertTrue(counts.get(SearchMapping.ACTOR) >= 1);
        given().queryParam("q", name).get("/api/v1/search").then().statusCode(200).body("items.id", hasItem(actor.toString()));
        given().queryParam("actor", actor.toString()).get("/api/v1/resources").then().statusCode(200)
                .body("items.id", hasItem(published.toString()));

        // Writes after the swap reach the new index; a second rebuild starts from it.
        UUID later = fixtures.resource(actor, ResourceStatus.PUBLISHED, null);
        given().queryParam("actor", actor.toString()).get("/api/v1/resources").then().statusCode(200)
                .body("items.id", hasItem(later.toString()));
        indexes.reindex();
        assertEquals(layout.generationOf(SearchMapping.RESOURCE, after) + 1,
                layout.generationOf(SearchMapping.RESOURCE, target(layout.createReadAlias(SearchMapping.RESOURCE))));
    }

    private long publicResources() {
        return ((Number) em.createNativeQuery("select count(*) from resource r where " + ResourcePolicy.PUBLIC_SQL)
                .getSingleResult()).longValue();
    }

    private String target(String alias) throws Exception {
        return json.readTree(admin.expect("GET", "/_alias/" + alias, null)).fieldNames().next();
    }
}
