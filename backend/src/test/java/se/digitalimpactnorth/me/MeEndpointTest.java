package se.digitalimpactnorth.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.common.TestTokens;

@QuarkusTest
class MeEndpointTest {

    @Test
    @DisplayName("GET /me with a valid token returns subject, name, email and sorted roles")
    void me() {
        given().auth().oauth2(TestTokens.moa())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("subject", equalTo("moa-subject"))
                .body("name", equalTo("Moa Nilsson"))
                .body("email", equalTo("moa@example.se"))
                .body("roles", contains("member", "moderator"));
    }

    @Test
    @DisplayName("GET /me falls back to preferred_username when the token has no name")
    void nameFallsBack() {
        String token = TestTokens.person("integrator-subject", "x", "x", "integrator")
                .remove("name").remove("email")
                .claim("preferred_username", "service-account-din-demo-integrator").sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("service-account-din-demo-integrator"))
                .body("email", org.hamcrest.Matchers.nullValue())
                .body("roles", contains("integrator"));
    }

    @Test
    @DisplayName("GET /me lists only the platform's roles, not Keycloak's own")
    void onlyPlatformRoles() {
        String token = TestTokens.person("anna-subject", "Anna Lindqvist", "anna@example.se",
                "offline_access", "member", "default-roles-din", "uma_authorization").sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("member"));
    }

    /** Every way a token can be wrong gets the same 401 problem, and a Bearer challenge. */
    @Nested
    class Rejected {

        @Test
        @DisplayName("without a token: 401 problem+json with a Bearer challenge")
        void noToken() {
            expect401(given());
        }

        @Test
        @DisplayName("an expired token: 401")
        void expired() {
            String token = TestTokens.person("anna", "Anna", "a@example.se", "member")
                    .issuedAt(Instant.now().minusSeconds(7200))
                    .expiresAt(Instant.now().minusSeconds(3600)).sign();
            expect401(given().auth().oauth2(token));
        }

        @Test
        @DisplayName("a token from another issuer: 401")
        void wrongIssuer() {
            String token = TestTokens.person("anna", "Anna", "a@example.se", "member")
                    .issuer("https://evil.example.com").sign();
            expect401(given().auth().oauth2(token));
        }

        @Test
        @DisplayName("a token for another audience: 401")
        void wrongAudience() {
            String token = TestTokens.person("anna", "Anna", "a@example.se", "member")
                    .audience("account").sign();
            expect401(given().auth().oauth2(token));
        }

        @Test
        @DisplayName("a token signed with a key the realm does not publish: 401")
        void badSignature() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String token = TestTokens.person("anna", "Anna", "a@example.se", "member")
                    .jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
            expect401(given().auth().oauth2(token));
        }

        @Test
        @DisplayName("a valid token whose payload was changed after signing: 401")
        void tamperedPayload() {
            String[] parts = TestTokens.anna().split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"member\"", "\"admin\"");
            String forged = parts[0] + "." + base64(payload) + "." + parts[2];
            expect401(given().auth().oauth2(forged));
        }

        @Test
        @DisplayName("an unsigned token (alg: none): 401")
        void algNone() {
            String[] parts = TestTokens.anna().split("\\.");
            String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
            expect401(given().auth().oauth2(unsigned));
        }

        @Test
        @DisplayName("a valid token in the query string instead of the header: 401")
        void tokenInQuery() {
            expect401(given().queryParam("access_token", TestTokens.anna()));
        }

        @Test
        @DisplayName("garbage in the Authorization header: 401")
        void garbage() {
            expect401(given().header("Authorization", "Bearer not-a-jwt"));
            expect401(given().header("Authorization", "Basic YW5uYTphbm5h"));
        }

        private void expect401(io.restassured.specification.RequestSpecification request) {
            request.when().get("/api/v1/me")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("urn:din:problem:unauthorized"))
                    .body("status", equalTo(401))
                    .body("instance", equalTo("/api/v1/me"));
        }

        private static String base64(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }
}
