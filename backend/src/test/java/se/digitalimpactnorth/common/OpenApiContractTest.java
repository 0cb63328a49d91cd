package se.digitalimpactnorth.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The committed ../openapi.yaml is the API contract the SPA's types come from: it must equal what
 * the code serves. Run with -Ddin.openapi.write=true (./din openapi) to rewrite it after an API change.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    @DisplayName("the committed openapi.yaml equals the document the API serves")
    void contractIsCurrent() throws IOException {
        String served = given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("din.openapi.write")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        assertEquals(committed, served,
                "openapi.yaml is out of date: run `./din openapi` and commit the result (and regenerate the SPA's types)");
    }
}
