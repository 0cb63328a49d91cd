package se.digitalimpactnorth.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.digitalimpactnorth.search.SearchRequests.await;
import static se.digitalimpactnorth.search.SearchRequests.searchIds;
import static se.digitalimpactnorth.search.SearchRequests.uniqueWord;
import static se.digitalimpactnorth.search.SearchRequests.unsettled;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * OpenSearch down: writes still succeed (the outbox keeps the index updates in the database),
 * search and the public lists answer 503 with Retry-After, single reads and the insiders' lists
 * (SQL) keep working, readiness stays UP while the health shows the search check DOWN; once it is
 * reachable again, the outbox catches up and what was written meanwhile is found.
 *
 * <p>The application talks to OpenSearch through a {@link TcpProxy} that the test closes and
 * opens; the shared cluster itself keeps running for the other test runs.
 */
@QuarkusTest
@TestProfile(SearchOutageTest.ThroughProxy.class)
class SearchOutageTest {

    /** Points din.search.url at the proxy, started here so that it listens before the application starts. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("din.search.url", "http://127.0.0.1:" + TcpProxy.startShared());
        }
    }

    /** How long the outbox may take to apply what was written during the outage, once OpenSearch is back. */
    private static final Duration CATCH_UP = Duration.ofSeconds(15);

    private static final String UNAVAILABLE = "urn:din:problem:service-unavailable";

    @Inject
    Fixtures fixtures;

    @AfterEach
    void reopen() {
        // Whatever happened, the application shuts down against a reachable cluster.
        TcpProxy.shared(true);
    }

    @Test
    @DisplayName("while OpenSearch is unreachable writes succeed and search answers 503; afterwards the outbox catches up")
    void outageAndCatchUp() {
        String owner = "search-outage-owner-" + UUID.randomUUID();
        UUID actor = fixtures.actor("Avbrottsbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        String before = uniqueWord("Fore");
        String beforeId = publish(create(owner, actor, before + " labbet"), owner);
        given().queryParam("q", before).get("/api/v1/search").then().statusCode(200).body("items.id", hasItem(beforeId));

        TcpProxy.shared(false);

        // Writes still succeed, and are in the database.
        String during = uniqueWord("Under");
        String duringId = create(owner, actor, during + " labbet");
        publish(duringId, owner);
        assertEquals(List.of("resource.created", "resource.published"), fixtures.auditActions(UUID.fromString(duringId)));
        given().get("/api/v1/resources/" + duringId).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("title.sv", equalTo(during + " labbet"));

        // Checked one by one and reported together, so that one missing piece does not hide the others.
        List<String> failures = new ArrayList<>();
        // Search and the public lists: 503 problem with Retry-After.
        check(failures, "GET /api/v1/search", () -> unavailable(unsettled().queryParam("q", during).get("/api/v1/search")));
        check(failures, "GET /api/v1/resources", () -> unavailable(unsettled().get("/api/v1/resources")));
        check(failures, "GET /api/v1/actors", () -> unavailable(unsettled().get("/api/v1/actors")));
        check(failures, "GET /api/v1/collaborations", () -> unavailable(unsettled().get("/api/v1/collaborations")));

        // The rest keeps working: single reads, and the lists of the publisher's own people (SQL).
        check(failures, "GET /api/v1/resources/{id}", () -> unsettled().get("/api/v1/resources/" + beforeId).then().statusCode(200));
        check(failures, "GET /api/v1/actors/{id}", () -> unsettled().get("/api/v1/actors/" + actor).then().statusCode(200));
        String draftId = create(owner, actor, during + " utkastet");
        check(failures, "GET /api/v1/resources?status=DRAFT (insiders)", () -> SearchRequests.unsettled(owner, "member")
                .queryParam("actor", actor.toString()).queryParam("status", "DRAFT")
                .get("/api/v1/resources").then().statusCode(200).body("items.id", contains(draftId)));

        // Ready (the API stays in rotation), but the search check is down: degraded.
        check(failures, "GET /q/health/ready", () -> given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        check(failures, "GET /q/health", () -> await("the health shows the search check DOWN", Duration.ofSeconds(10),
                () -> "DOWN".equals(given().get("/q/health").jsonPath().getString("checks.find { it.name == 'search' }.status"))));

        TcpProxy.shared(true);

        // The outbox catches up: what was written during the outage is found.
        List<String> after = new ArrayList<>();
        check(after, "catch-up", () -> await("resource written during the outage found after OpenSearch came back", CATCH_UP,
                () -> searchIds(during).contains(duringId)));
        check(after, "health", () -> await("the health shows the search check UP again", CATCH_UP,
                () -> "UP".equals(given().get("/q/health").jsonPath().getString("checks.find { it.name == 'search' }.status"))));
        check(after, "public list", () -> unsettled().queryParam("q", during).get("/api/v1/resources").then().statusCode(200)
                .body("items.id", hasItem(duringId)));
        failures.addAll(after.stream().map(failure -> "after it came back: " + failure).toList());
        assertTrue(failures.isEmpty(), "while OpenSearch was unreachable, or after:\n" + String.join("\n", failures));
    }

    /** Runs one check, and records its failure instead of stopping the test. */
    private static void check(List<String> failures, String what, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            failures.add(what + ": " + e.getMessage().strip());
        }
    }

    private static void unavailable(Response response) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(UNAVAILABLE))
                .body("status", equalTo(503));
    }

    private static String create(String owner, UUID actor, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "LAB");
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", title));
        body.put("summary", Map.of("sv", "Ett labb för att prova uppkopplade sensorer."));
        body.put("facility", Map.of("accessCondition", "OPEN"));
        return TestTokens.as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
    }

    private static String publish(String id, String owner) {
        TestTokens.as(owner, "member").post("/api/v1/resources/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
