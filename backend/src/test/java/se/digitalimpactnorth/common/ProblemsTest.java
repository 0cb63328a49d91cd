package se.digitalimpactnorth.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every error the API can give is an RFC 9457 problem, never an HTML page or a stack trace. */
@QuarkusTest
class ProblemsTest {

    @Test
    @DisplayName("an unknown path under /api is a 404 problem")
    void unknownApiPath() {
        given().when().get("/api/v1/nope")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nope"));
    }

    @Test
    @DisplayName("an unknown path outside /api is a 404 problem too")
    void unknownRootPath() {
        given().accept("text/html").when().get("/nope/deeper")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    @DisplayName("a method the path does not take is a 405 problem")
    void wrongMethod() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/vocabularies/sdgs")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:method-not-allowed"))
                .body("detail", containsString("POST"));
    }

    @Test
    @DisplayName("an unexpected failure is a 500 problem with an incident id and no internals")
    void internalError() {
        given().when().get("/api/v1/test-only/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:internal"))
                .body("detail", containsString("incident"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("se.digitalimpactnorth")))
                .body(not(containsString("secret")))
                .body(not(containsString("\tat ")));
    }

    @Test
    @DisplayName("a role the caller lacks is a 403 problem")
    void forbidden() {
        given().auth().oauth2(TestTokens.anna())
                .when().get("/api/v1/test-only/admins")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:forbidden"));
    }

    @Test
    @DisplayName("a role-protected path without a token is a 401 problem, not a 403")
    void roleWithoutToken() {
        given().when().get("/api/v1/test-only/admins")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @DisplayName("a domain error keeps its stable type and detail")
    void domainError() {
        given().when().get("/api/v1/test-only/domain")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:conflict"))
                .body("detail", equalTo("The slug is taken"));
    }

    @Test
    @DisplayName("malformed JSON is a 400 problem")
    void malformedJson() {
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/test-only/samples")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:bad-request"));
    }

    @Test
    @DisplayName("an unknown JSON field is a 400 problem naming it")
    void unknownField() {
        given().contentType(ContentType.JSON).body("{\"name\": \"a\", \"trl\": 1, \"status\": \"active\"}")
                .when().post("/api/v1/test-only/samples")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:validation"))
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    @DisplayName("a wrong JSON type is a 400 problem naming the field")
    void wrongType() {
        given().contentType(ContentType.JSON).body("{\"name\": \"a\", \"trl\": \"high\"}")
                .when().post("/api/v1/test-only/samples")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("trl"));
    }

    @Test
    @DisplayName("bean validation failures are a 400 problem listing every field")
    void validation() {
        given().contentType(ContentType.JSON).body("{\"name\": \"\", \"trl\": 12}")
                .when().post("/api/v1/test-only/samples")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.contains("name", "trl"));
    }

    @Test
    @DisplayName("a content type the path does not take is a 415 problem")
    void unsupportedMediaType() {
        given().contentType(ContentType.XML).body("<a/>")
                .when().post("/api/v1/test-only/samples")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("errors", nullValue());
    }
}
