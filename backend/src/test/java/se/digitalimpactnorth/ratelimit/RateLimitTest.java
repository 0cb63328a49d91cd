package se.digitalimpactnorth.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Rate limits with low budgets (3 anonymous requests per address, 4 per API client, in windows
 * of 10 s), the loopback trusted as a proxy so each test can speak for addresses of its own
 * through X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "din.rate-limit.anonymous", "3",
                    "din.rate-limit.integrator", "4",
                    "din.rate-limit.window", "PT10S",
                    "din.rate-limit.trusted-proxies", "127.0.0.1,::1");
        }
    }

    private static final long WINDOW_MS = 10_000;

    @Inject
    RateLimiter limiter;

    @Inject
    AgroalDataSource db;

    @Test
    @DisplayName("the 4th anonymous search from one address in a window is 429 with Retry-After and a problem; other addresses, cheap operations and people signed in are unaffected; the next window is open again")
    void anonymous_per_address() throws InterruptedException {
        String address = "203.0.113." + (1 + (int) (Math.random() * 200));
        String other = "2001:db8::" + Integer.toHexString(1 + (int) (Math.random() * 60000));
        from("192.0.2.200").get("/api/v1/search?q=kalender"); // warm up, so the test's requests fit in one window
        startOfWindow();
        for (int i = 0; i < 3; i++) {
            from(address).get("/api/v1/search?q=kalender").then().statusCode(200);
        }
        Response limited = from(address).get("/api/v1/search?q=kalender");
        limited.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:too-many-requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("Retry-After"))
                .body("requestId", equalTo(limited.header("X-Request-Id")));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
        from(address).get("/api/v1/changes?limit=1").then().statusCode(429); // one budget for the expensive operations
        from(address).get("/api/v1/resources").then().statusCode(429);

        from(other).get("/api/v1/search?q=kalender").then().statusCode(200);
        from(address).get("/api/v1/vocabularies/sdgs").then().statusCode(200); // not an expensive operation
        TestTokens.as("rate-person", "member").header("X-Forwarded-For", address)
                .get("/api/v1/search?q=kalender").then().statusCode(200);
        assertEquals(6, hits("address:" + address), "every anonymous request to a limited operation counted, in the database");

        Thread.sleep(retryAfter * 1000 + 100);
        from(address).get("/api/v1/search?q=kalender").then().statusCode(200);
    }

    @Test
    @DisplayName("an API client's 5th request in a window, to any operation, is 429; another client is unaffected")
    void integrator_per_client() {
        String client = "sync-" + UUID.randomUUID();
        startOfWindow();
        for (int i = 0; i < 4; i++) {
            integrator(client).get("/api/v1/vocabularies/sdgs").then().statusCode(200);
        }
        integrator(client).get("/api/v1/vocabularies/sdgs").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        integrator("other-" + UUID.randomUUID()).get("/api/v1/vocabularies/sdgs").then().statusCode(200);
    }

    @Test
    @DisplayName("counts made by another replica (the same table) count: the budget is shared through PostgreSQL")
    void shared_across_replicas() {
        String address = "198.51.100." + (1 + (int) (Math.random() * 200));
        startOfWindow();
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.hit("address:" + address, 3).isEmpty()); // as another API process would
        }
        from(address).get("/api/v1/collaborations").then().statusCode(429);
    }

    /** An anonymous request that the trusted proxy (loopback) says came from {@code address}. */
    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", "192.0.2.99, " + address);
    }

    private static RequestSpecification integrator(String clientId) {
        return given().auth().oauth2(TestTokens.person("service-account-" + clientId, "Service account", clientId + "@example.se", "integrator")
                .claim("azp", clientId).sign());
    }

    /** Waits for a fresh window, so a test's requests all fall into one (windows start at multiples of 10 s). */
    private static void startOfWindow() {
        try {
            long into = System.currentTimeMillis() % WINDOW_MS;
            if (into > 500) {
                Thread.sleep(WINDOW_MS - into + 50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long hits(String bucket) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select coalesce(sum(hits), 0) from rate_limit_counter where bucket = ?")) {
            s.setString(1, bucket);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
