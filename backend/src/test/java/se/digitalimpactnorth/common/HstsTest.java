package se.digitalimpactnorth.common;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With DIN_HSTS_MAX_AGE set (the API is reached only over HTTPS), every response says so. */
@QuarkusTest
@TestProfile(HstsTest.BehindTls.class)
class HstsTest {

    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("din.hsts-max-age", "31536000");
        }
    }

    @Test
    @DisplayName("API, feed, embed, error and /q responses carry Strict-Transport-Security when configured")
    void hstsEverywhere() {
        for (String path : new String[] {"/api/v1/resources", "/feeds/v1/events.json", "/embed/v1/events", "/api/v1/nope", "/q/health"}) {
            given().get(path).then().header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
