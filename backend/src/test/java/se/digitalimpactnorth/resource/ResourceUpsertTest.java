package se.digitalimpactnorth.resource;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.apiclient.ApiClientFixtures;
import se.digitalimpactnorth.common.Sql;
import se.digitalimpactnorth.common.TestTokens;

/** Upsert by external id: an integrator keeps its actor's resources in sync by its own ids. */
@QuarkusTest
class ResourceUpsertTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures clients;

    @Inject
    Sql sql;

    UUID actor;
    String owner;
    String client;

    @BeforeEach
    void actorWithOwnerAndIntegrator() {
        owner = "upsert-owner-" + UUID.randomUUID();
        actor = fixtures.actor("Synkbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        client = clients.register(actor);
    }

    RequestSpecification integrator() {
        return TestTokens.asIntegrator(client);
    }

    String path(String externalId) {
        return "/api/v1/actors/" + actor + "/resources/by-external-id/" + externalId;
    }

    /** An event with what the server normalises (tags lower-cased, text trimmed), so "the same" is not byte-equal. */
    Map<String, Object> event(String title) {
        Map<String, Object> resource = new HashMap<>();
        resource.put("kind", "EVENT");
        resource.put("actorId", actor.toString());
        resource.put("title", Map.of("sv", "  " + title + " "));
        resource.put("summary", Map.of("sv", "Vi träffas och pratar om testbäddar."));
        resource.put("municipalityCode", "2480");
        resource.put("technologyAreas", List.of("ai", "hpc"));
        resource.put("sdgs", List.of(11, 9));
        resource.put("tags", List.of("Frukostmöte", "AI"));
        resource.put("links", List.of(Map.of("url", "https://example.se/event", "label", "Mer")));
        resource.put("event", Map.of("start", "2027-03-22T10:00:00", "end", "2027-03-22T11:30:00", "timeZone", "Europe/Stockholm",
                "recurrence", Map.of("freq", "WEEKLY", "count", 3),
                "venue", Map.of("name", "Umeå Science Park", "municipalityCode", "2480")));
        return resource;
    }

    static Map<String, Object> upsert(Map<String, Object> resource) {
        return Map.of("resource", resource);
    }

    static Map<String, Object> upsert(String status, Map<String, Object> resource) {
        return Map.of("status", status, "resource", resource);
    }

    long rows(String externalId) {
        return sql.number("select count(*) from resource where actor_id = ?1 and external_id = ?2", actor, externalId);
    }

    @Nested
    @DisplayName("PUT by external id")
    class Put {

        @Test
        @DisplayName("creates (201, Location, ETag, externalId), then the same body again changes nothing: same ETag, no version, no audit entry")
        void createThenUnchanged() {
            Response created = integrator().body(upsert(event("Frukostmöte om AI"))).put(path("ev-1"));
            created.then().statusCode(201)
                    .header("Location", endsWith("/api/v1/resources/" + created.path("id")))
                    .body("externalId", equalTo("ev-1"))
                    .body("status", equalTo("DRAFT"))
                    .body("title.sv", equalTo("Frukostmöte om AI"))
                    .body("tags", contains("frukostmöte", "ai"));
            String etag = created.header("ETag");
            UUID id = UUID.fromString(created.path("id"));
            List<String> audit = fixtures.auditActions(id);
            long version = sql.number("select version from resource where id = ?1", id);
            String updatedAt = sql.texts("select cast(updated_at as text) from resource where id = ?1", id).get(0);

            Response again = integrator().body(upsert(event("Frukostmöte om AI"))).put(path("ev-1"));
            again.then().statusCode(200).header("ETag", equalTo(etag)).body("id", equalTo(id.toString()));
            assertEquals(version, sql.number("select version from resource where id = ?1", id), "the same body moved the version");
            assertEquals(updatedAt, sql.texts("select cast(updated_at as text) from resource where id = ?1", id).get(0));
            assertEquals(audit, fixtures.auditActions(id), "the same body wrote an audit entry");
            assertEquals(1, rows("ev-1"));

            integrator().get(path("ev-1")).then().statusCode(200).header("ETag", equalTo(etag)).body("id", equalTo(id.toString()));
        }

        @Test
        @DisplayName("a changed body updates (200, a new ETag, one audit entry 'resource.updated')")
        void updates() {
            String etag = integrator().body(upsert(event("Seminarium"))).put(path("ev-2")).then().statusCode(201).extract().header("ETag");
            Map<String, Object> changed = event("Seminarium");
            changed.put("tags", List.of("ai"));
            Response updated = integrator().body(upsert(changed)).put(path("ev-2"));
            updated.then().statusCode(200).body("tags", contains("ai")).body("externalId", equalTo("ev-2"));
            assertTrue(!etag.equals(updated.header("ETag")));
            UUID id = UUID.fromString(updated.path("id"));
            assertEquals(List.of("resource.created", "resource.updated"), fixtures.auditActions(id));
            // If-Match: a stale one is 412 and changes nothing.
            integrator().header("If-Match", etag).body(upsert(event("Annat"))).put(path("ev-2")).then().statusCode(412);
            integrator().get(path("ev-2")).then().body("tags", contains("ai"));
        }

        @Test
        @DisplayName("status moves the resource: DRAFT → PUBLISHED → ARCHIVED → PUBLISHED; back to DRAFT is 409")
        void statusMoves() {
            Response published = integrator().body(upsert("PUBLISHED", event("Publicerat"))).put(path("ev-3"));
            published.then().statusCode(201).body("status", equalTo("PUBLISHED")).body("publishedAt", org.hamcrest.Matchers.notNullValue());
            String id = published.path("id");
            RestAssured.given().get("/api/v1/resources/" + id).then().statusCode(200);
            // Same body and status: unchanged.
            integrator().body(upsert("PUBLISHED", event("Publicerat"))).put(path("ev-3")).then().statusCode(200)
                    .header("ETag", equalTo(published.header("ETag")));
            integrator().body(upsert("ARCHIVED", event("Publicerat"))).put(path("ev-3")).then().statusCode(200).body("status", equalTo("ARCHIVED"));
            RestAssured.given().get("/api/v1/resources/" + id).then().statusCode(404);
            integrator().body(upsert("PUBLISHED", event("Publicerat"))).put(path("ev-3")).then().statusCode(200).body("status", equalTo("PUBLISHED"));
            integrator().body(upsert("DRAFT", event("Publicerat"))).put(path("ev-3")).then().statusCode(409);
            assertEquals(List.of("resource.created", "resource.published", "resource.archived", "resource.published"),
                    fixtures.auditActions(UUID.fromString(id)));
        }

        @Test
        @DisplayName("a resource a moderator took down cannot be changed by the integrator or an owner: 403, nothing written")
        void takenDown() {
            String id = integrator().body(upsert("PUBLISHED", event("Nedtagen"))).put(path("ev-4")).then().statusCode(201).extract().path("id");
            fixtures.takeDown(UUID.fromString(id), "Spam");
            String before = fixtures.digest();
            integrator().body(upsert("PUBLISHED", event("Nedtagen igen"))).put(path("ev-4")).then().statusCode(403);
            TestTokens.as(owner, "member").body(upsert(event("Nedtagen igen"))).put(path("ev-4")).then().statusCode(403);
            integrator().delete(path("ev-4")).then().statusCode(403);
            assertEquals(before, fixtures.digest());
        }

        @Test
        @DisplayName("field errors name the path in the body (resource.title, resource.event.end); nothing is written")
        void badInput() {
            String before = fixtures.digest();
            Map<String, Object> bad = event("x");
            bad.put("title", Map.of("sv", " "));
            bad.put("event", Map.of("start", "2027-03-22T10:00:00", "end", "2027-03-21T10:00:00", "timeZone", "Europe/Stockholm"));
            integrator().body(upsert(bad)).put(path("ev-5")).then().statusCode(400)
                    .body("errors.field", hasItem("resource.title"))
                    .body("errors.field", everyItem(startsWith("resource.")));
            Map<String, Object> otherActor = event("x");
            otherActor.put("actorId", UUID.randomUUID().toString());
            integrator().body(upsert(otherActor)).put(path("ev-5")).then().statusCode(400).body("errors[0].field", equalTo("resource.actorId"));
            integrator().body(upsert(event("x"))).put("/api/v1/actors/" + actor + "/resources/by-external-id/" + "a%20b")
                    .then().statusCode(400).body("errors[0].field", equalTo("externalId"));
            integrator().body(upsert(event("x"))).put(path("x".repeat(201))).then().statusCode(400);
            assertEquals(before, fixtures.digest());
        }

        @Test
        @DisplayName("the actor's people other than owners and editors, other actors' integrators and anonymous callers may not upsert")
        void permissions() {
            String member = "upsert-member-" + UUID.randomUUID();
            fixtures.member(actor, member, MemberRole.MEMBER);
            UUID other = fixtures.actor("Annat bolag " + UUID.randomUUID(), ActorStatus.ACTIVE);
            String otherClient = clients.register(other);
            String before = fixtures.digest();
            TestTokens.as(member, "member").body(upsert(event("x"))).put(path("ev-6")).then().statusCode(403);
            TestTokens.asIntegrator(otherClient).body(upsert(event("x"))).put(path("ev-6")).then().statusCode(403);
            RestAssured.given().contentType("application/json").body(upsert(event("x"))).put(path("ev-6")).then().statusCode(401);
            assertEquals(before, fixtures.digest());
            TestTokens.as(owner, "member").body(upsert(event("x"))).put(path("ev-6")).then().statusCode(201);
        }

        @Test
        @DisplayName("two actors may use the same external id; each gets its own resource")
        void uniquePerActor() {
            UUID other = fixtures.actor("Tvillingbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
            String otherClient = clients.register(other);
            String mine = integrator().body(upsert(event("Min"))).put(path("shared-1")).then().statusCode(201).extract().path("id");
            Map<String, Object> theirs = event("Deras");
            theirs.put("actorId", other.toString());
            String theirsId = TestTokens.asIntegrator(otherClient).body(upsert(theirs))
                    .put("/api/v1/actors/" + other + "/resources/by-external-id/shared-1").then().statusCode(201).extract().path("id");
            assertTrue(!mine.equals(theirsId));
            assertEquals(2, sql.number("select count(*) from resource where external_id = 'shared-1' and actor_id in (?1, ?2)", actor, other));
        }

        @Test
        @DisplayName("two concurrent PUTs of one new external id end with one row: one 201, the other 200")
        void concurrentCreate() throws Exception {
            for (int round = 0; round < 3; round++) {
                String externalId = "race-" + round;
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
                                .body(upsert(event("Kapplöpning"))).put(path(externalId)).statusCode();
                    }));
                }
                List<Integer> statuses = puts.stream().map(CompletableFuture::join).sorted().toList();
                assertEquals(List.of(200, 201), statuses, "round " + round);
                assertEquals(1, rows(externalId));
            }
        }
    }

    @Nested
    @DisplayName("DELETE and GET by external id")
    class DeleteAndGet {

        @Test
        @DisplayName("DELETE archives (204), again is 204 and writes nothing; an unknown external id is 404")
        void deleteArchives() {
            String id = integrator().body(upsert("PUBLISHED", event("Arkiveras"))).put(path("del-1")).then().statusCode(201).extract().path("id");
            integrator().delete(path("del-1")).then().statusCode(204);
            integrator().get(path("del-1")).then().statusCode(200).body("status", equalTo("ARCHIVED"));
            RestAssured.given().get("/api/v1/resources/" + id).then().statusCode(404);
            String before = fixtures.digest();
            integrator().delete(path("del-1")).then().statusCode(204);
            assertEquals(before, fixtures.digest());
            integrator().delete(path("no-such-id")).then().statusCode(404);
            integrator().get(path("no-such-id")).then().statusCode(404);
        }

        @Test
        @DisplayName("GET by external id: the public sees a published one, not a draft")
        void publicRead() {
            integrator().body(upsert(event("Utkast"))).put(path("get-1")).then().statusCode(201);
            RestAssured.given().get(path("get-1")).then().statusCode(404);
            integrator().body(upsert("PUBLISHED", event("Utkast"))).put(path("get-1")).then().statusCode(200);
            RestAssured.given().get(path("get-1")).then().statusCode(200).body("externalId", equalTo("get-1"));
        }
    }

    @Nested
    @DisplayName("POST batch")
    class Batch {

        String batchPath() {
            return "/api/v1/actors/" + actor + "/resources/batch";
        }

        static Map<String, Object> item(String externalId, Map<String, Object> resource) {
            Map<String, Object> item = new HashMap<>();
            item.put("externalId", externalId);
            item.put("resource", resource);
            return item;
        }

        @Test
        @DisplayName("a bad item fails with its field paths (items[1].resource...); the others land, in order")
        void badItem() {
            Map<String, Object> bad = event("Dålig");
            bad.put("municipalityCode", "9999");
            bad.put("title", Map.of("sv", "x".repeat(301)));
            Map<String, Object> published = new HashMap<>(item("b-3", event("Tredje")));
            published.put("status", "PUBLISHED");
            Response response = integrator().body(Map.of("items", List.of(item("b-1", event("Första")), item("b-2", bad), published)))
                    .post(batchPath());
            response.then().statusCode(200)
                    .body("items.externalId", contains("b-1", "b-2", "b-3"))
                    .body("items.outcome", contains("created", "failed", "created"))
                    .body("items[1].id", nullValue())
                    .body("items[1].problem.status", equalTo(400))
                    .body("items[1].problem.errors.field", hasItem("items[1].resource.title.sv"))
                    .body("items[1].problem.errors.field", everyItem(startsWith("items[1].resource.")))
                    .body("items[0].problem", nullValue());
            assertEquals(1, rows("b-1"));
            assertEquals(0, rows("b-2"));
            assertEquals(1, rows("b-3"));
            integrator().get(path("b-3")).then().body("status", equalTo("PUBLISHED"))
                    .body("version", equalTo(response.<Integer>path("items[2].version")));

            // A service-level fault (not Bean Validation) is named the same way.
            Response again = integrator().body(Map.of("items", List.of(item("b-1", event("Första")), item("b-2", withMunicipality("9999")))))
                    .post(batchPath());
            again.then().statusCode(200).body("items.outcome", contains("unchanged", "failed"))
                    .body("items[1].problem.errors.field", contains("items[1].resource.municipalityCode"));
        }

        Map<String, Object> withMunicipality(String code) {
            Map<String, Object> r = event("Kommun");
            r.put("municipalityCode", code);
            return r;
        }

        @Test
        @DisplayName("created, updated and unchanged items in one batch")
        void outcomes() {
            integrator().body(upsert(event("A"))).put(path("o-1")).then().statusCode(201);
            integrator().body(upsert(event("B"))).put(path("o-2")).then().statusCode(201);
            integrator().body(Map.of("items", List.of(item("o-1", event("A")), item("o-2", event("B ändrad")), item("o-3", event("C")))))
                    .post(batchPath()).then().statusCode(200)
                    .body("items.outcome", contains("unchanged", "updated", "created"));
        }

        @Test
        @DisplayName("not a batch at all (no items, more than 500, an external id twice, a null item) is one 400 and writes nothing")
        void limits() {
            String before = fixtures.digest();
            integrator().body(Map.of("items", List.of())).post(batchPath()).then().statusCode(400).body("errors[0].field", equalTo("items"));
            List<Map<String, Object>> many = new ArrayList<>();
            for (int i = 0; i < 501; i++) {
                many.add(item("m-" + i, event("Många")));
            }
            integrator().body(Map.of("items", many)).post(batchPath()).then().statusCode(400).body("errors[0].field", equalTo("items"));
            integrator().body(Map.of("items", List.of(item("d-1", event("A")), item("d-2", event("B")), item("d-1", event("C")))))
                    .post(batchPath()).then().statusCode(400).body("errors[0].field", equalTo("items[2].externalId"))
                    .body("errors[0].code", equalTo("taken"));
            integrator().body("{\"items\": [" + "{\"externalId\": \"n-1\", \"resource\": 1}" + "]}").post(batchPath()).then().statusCode(400);
            assertEquals(before, fixtures.digest());
        }

        @Test
        @DisplayName("500 items are taken")
        void fiveHundred() {
            List<Map<String, Object>> many = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                Map<String, Object> r = new HashMap<>();
                r.put("kind", "MEETING_PLACE");
                r.put("actorId", actor.toString());
                r.put("title", Map.of("sv", "Mötesplats " + i));
                many.add(item("mp-" + i, r));
            }
            integrator().body(Map.of("items", many)).post(batchPath()).then().statusCode(200)
                    .body("items.outcome", everyItem(equalTo("created")));
            assertEquals(500, sql.number("select count(*) from resource where actor_id = ?1 and external_id like 'mp-%'", actor));
        }

        @Test
        @DisplayName("an item's resource.actorId must be the path's actor; that item fails with resource.actorId")
        void otherActorInItem() {
            Map<String, Object> r = event("Fel aktör");
            r.put("actorId", UUID.randomUUID().toString());
            integrator().body(Map.of("items", List.of(item("x-1", r)))).post(batchPath()).then().statusCode(200)
                    .body("items[0].outcome", equalTo("failed"))
                    .body("items[0].problem.errors[0].field", equalTo("items[0].resource.actorId"));
        }
    }
}
