package se.digitalimpactnorth.common.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract filter is on for every API test without the test asking for it, and it bites. */
@QuarkusTest
class ContractFilterInstalledTest {

    @Test
    @DisplayName("a test that asks for nothing has the contract filter installed")
    void installedWithoutAsking() {
        assertTrue(RestAssured.filters().stream().anyMatch(ContractFilter.class::isInstance));
    }

    @Test
    @DisplayName("a 200 from an operation the contract does not have fails the test that received it")
    void undescribedResponseFails() {
        // The test build's hidden echo endpoint answers 200 with a body no operation of openapi.yaml describes.
        AssertionError error = assertThrows(AssertionError.class, () -> given()
                .contentType(ContentType.JSON).body("{\"name\":\"x\",\"trl\":1}")
                .when().post("/api/v1/test-only/samples"));
        assertThat(error.getMessage(), containsString("no path of the contract matches"));
    }

    @Test
    @DisplayName("a described response passes")
    void describedResponsePasses() {
        given().when().get("/api/v1/vocabularies/sdgs").then().statusCode(200);
    }

    @Nested
    @DisplayName("in a nested class")
    class InNestedClass {
        @Test
        @DisplayName("the filter is installed too")
        void installed() {
            assertTrue(RestAssured.filters().stream().anyMatch(ContractFilter.class::isInstance));
        }
    }
}
