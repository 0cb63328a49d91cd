package se.digitalimpactnorth.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The request id (common/RequestIds) with the production log settings: JSON console logs and the
 * access log on. Log lines are captured as the console writes them: a handler on the root logger
 * formats each record with the console handler's own formatter.
 */
@QuarkusTest
@TestProfile(RequestIdTest.ProductionLogs.class)
class RequestIdTest {

    public static class ProductionLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("din.log-format", "json", "quarkus.http.access-log.enabled", "true");
        }
    }

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private Handler capture;

    @BeforeEach
    void captureLogs() {
        org.jboss.logmanager.Logger root = org.jboss.logmanager.Logger.getLogger("");
        Formatter console = consoleFormatter(root.getHandlers());
        assertNotNull(console, "the console handler's formatter");
        capture = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                lines.add(console.format(record));
            }
        };
        root.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        org.jboss.logmanager.Logger.getLogger("").removeHandler(capture);
    }

    private static Formatter consoleFormatter(Handler[] handlers) {
        for (Handler h : handlers) {
            if (h instanceof ConsoleHandler) {
                return h.getFormatter();
            }
            if (h instanceof ExtHandler ext) {
                Formatter nested = consoleFormatter(ext.getHandlers());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    @Test
    @DisplayName("an incoming X-Request-Id of the accepted form is echoed; without one, every response gets a new UUID")
    void echoedOrGenerated() {
        given().header("X-Request-Id", "lb-7f3a.2:edge_1").get("/api/v1/vocabularies/sdgs")
                .then().statusCode(200).header("X-Request-Id", "lb-7f3a.2:edge_1");
        String first = given().get("/api/v1/vocabularies/sdgs").then().statusCode(200).extract().header("X-Request-Id");
        String second = given().get("/api/v1/vocabularies/sdgs").then().statusCode(200).extract().header("X-Request-Id");
        assertTrue(UUID_FORM.matcher(first).matches(), first);
        assertTrue(UUID_FORM.matcher(second).matches(), second);
        assertNotEquals(first, second, "each request its own id, nothing left over from the one before");
        String max = "a".repeat(128);
        given().header("X-Request-Id", max).get("/q/health/live").then().header("X-Request-Id", max);
        given().header("X-Request-Id", "feed-1").get("/feeds/v1/events.json").then().header("X-Request-Id", "feed-1");
    }

    @Test
    @DisplayName("an incoming X-Request-Id that is not a plain token of at most 128 characters is replaced by a UUID")
    void invalidReplaced() {
        for (String bad : new String[] {"", "two words", "a\"b", "a/b", "ünicode", "x".repeat(129), "id\tx"}) {
            String id = given().header("X-Request-Id", bad).get("/api/v1/vocabularies/sdgs")
                    .then().statusCode(200).extract().header("X-Request-Id");
            assertTrue(UUID_FORM.matcher(id).matches(), "for '" + bad + "': " + id);
        }
    }

    @Test
    @DisplayName("every kind of problem carries requestId equal to the X-Request-Id header, given or generated")
    void problemsCarryTheId() {
        String big = "{\"name\":\"" + "a".repeat(1024 * 1024 + 1) + "\"}";
        Map<String, Function<RequestSpecification, Response>> problems = new LinkedHashMap<>();
        problems.put("404 unknown path", r -> r.get("/api/v1/nope"));
        problems.put("404 outside the API", r -> r.get("/nothing-here"));
        problems.put("405", r -> r.body("{}").post("/api/v1/vocabularies/sdgs"));
        problems.put("401", r -> r.get("/api/v1/test-only/admins"));
        problems.put("403", r -> r.auth().oauth2(TestTokens.anna()).get("/api/v1/test-only/admins"));
        problems.put("400 validation", r -> r.body("{\"name\":\"\",\"trl\":3}").post("/api/v1/test-only/samples"));
        problems.put("400 malformed JSON", r -> r.body("{\"name\":").post("/api/v1/test-only/samples"));
        problems.put("409 domain", r -> r.get("/api/v1/test-only/domain"));
        problems.put("413", r -> r.body(big).post("/api/v1/test-only/samples"));
        problems.put("500", r -> r.get("/api/v1/test-only/boom"));
        for (var problem : problems.entrySet()) {
            Response generated = problem.getValue().apply(given().contentType(ContentType.JSON));
            String header = generated.header("X-Request-Id");
            assertNotNull(header, problem.getKey());
            assertTrue(generated.contentType().startsWith("application/problem+json"), problem.getKey() + ": " + generated.contentType());
            assertEquals(header, generated.jsonPath().getString("requestId"), problem.getKey());

            String mine = "report-" + UUID.randomUUID();
            Response given = problem.getValue().apply(given().contentType(ContentType.JSON).header("X-Request-Id", mine));
            assertEquals(mine, given.header("X-Request-Id"), problem.getKey());
            assertEquals(mine, given.jsonPath().getString("requestId"), problem.getKey());
        }
    }

    @Test
    @DisplayName("a 500's problem names the request id as its incident, and the JSON log line of its stack trace carries the id")
    void serverErrorLoggedWithTheId() throws Exception {
        String id = "report-" + UUID.randomUUID();
        given().header("X-Request-Id", id).get("/api/v1/test-only/boom")
                .then().statusCode(500)
                .header("X-Request-Id", id)
                .body("requestId", equalTo(id))
                .body("detail", containsString("incident " + id));

        JsonNode error = awaitLine(line -> line.contains("Unexpected error " + id));
        assertEquals("ERROR", error.path("level").asText());
        assertEquals(id, error.path("mdc").path("requestId").asText(), error.toString());
        assertTrue(error.path("exception").isObject(), "the stack trace is in the same JSON object: " + error);

        JsonNode access = awaitLine(line -> line.contains("requestId=" + id) && line.contains("access-log"));
        assertTrue(access.path("message").asText().contains("\"GET /api/v1/test-only/boom HTTP/1.1\" 500"), access.toString());
    }

    @Test
    @DisplayName("browsers may read X-Request-Id: the API's and the feeds' CORS responses expose it; preflights carry one too")
    void exposedToBrowsers() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("X-Request-Id", "preflight-1")
                .options("/api/v1/resources")
                .then().header("Access-Control-Allow-Origin", "http://localhost:5173").header("X-Request-Id", "preflight-1");
        given().header("Origin", "http://localhost:5173").get("/api/v1/vocabularies/sdgs")
                .then().statusCode(200).header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
        given().header("Origin", "https://partner.example.org").get("/feeds/v1/events.json")
                .then().statusCode(200).header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    /** The first captured line that {@code wanted} picks, parsed as the JSON object it must be (the access log comes after the response). */
    private JsonNode awaitLine(java.util.function.Predicate<String> wanted) throws Exception {
        for (int i = 0; i < 50; i++) {
            synchronized (lines) {
                for (String line : lines) {
                    if (wanted.test(line)) {
                        assertEquals(1, line.strip().lines().count(), "one line per record: " + line);
                        return JSON.readTree(line);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such log line among " + lines.size() + ":\n" + String.join("", lines));
    }
}
