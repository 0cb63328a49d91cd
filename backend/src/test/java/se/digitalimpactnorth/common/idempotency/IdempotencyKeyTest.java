package se.digitalimpactnorth.common.idempotency;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.Sql;
import se.digitalimpactnorth.common.TestTokens;

/** Idempotency-Key on creating POSTs (IETF httpapi draft 07): replay, 422, 409, release after a refusal, expiry. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Sql sql;

    @Inject
    IdempotencyStore store;

    @Inject
    DataSource dataSource;

    UUID actor;
    String owner;

    @BeforeEach
    void actorWithOwner() {
        owner = "idem-owner-" + UUID.randomUUID();
        actor = fixtures.actor("Idempotensbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
    }

    RequestSpecification asOwner(String key) {
        return TestTokens.as(owner, "member").header("Idempotency-Key", key);
    }

    Map<String, Object> resource(String title) {
        return Map.of("kind", "MEETING_PLACE", "actorId", actor.toString(), "title", Map.of("sv", title));
    }

    long resources(String title) {
        return sql.number("select count(*) from resource where actor_id = ?1 and title_sv = ?2", actor, title);
    }

    @Test
    @DisplayName("a retry with the same key and body replays the first response (status, body, Location, ETag) and creates nothing more")
    void replay() {
        Response first = asOwner("\"create-1\"").body(resource("Rum ett")).post("/api/v1/resources");
        first.then().statusCode(201);
        Response retry = asOwner("\"create-1\"").body(resource("Rum ett")).post("/api/v1/resources");
        retry.then().statusCode(201).contentType("application/json");
        assertEquals(first.asString(), retry.asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(1, resources("Rum ett"));
        // A bare token names the same key as the structured-field string of the same characters.
        asOwner("create-1").body(resource("Rum ett")).post("/api/v1/resources").then().statusCode(201)
                .body("id", equalTo(first.path("id")));
        assertEquals(1, resources("Rum ett"));
        // Without a key, the same body creates another.
        TestTokens.as(owner, "member").body(resource("Rum ett")).post("/api/v1/resources").then().statusCode(201);
        assertEquals(2, resources("Rum ett"));
    }

    @Test
    @DisplayName("the same key with another body, or on another path, is 422 and creates nothing")
    void otherPayload() {
        asOwner("create-2").body(resource("Rum två")).post("/api/v1/resources").then().statusCode(201);
        String before = fixtures.digest();
        asOwner("create-2").body(resource("Rum tre")).post("/api/v1/resources").then().statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422));
        asOwner("create-2").body(Map.of("leadActorId", actor.toString(), "kind", "PROJECT", "status", "ACTIVE",
                "title", Map.of("sv", "Rum två"), "startDate", "2026-01-01")).post("/api/v1/collaborations").then().statusCode(422);
        assertEquals(before, fixtures.digest());
    }

    @Test
    @DisplayName("keys are per caller: another caller's same key is a new request")
    void perCaller() {
        String editor = "idem-editor-" + UUID.randomUUID();
        fixtures.member(actor, editor, MemberRole.EDITOR);
        String a = asOwner("shared-key").body(resource("Delad nyckel")).post("/api/v1/resources").then().statusCode(201).extract().path("id");
        String b = TestTokens.as(editor, "member").header("Idempotency-Key", "shared-key").body(resource("Delad nyckel"))
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        assertTrue(!a.equals(b));
        assertEquals(2, resources("Delad nyckel"));
    }

    @Test
    @DisplayName("a retry while the first request is still running is 409; after it finishes the retry replays it")
    void inProgress() throws Exception {
        CompletableFuture<Response> first;
        // Hold the first request: it writes the caller's person row, which this transaction locks.
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select 1 from person where subject = ? for update")) {
                select.setString(1, owner);
                select.executeQuery();
            }
            String token = TestTokens.person(owner, "Name of " + owner, owner + "@example.se", "member").sign();
            first = CompletableFuture.supplyAsync(() -> RestAssured.given().contentType("application/json").auth().oauth2(token)
                    .header("Idempotency-Key", "slow-1").body(resource("Långsamt rum")).post("/api/v1/resources"));
            // The key is recorded as in progress, in its own committed transaction, before the work.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (sql.number("select count(*) from idempotency_key where subject = ?1 and key = 'slow-1' and status is null", owner) == 0) {
                assertTrue(System.nanoTime() < deadline, "the first request never claimed its key");
                Thread.sleep(50);
            }
            asOwner("slow-1").body(resource("Långsamt rum")).post("/api/v1/resources").then().statusCode(409)
                    .contentType("application/problem+json").header("Retry-After", equalTo("1"));
            assertTrue(!first.isDone(), "the first request was not held");
            lock.rollback();
        }
        Response done = first.get(30, TimeUnit.SECONDS);
        done.then().statusCode(201);
        asOwner("slow-1").body(resource("Långsamt rum")).post("/api/v1/resources").then().statusCode(201)
                .body("id", equalTo(done.path("id")));
        assertEquals(1, resources("Långsamt rum"));
    }

    @Test
    @DisplayName("a refused request (4xx) is not kept: the key is free for the corrected request")
    void refusalReleasesTheKey() {
        asOwner("fix-1").body(Map.of("kind", "MEETING_PLACE", "actorId", actor.toString(), "title", Map.of("sv", " ")))
                .post("/api/v1/resources").then().statusCode(400);
        assertEquals(0, sql.number("select count(*) from idempotency_key where subject = ?1 and key = 'fix-1'", owner));
        asOwner("fix-1").body(resource("Rättat rum")).post("/api/v1/resources").then().statusCode(201);
        assertEquals(1, sql.number("select count(*) from idempotency_key where subject = ?1 and key = 'fix-1' and status = 201", owner));
    }

    @Test
    @DisplayName("a bad header value is 400 (empty, over 255 characters, parameters, not a string or token); anonymous callers' keys are ignored")
    void badHeader() {
        String before = fixtures.digest();
        for (String bad : List.of("\"\"", "\"" + "k".repeat(256) + "\"", "k".repeat(256), "\"a\";p=1", "(x)", "1abc", "\"tab\there\"")) {
            asOwner(bad).body(resource("Aldrig")).post("/api/v1/resources").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        }
        assertEquals(before, fixtures.digest());
        asOwner("\"" + "k".repeat(255) + "\"").body(resource("Längsta nyckeln")).post("/api/v1/resources").then().statusCode(201);
        RestAssured.given().contentType("application/json").header("Idempotency-Key", "anon").body(resource("Anonym"))
                .post("/api/v1/resources").then().statusCode(401);
    }

    @Test
    @DisplayName("a batch with a key is replayed as it was answered, also when running it again would say unchanged")
    void batchReplay() {
        String client = "idem-batch-" + UUID.randomUUID();
        Map<String, Object> batch = Map.of("items", List.of(Map.of("externalId", "ib-1", "resource", resource("Batchrum"))));
        String path = "/api/v1/actors/" + actor + "/resources/batch";
        asOwner(client).body(batch).post(path).then().statusCode(200).body("items.outcome", contains("created"));
        asOwner(client).body(batch).post(path).then().statusCode(200).body("items.outcome", contains("created"));
        TestTokens.as(owner, "member").body(batch).post(path).then().statusCode(200).body("items.outcome", contains("unchanged"));
    }

    @Test
    @DisplayName("POST /actors takes a key too")
    void actors() {
        Map<String, Object> input = Map.of("name", "Nyckelbolaget " + UUID.randomUUID(), "kind", "COMPANY");
        String first = asOwner("actor-1").body(input).post("/api/v1/actors").then().statusCode(201).extract().path("id");
        asOwner("actor-1").body(input).post("/api/v1/actors").then().statusCode(201).body("id", equalTo(first));
        assertEquals(1, sql.number("select count(*) from actor where name = ?1", input.get("name")));
    }

    @Test
    @DisplayName("keys expire after DIN_IDEMPOTENCY_KEY_TTL (24 h): pruned by the scheduled job, and an expired one is a new request")
    void expiry() {
        String created = asOwner("old-1").body(resource("Gammalt rum")).post("/api/v1/resources").then().statusCode(201)
                .extract().path("id");
        asOwner("young-1").body(resource("Ungt rum")).post("/api/v1/resources").then().statusCode(201);
        sql.update("update idempotency_key set created_at = now() - interval '25 hours' where subject = ?1 and key = 'old-1'", owner);
        // Expired but not yet pruned: the key is taken as new, so the request runs again.
        String again = asOwner("old-1").body(resource("Gammalt rum")).post("/api/v1/resources").then().statusCode(201)
                .extract().path("id");
        assertTrue(!created.equals(again));
        sql.update("update idempotency_key set created_at = now() - interval '25 hours' where subject = ?1 and key = 'old-1'", owner);
        assertTrue(store.prune() >= 1);
        assertEquals(0, sql.number("select count(*) from idempotency_key where subject = ?1 and key = 'old-1'", owner));
        assertEquals(1, sql.number("select count(*) from idempotency_key where subject = ?1 and key = 'young-1'", owner));
    }
}
