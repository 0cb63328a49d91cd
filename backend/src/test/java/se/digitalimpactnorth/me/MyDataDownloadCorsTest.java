package se.digitalimpactnorth.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.common.TestTokens;

/**
 * The SPA runs on another origin than the API and saves the export under the file name the API
 * gives: a browser shows it the Content-Disposition header only when CORS exposes it.
 */
@QuarkusTest
class MyDataDownloadCorsTest {

    private static final String SPA = "http://localhost:5173";

    @Test
    @DisplayName("GET /api/v1/me/export from the SPA's origin exposes Content-Disposition with the export's file name")
    void export_exposes_its_file_name_to_the_spa() {
        given().header("Origin", SPA).auth().oauth2(TestTokens.anna())
                .get("/api/v1/me/export").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SPA))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"din-my-data-\\d{4}-\\d{2}-\\d{2}\\.json\""));
    }
}
