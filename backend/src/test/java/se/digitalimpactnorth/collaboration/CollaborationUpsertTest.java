package se.digitalimpactnorth.collaboration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.apiclient.ApiClientFixtures;
import se.digitalimpactnorth.common.Sql;
import se.digitalimpactnorth.common.TestTokens;

/** Upsert by external id for the collaborations an actor leads. */
@QuarkusTest
class CollaborationUpsertTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures clients;

    @Inject
    Sql sql;

    UUID lead;
    String client;

    @BeforeEach
    void leadWithIntegrator() {
        lead = fixtures.actor("Ledaren " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(lead, "c-upsert-owner-" + UUID.randomUUID(), MemberRole.OWNER);
        client = clients.register(lead);
    }

    RequestSpecification integrator() {
        return TestTokens.asIntegrator(client);
    }

    String path(String externalId) {
        return "/api/v1/actors/" + lead + "/collaborations/by-external-id/" + externalId;
    }

    /** With sets given out of order and text with spaces around it: stored sorted and trimmed. */
    Map<String, Object> input(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("leadActorId", lead.toString());
        body.put("kind", "PROJECT");
        body.put("status", "ACTIVE");
        body.put("title", Map.of("sv", " " + title + " "));
        body.put("summary", Map.of("sv", "Ett projekt om AI."));
        body.put("startDate", "2026-01-01");
        body.put("endDate", "2027-12-31");
        body.put("sdgs", List.of(9, 4));
        body.put("technologyAreas", List.of("hpc", "ai"));
        body.put("knowledgeAreas", List.of("20201", "10201"));
        body.put("places", List.of("2581", "2480"));
        body.put("funding", List.of(Map.of("funderName", "Vinnova", "programme", "Testbäddar", "amountSek", 2_500_000, "type", "PUBLIC")));
        return body;
    }

    long rows(String externalId) {
        return sql.number("select count(*) from collaboration where external_actor_id = ?1 and external_id = ?2", lead, externalId);
    }

    @Test
    @DisplayName("creates (201), the same body again is unchanged (same ETag, no version, no audit entry), a change updates")
    void createUnchangedUpdate() {
        Response created = integrator().body(Map.of("collaboration", input("AI i norr"))).put(path("p-1"));
        created.then().statusCode(201).header("Location", endsWith("/api/v1/collaborations/" + created.path("id")))
                .body("externalId", equalTo("p-1")).body("publication", equalTo("DRAFT")).body("title.sv", equalTo("AI i norr"));
        UUID id = UUID.fromString(created.path("id"));
        List<String> audit = fixtures.auditActions(id);
        long version = sql.number("select version from collaboration where id = ?1", id);

        integrator().body(Map.of("collaboration", input("AI i norr"))).put(path("p-1")).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")));
        assertEquals(version, sql.number("select version from collaboration where id = ?1", id));
        assertEquals(audit, fixtures.auditActions(id));
        assertEquals(1, sql.number("select count(*) from collaboration_funding where collaboration_id = ?1", id));

        Map<String, Object> changed = input("AI i norr");
        changed.put("sdgs", List.of(9));
        Response updated = integrator().body(Map.of("collaboration", changed)).put(path("p-1"));
        updated.then().statusCode(200).body("sdgs", contains(9));
        assertNotEquals(created.header("ETag"), updated.header("ETag"));
        assertEquals(List.of("collaboration.created", "collaboration.updated"), fixtures.auditActions(id));
    }

    @Test
    @DisplayName("status moves the publication (PUBLISHED, ARCHIVED, PUBLISHED again; back to DRAFT is 409); DELETE archives, idempotently")
    void publicationAndDelete() {
        String id = integrator().body(Map.of("status", "PUBLISHED", "collaboration", input("Publicerat"))).put(path("p-2"))
                .then().statusCode(201).body("publication", equalTo("PUBLISHED")).extract().path("id");
        integrator().body(Map.of("status", "ARCHIVED", "collaboration", input("Publicerat"))).put(path("p-2"))
                .then().statusCode(200).body("publication", equalTo("ARCHIVED"));
        integrator().body(Map.of("status", "PUBLISHED", "collaboration", input("Publicerat"))).put(path("p-2"))
                .then().statusCode(200).body("publication", equalTo("PUBLISHED"));
        integrator().body(Map.of("status", "DRAFT", "collaboration", input("Publicerat"))).put(path("p-2")).then().statusCode(409);
        integrator().delete(path("p-2")).then().statusCode(204);
        integrator().get(path("p-2")).then().statusCode(200).body("publication", equalTo("ARCHIVED"));
        String before = fixtures.digest();
        integrator().delete(path("p-2")).then().statusCode(204);
        assertEquals(before, fixtures.digest());
        integrator().delete(path("nothing-here")).then().statusCode(404);
        assertEquals(List.of("collaboration.created", "collaboration.published", "collaboration.archived",
                "collaboration.published", "collaboration.archived"), fixtures.auditActions(UUID.fromString(id)));
    }

    @Test
    @DisplayName("field errors are named under collaboration. (single) and items[i].collaboration. (batch); the other items land")
    void fieldPaths() {
        Map<String, Object> bad = input("Dålig");
        bad.put("knowledgeAreas", List.of("99999"));
        bad.put("endDate", "2020-01-01");
        String before = fixtures.digest();
        integrator().body(Map.of("collaboration", bad)).put(path("p-3")).then().statusCode(400)
                .body("errors.field", hasItem("collaboration.endDate"))
                .body("errors.field", everyItem(startsWith("collaboration.")));
        Map<String, Object> otherLead = input("Fel ledare");
        otherLead.put("leadActorId", UUID.randomUUID().toString());
        integrator().body(Map.of("collaboration", otherLead)).put(path("p-3")).then().statusCode(400)
                .body("errors[0].field", equalTo("collaboration.leadActorId"));
        assertEquals(before, fixtures.digest());

        integrator().body(Map.of("items", List.of(Map.of("externalId", "p-4", "collaboration", input("Bra")),
                        Map.of("externalId", "p-5", "collaboration", bad))))
                .post("/api/v1/actors/" + lead + "/collaborations/batch").then().statusCode(200)
                .body("items.outcome", contains("created", "failed"))
                .body("items[1].problem.errors.field", hasItem("items[1].collaboration.endDate"))
                .body("items[1].problem.errors.field", everyItem(startsWith("items[1].collaboration.")));
        assertEquals(1, rows("p-4"));
        assertEquals(0, rows("p-5"));
    }

    @Test
    @DisplayName("two actors may use one external id; two concurrent PUTs of one new id end with one row")
    void uniquenessAndConcurrency() throws Exception {
        UUID other = fixtures.actor("Andra ledaren " + UUID.randomUUID(), ActorStatus.ACTIVE);
        String otherClient = clients.register(other);
        integrator().body(Map.of("collaboration", input("Min"))).put(path("shared")).then().statusCode(201);
        Map<String, Object> theirs = input("Deras");
        theirs.put("leadActorId", other.toString());
        TestTokens.asIntegrator(otherClient).body(Map.of("collaboration", theirs))
                .put("/api/v1/actors/" + other + "/collaborations/by-external-id/shared").then().statusCode(201);
        assertEquals(2, sql.number("select count(*) from collaboration where external_id = 'shared' and external_actor_id in (?1, ?2)",
                lead, other));

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> puts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String token = TestTokens.integrator(client);
            puts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return RestAssured.given().contentType("application/json").auth().oauth2(token)
                        .body(Map.of("collaboration", input("Kapplöpning"))).put(path("race")).statusCode();
            }));
        }
        assertEquals(List.of(200, 201), puts.stream().map(CompletableFuture::join).sorted().toList());
        assertEquals(1, rows("race"));
    }
}
