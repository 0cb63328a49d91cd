package se.digitalimpactnorth.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each field error carries a stable code (and the parameters its message needs) derived from what
 * failed, so that the SPA can say it in the user's language. Bad input changes nothing.
 */
@QuarkusTest
class FieldErrorCodesTest {

    @Inject
    EntityManager em;

    private long actorsBefore;

    private long actors() {
        return em.createQuery("select count(a) from Actor a", Long.class).getSingleResult();
    }

    @BeforeEach
    void countActors() {
        actorsBefore = actors();
    }

    @AfterEach
    void nothingWasWritten() {
        assertEquals(actorsBefore, actors(), "a rejected request registered an actor");
    }

    private static Map<String, Object> actor() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Kodbolaget " + UUID.randomUUID().toString().substring(0, 8));
        body.put("kind", "COMPANY");
        return body;
    }

    private static ValidatableResponse register(Object body) {
        return TestTokens.as("code-subject", "member").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/actors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:validation"));
    }

    @Test
    @DisplayName("missing and blank required fields are `required`")
    void required() {
        register(Map.of("name", "  "))
                .body("errors.field", contains("kind", "name"))
                .body("errors.code", contains("required", "required"))
                .body("errors[0].params", nullValue());
    }

    @Test
    @DisplayName("text over or under its length is `too-long` with max, `too-short` with min")
    void length() {
        Map<String, Object> body = actor();
        body.put("name", "x".repeat(201));
        register(body)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("too-long"))
                .body("errors[0].params.max", equalTo(200))
                .body("errors[0].params.min", nullValue())
                .body("errors[0].message", equalTo("size must be between 2 and 200"));

        body.put("name", "x");
        register(body)
                .body("errors[0].code", equalTo("too-short"))
                .body("errors[0].params.min", equalTo(2));
    }

    @Test
    @DisplayName("a list over its size is `too-many`; a list item keeps its index and the text codes")
    void listSize() {
        Map<String, Object> body = actor();
        body.put("technologyAreas", Collections.nCopies(21, "ai"));
        body.put("competences", java.util.List.of("Maskininlärning", ""));
        register(body)
                .body("errors.field", contains("competences[1]", "technologyAreas"))
                .body("errors.code", contains("too-short", "too-many"))
                .body("errors[0].params.min", equalTo(1))
                .body("errors[1].params.max", equalTo(20));
    }

    @Test
    @DisplayName("custom and pattern constraints have their own codes")
    void formats() {
        Map<String, Object> body = actor();
        body.put("website", "javascript:alert(1)");
        body.put("orgNumber", "556036-0792");
        body.put("municipalityCode", "24");
        body.put("contactEmail", "nobody");
        register(body)
                .body("errors.field", contains("contactEmail", "municipalityCode", "orgNumber", "website"))
                .body("errors.code", contains("invalid-email", "pattern", "invalid-org-number", "invalid-url"))
                .body("errors[1].message", equalTo("must be a four-digit SCB municipality code"));
    }

    @Test
    @DisplayName("a number outside its range is `out-of-range` with the bound it crossed")
    void range() {
        Map<String, Object> body = actor();
        body.put("location", Map.of("lat", 70.5, "lon", 20.26));
        register(body)
                .body("errors[0].field", equalTo("location.lat"))
                .body("errors[0].code", equalTo("out-of-range"))
                .body("errors[0].params.max", equalTo(69.1f))
                .body("errors[0].params.min", nullValue());
    }

    @Test
    @DisplayName("a value outside an enum is `not-one-of` with the allowed values")
    void notOneOf() {
        Map<String, Object> body = actor();
        body.put("kind", "SPACESHIP");
        register(body)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].code", equalTo("not-one-of"))
                .body("errors[0].params.allowed", hasItem("COMPANY"));
    }

    @Test
    @DisplayName("an unknown field is `unknown-field`; another JSON type is `wrong-type` with the type expected")
    void jsonShape() {
        Map<String, Object> body = actor();
        body.put("status", "ACTIVE");
        register(body)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("unknown-field"));

        Map<String, Object> wrong = actor();
        wrong.put("location", Map.of("lat", "north", "lon", 20.26));
        register(wrong)
                .body("errors[0].field", equalTo("location.lat"))
                .body("errors[0].code", equalTo("wrong-type"))
                .body("errors[0].params.expected", equalTo("number"));
    }

    @Test
    @DisplayName("query parameters have codes too: `out-of-range` with min and max, `not-one-of`")
    void queryParameters() {
        io.restassured.RestAssured.given().when().get("/api/v1/actors?limit=0")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("out-of-range"))
                .body("errors[0].params.min", equalTo(1))
                .body("errors[0].params.max", equalTo(100));
        io.restassured.RestAssured.given().when().get("/api/v1/actors?sector=space")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sector"))
                .body("errors[0].code", equalTo("not-one-of"))
                .body("errors[0].params.allowed", hasItem("BUSINESS"));
    }

    @Test
    @DisplayName("the services' own rules carry codes too: an unknown municipality is `not-one-of`, search's q `required`, its limit `out-of-range`")
    void serviceRules() {
        Map<String, Object> body = actor();
        body.put("municipalityCode", "0000");
        register(body)
                .body("errors[0].field", equalTo("municipalityCode"))
                .body("errors[0].code", equalTo("not-one-of"));
        io.restassured.RestAssured.given().queryParam("q", " ").get("/api/v1/search")
                .then().statusCode(400).body("errors[0].field", equalTo("q")).body("errors[0].code", equalTo("required"));
        io.restassured.RestAssured.given().queryParam("q", "ai").queryParam("limit", 51).get("/api/v1/search")
                .then().statusCode(400).body("errors[0].field", equalTo("limit")).body("errors[0].code", equalTo("out-of-range"))
                .body("errors[0].params.max", equalTo(50));
    }
}
