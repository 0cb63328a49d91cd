package se.digitalimpactnorth.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;

/**
 * Strict JSON on real endpoints: every case is a 400 problem with a detail that says what is
 * wrong, and the database is unchanged. The generated corpus (BadInputCorpusTest) sends the same
 * kinds of input to every write endpoint; these cases pin the wording and the limits.
 */
@QuarkusTest
class StrictJsonTest {

    private static final String EDITOR = "strict-editor";

    @Inject
    Fixtures fixtures;

    private UUID actor;

    @BeforeEach
    void actorWithEditor() {
        actor = fixtures.actor("Strikt " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, EDITOR, MemberRole.EDITOR);
    }

    private String resource(String titleJson, String extra) {
        return "{\"kind\":\"MEETING_PLACE\",\"actorId\":\"" + actor + "\",\"title\":" + titleJson + extra + "}";
    }

    /** Posts raw bytes as the editor and checks a 400 problem and an unchanged database. */
    private ValidatableResponse refused(String path, byte[] body) {
        String before = fixtures.digest();
        ValidatableResponse response = TestTokens.as(EDITOR, "member").body(body).post(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        assertEquals(before, fixtures.digest(), "a refused body changed the database");
        return response;
    }

    private ValidatableResponse refused(String body) {
        return refused("/api/v1/resources", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a valid body followed by x creates nothing: 400 saying something follows the JSON value")
    void trailingGarbage() {
        refused(resource("{\"sv\":\"Rum\"}", "") + "x")
                .body("type", equalTo("urn:din:problem:bad-request"))
                .body("detail", containsString("something follows the JSON value"));
        refused("/api/v1/actors", "{\"name\":\"Skräp AB\",\"kind\":\"COMPANY\"} {}".getBytes(StandardCharsets.UTF_8))
                .body("detail", containsString("something follows the JSON value"));
    }

    @Test
    @DisplayName("a field twice is a 400 naming it")
    void duplicateKey() {
        refused(resource("{\"sv\":\"Rum\",\"sv\":\"Annat\"}", ""))
                .body("detail", containsString("'sv' appears twice"));
        refused(resource("{\"sv\":\"Rum\"}", ",\"kind\":\"LAB\"")).body("detail", containsString("'kind' appears twice"));
    }

    @Test
    @DisplayName("nesting deeper than the limit is a 400 naming the limit")
    void tooDeep() {
        // A typed body refuses an unexpected array before it gets deep, so an untyped test path shows the limit.
        int depth = JacksonConfig.MAX_DEPTH;
        // The test-only endpoint is outside openapi.yaml, so its one success skips the contract filter.
        TestTokens.as(null).noFilters().body("{\"a\":".repeat(depth - 1) + "1" + "}".repeat(depth - 1))
                .post("/api/v1/test-only/trees").then().statusCode(200);
        refused("/api/v1/test-only/trees", ("{\"a\":".repeat(depth + 1) + "1" + "}".repeat(depth + 1)).getBytes(StandardCharsets.UTF_8))
                .body("detail", containsString("nested deeper than " + depth + " levels"));
        refused(resource("{\"sv\":\"Rum\"}", ",\"tags\":" + "[".repeat(depth + 5) + "]".repeat(depth + 5)))
                .body("errors[0].field", equalTo("tags[0]"));
    }

    @Test
    @DisplayName("a number longer than the limit, or out of its type's range, is a 400")
    void numbers() {
        refused(resource("{\"sv\":\"Rum\"}", ",\"sdgs\":[" + "1".repeat(JacksonConfig.MAX_NUMBER_LENGTH + 1) + "]"))
                .body("detail", containsString("a number longer than " + JacksonConfig.MAX_NUMBER_LENGTH + " characters"));
        refused(resource("{\"sv\":\"Rum\"}", ",\"sdgs\":[99999999999]"))
                .body("detail", containsString("sdgs[0]: number out of range"));
        refused(resource("{\"sv\":\"Rum\"}", ",\"location\":{\"lat\":1e400,\"lon\":20}"))
                .body("detail", containsString("location.lat: number out of range"));
        refused(resource("{\"sv\":\"Rum\"}", ",\"sdgs\":[1.5]")).body("errors[0].field", equalTo("sdgs[0]"));
        refused(resource("{\"sv\":\"Rum\"}", ",\"sdgs\":[\"3\"]")).body("errors[0].field", equalTo("sdgs[0]"));
    }

    @Test
    @DisplayName("an enum given as a number, or an empty string for a date, is a 400")
    void noCoercion() {
        refused("{\"kind\":0,\"actorId\":\"" + actor + "\",\"title\":{\"sv\":\"Rum\"}}").body("errors[0].field", equalTo("kind"));
        refused("{\"kind\":\"HORIZON_SCAN\",\"actorId\":\"" + actor + "\",\"title\":{\"sv\":\"Rum\"},"
                + "\"horizonScan\":{\"publicationDate\":\"\"}}").body("errors[0].field", equalTo("horizonScan.publicationDate"));
        refused("{\"kind\":\"MEETING_PLACE\",\"actorId\":\"\",\"title\":{\"sv\":\"Rum\"}}").body("errors[0].field", equalTo("actorId"));
    }

    @Test
    @DisplayName("invalid UTF-8 and lone surrogates are 400s")
    void invalidText() {
        byte[] prefix = resource("{\"sv\":\"R", "").getBytes(StandardCharsets.UTF_8);
        String rest = "um\"}";
        byte[] body = new byte[prefix.length + 2 + rest.length()];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(rest.getBytes(StandardCharsets.US_ASCII), 0, body, prefix.length + 2, rest.length());
        // The title object is cut short here, which is fine: the bytes fail before the end.
        refused("/api/v1/resources", body).body("detail", containsString("not valid UTF-8"));
        refused(resource("{\"sv\":\"R\\ud800um\"}", "")).body("detail", containsString("title.sv: must be valid Unicode text"));
        refused(resource("{\"sv\":\"R\\udc00\\ud800um\"}", "")).body("errors[0].field", equalTo("title.sv"));
    }

    @Test
    @DisplayName("CR, LF, tabs and NUL are refused in single-line fields")
    void singleLine() {
        refused(resource("{\"sv\":\"Rum\\r\\nBcc: x\"}", "")).body("detail", containsString("title.sv: must be a single line"))
                .body("errors[0].code", equalTo("control-characters"));
        refused(resource("{\"sv\":\"Rum\\tett\"}", "")).body("errors[0].field", equalTo("title.sv"));
        refused(resource("{\"sv\":\"Rum\\u2028ett\"}", "")).body("errors[0].field", equalTo("title.sv"));
        refused(resource("{\"sv\":\"Rum\\u0000\"}", "")).body("detail", containsString("must not contain control characters"))
                .body("errors[0].code", equalTo("control-characters"));
        refused(resource("{\"sv\":\"Rum\"}", ",\"tags\":[\"a\\nb\"]")).body("errors[0].field", equalTo("tags[0]"));
        refused(resource("{\"sv\":\"Rum\"}", ",\"contact\":{\"email\":\"a@example.se\\r\\n\"}"))
                .body("errors[0].field", equalTo("contact.email"));
        refused("/api/v1/actors", "{\"name\":\"Två\\nrader AB\",\"kind\":\"COMPANY\"}".getBytes(StandardCharsets.UTF_8))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    @DisplayName("line breaks are kept where text may have lines: bodies, summaries, descriptions")
    void multiLineKept() {
        String body = resource("{\"sv\":\"Rum\"}", ",\"summary\":{\"sv\":\"Ett\\r\\ntvå\"},\"body\":{\"sv\":\"# Rubrik\\n\\n\\tkod\"}");
        TestTokens.as(EDITOR, "member").body(body).post("/api/v1/resources")
                .then().statusCode(201)
                .body("summary.sv", equalTo("Ett\r\ntvå"))
                .body("body.sv", equalTo("# Rubrik\n\n\tkod"));
        TestTokens.as(EDITOR, "member").body(resource("{\"sv\":\"Rum\"}", ",\"body\":{\"sv\":\"a\\u0007b\"}"))
                .post("/api/v1/resources").then().statusCode(400).body("errors[0].field", equalTo("body.sv"));
    }

    @Test
    @DisplayName("a body over the size limit is a 413 problem")
    void tooLarge() {
        String before = fixtures.digest();
        String huge = resource("{\"sv\":\"Rum\"}", ",\"body\":{\"sv\":\"" + "a".repeat(1024 * 1024) + "\"}");
        TestTokens.as(EDITOR, "member").contentType(ContentType.JSON).body(huge).post("/api/v1/resources")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertEquals(before, fixtures.digest());
    }

    @Test
    @DisplayName("a body over the size limit without a Content-Length (chunked) is a 413 too")
    void tooLargeChunked() throws Exception {
        String before = fixtures.digest();
        // Many small values, so no single string reaches its own limit first.
        byte[] huge = resource("{\"sv\":\"Rum\"}", ",\"tags\":[" + "\"a\",".repeat(512 * 1024) + "\"a\"]")
                .getBytes(StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/resources"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.person(EDITOR, "Editor", "e@example.se", "member").sign())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        java.net.http.HttpResponse<String> response;
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()) {
            response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        }
        assertEquals(413, response.statusCode(), response.body());
        // Quarkus's request stream answers this one itself, without a problem body (BodyLimit sees no length to check).
        assertEquals(before, fixtures.digest());
    }
}
