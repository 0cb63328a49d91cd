package se.digitalimpactnorth.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    @DisplayName("GET /q/health/ready is UP and checks the database")
    void readiness() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    @DisplayName("GET /q/metrics serves Prometheus text with HTTP server metrics")
    void metrics() {
        given().when().get("/api/v1/vocabularies/sdgs").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    @DisplayName("a CORS preflight from the SPA's origin is allowed, without credentials")
    void corsFromSpa() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/me")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.anyOf(nullValue(), equalTo("false")));
    }

    @Test
    @DisplayName("a CORS request from another origin gets no allow-origin header")
    void corsFromElsewhere() {
        given().header("Origin", "https://evil.example.com")
                .when().get("/api/v1/vocabularies/sdgs")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
