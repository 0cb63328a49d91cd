package se.digitalimpactnorth.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VocabulariesEndpointTest {

    @Inject
    EntityManager em;

    @Test
    @DisplayName("GET /vocabularies/sdgs lists the 17 goals in order, in Swedish and English, without login")
    void sdgs() {
        given().when().get("/api/v1/vocabularies/sdgs")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "max-age=3600")
                .body("items", hasSize(17))
                .body("items.number", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17))
                .body("items[0].name.sv", equalTo("Ingen fattigdom"))
                .body("items[0].name.en", equalTo("No poverty"))
                .body("items[8].name.en", equalTo("Industry, innovation and infrastructure"));
    }

    @Test
    @DisplayName("GET /vocabularies/knowledge-areas lists SSIF's 6 areas, 42 groups and 297 subjects in code order, without login")
    void knowledgeAreas() {
        var items = given().when().get("/api/v1/vocabularies/knowledge-areas")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "max-age=3600")
                .body("items", hasSize(345))
                .body("items.findAll { it.level == 'AREA' }", hasSize(6))
                .body("items.findAll { it.level == 'GROUP' }", hasSize(42))
                .body("items.findAll { it.level == 'SUBJECT' }", hasSize(297))
                // an area has no parent (the key is absent, not null)
                .body("items[0].code", equalTo("1"))
                .body("items[0].level", equalTo("AREA"))
                .body("items[0]", not(hasKey("parentCode")))
                .body("items[0].name.sv", equalTo("Naturvetenskap"))
                .body("items[0].name.en", equalTo("Natural sciences"))
                // 10210 Artificial intelligence < 102 Computer and information sciences < 1 Natural sciences
                .body("items.find { it.code == '10210' }.level", equalTo("SUBJECT"))
                .body("items.find { it.code == '10210' }.parentCode", equalTo("102"))
                .body("items.find { it.code == '10210' }.name.sv", equalTo("Artificiell intelligens"))
                .body("items.find { it.code == '102' }.level", equalTo("GROUP"))
                .body("items.find { it.code == '102' }.parentCode", equalTo("1"))
                .body("items.find { it.code == '102' }.name.en", equalTo("Computer and Information Sciences"))
                // names with commas in the source file came through whole
                .body("items.find { it.code == '10211' }.name.en", equalTo("Security, Privacy and Cryptography"))
                .extract().jsonPath().getList("items.code", String.class);
        // code order puts each parent right before its children: 1, 101, 10101, ..., 102, ...
        assertEquals(List.of("1", "101", "10101"), items.subList(0, 3));
        assertEquals(items.stream().sorted().toList(), items);
        long inDatabase = (Long) em.createQuery("select count(k) from KnowledgeArea k").getSingleResult();
        assertEquals(345, inDatabase);
    }

    @Test
    @DisplayName("GET /vocabularies/municipalities lists all 290 with text codes, leading zeros kept")
    void allMunicipalities() {
        long inDatabase = (Long) em.createQuery("select count(m) from Municipality m").getSingleResult();
        assertEquals(290, inDatabase);
        given().when().get("/api/v1/vocabularies/municipalities")
                .then().statusCode(200)
                .body("items", hasSize(290))
                .body("items[0].code", equalTo("0114"))
                .body("items[0].countyCode", equalTo("01"))
                .body("items[0].countyName", equalTo("Stockholms län"));
    }

    @Test
    @DisplayName("GET /vocabularies/municipalities?county=24 gives Västerbotten's 15, Umeå among them")
    void oneCounty() {
        given().queryParam("county", "24")
                .when().get("/api/v1/vocabularies/municipalities")
                .then().statusCode(200)
                .body("items", hasSize(15))
                .body("items.countyCode", everyItem(equalTo("24")))
                .body("items.countyName", everyItem(equalTo("Västerbottens län")))
                .body("items.find { it.code == '2480' }.shortName", equalTo("Umeå"))
                .body("items.name", hasItem("Skellefteå kommun"));
    }

    @Test
    @DisplayName("GET /vocabularies/municipalities?county=99 gives an empty list: no such county")
    void unknownCounty() {
        given().queryParam("county", "99")
                .when().get("/api/v1/vocabularies/municipalities")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    @DisplayName("GET /vocabularies/municipalities?county=ab is a 400 problem naming the county parameter")
    void badCounty() {
        for (String bad : List.of("ab", "2", "240", "'; drop table municipality;--")) {
            given().queryParam("county", bad)
                    .when().get("/api/v1/vocabularies/municipalities")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:din:problem:validation"))
                    .body("status", equalTo(400))
                    .body("errors[0].field", equalTo("county"))
                    .body("errors[0].message", equalTo("must be a two-digit SCB county code"));
        }
        long inDatabase = (Long) em.createQuery("select count(m) from Municipality m").getSingleResult();
        assertEquals(290, inDatabase);
    }
}
