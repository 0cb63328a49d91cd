package se.digitalimpactnorth.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every response of the API carries its security headers; feeds and embeds keep their caching. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String PUBLIC_FEED_CACHE = "public, max-age=60, stale-while-revalidate=300";

    /** What every API response that is neither an embed page nor public carries. */
    private static ValidatableResponse assertPrivateApiHeaders(ValidatableResponse response) {
        return response
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    @DisplayName("an authenticated response (/api/v1/me) is no-store, nosniff, not frameable, no referrer")
    void authenticated() {
        assertPrivateApiHeaders(given().auth().oauth2(TestTokens.anna()).get("/api/v1/me").then().statusCode(200))
                .header("Content-Security-Policy", startsWith("default-src 'none'"));
    }

    @Test
    @DisplayName("an anonymous API read the endpoint did not declare cacheable (no-cache) is no-store too")
    void anonymousApi() {
        assertPrivateApiHeaders(given().get("/api/v1/resources").then().statusCode(200));
        assertPrivateApiHeaders(given().get("/api/v1/actors").then().statusCode(200));
    }

    @Test
    @DisplayName("a reference list keeps its declared max-age for anonymous callers, and is no-store for a caller with a token")
    void declaredCacheable() {
        given().get("/api/v1/vocabularies/sdgs").then().statusCode(200)
                .header("Cache-Control", "max-age=3600")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
        assertPrivateApiHeaders(given().auth().oauth2(TestTokens.anna()).get("/api/v1/vocabularies/sdgs").then().statusCode(200));
    }

    @Test
    @DisplayName("a problem (404, 401) carries the headers and stays problem+json")
    void errors() {
        assertPrivateApiHeaders(given().get("/api/v1/nope").then().statusCode(404).contentType("application/problem+json"));
        assertPrivateApiHeaders(given().auth().oauth2("not-a-token").get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json"));
        assertPrivateApiHeaders(given().get("/nope/deeper").then().statusCode(404).contentType("application/problem+json"));
    }

    @Test
    @DisplayName("a public feed keeps its caching headers, gets nosniff and is not frameable; its 304 too")
    void feed() {
        String etag = given().get("/feeds/v1/events.json").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", PUBLIC_FEED_CACHE)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/feeds/v1/events.json").then().statusCode(304)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", PUBLIC_FEED_CACHE);
    }

    @Test
    @DisplayName("a feed asked for with credentials is no-store: a shared cache must not keep it")
    void feedWithCredentials() {
        given().auth().oauth2(TestTokens.anna()).get("/feeds/v1/events.json").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    @DisplayName("an embed page stays frameable by any site: its own CSP (frame-ancestors *), no X-Frame-Options, public caching")
    void embed() {
        given().get("/embed/v1/events").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .header("X-Frame-Options", nullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", PUBLIC_FEED_CACHE);
    }

    @Test
    @DisplayName("/q/health and /q/openapi carry nosniff, no-store and frame-ancestors 'none'")
    void operations() {
        for (String path : new String[] {"/q/health", "/q/openapi"}) {
            given().get(path).then().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "no-store")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"));
        }
    }

    @Test
    @DisplayName("a CORS preflight from the SPA's origin gets the headers too")
    void preflight() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/resources/x").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", not(containsString("public")));
    }
}
