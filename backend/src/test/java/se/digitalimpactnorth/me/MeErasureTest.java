package se.digitalimpactnorth.me;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.common.Sql;
import se.digitalimpactnorth.common.TestTokens;
import se.digitalimpactnorth.person.AccountDirectory;
import se.digitalimpactnorth.person.InMemoryAccountDirectory;

/** GET /api/v1/me/erasure and DELETE /api/v1/me: the plan, the confirmation, and the erasure itself. */
@QuarkusTest
class MeErasureTest {

    private static final String PSEUDONYM = "erased-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Inject
    GdprWorld world;

    @Inject
    Sql sql;

    @Inject
    Fixtures fixtures;

    @Inject
    ErasureConfirmations confirmations;

    @Inject
    AccountDirectory accounts;

    private InMemoryAccountDirectory keycloak() {
        return (InMemoryAccountDirectory) accounts;
    }

    @AfterEach
    void keycloakBack() {
        keycloak().reachable(true);
    }

    private String confirmation(GdprWorld.Person p) {
        return p.request().get("/api/v1/me/erasure").then().statusCode(200).body("possible", equalTo(true))
                .extract().path("confirmation");
    }

    @Nested
    @DisplayName("GET /me/erasure")
    class Plan {

        @Test
        @DisplayName("the only owner of an actor cannot erase: the actor blocks, no confirmation; memberships and pending requests are listed")
        void blocked() {
            GdprWorld.Person p = world.person();
            JsonPath plan = p.request().get("/api/v1/me/erasure").then().statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("possible", equalTo(false))
                    .body("confirmation", nullValue())
                    .body("confirmationExpiresAt", nullValue())
                    .body("pendingJoinRequests", equalTo(1))
                    .extract().jsonPath();
            assertEquals(List.of(p.owned().toString()), plan.getList("blockingActors.id"));
            assertTrue(plan.getString("blockingActors[0].name").startsWith("Gdpr AB"));
            assertEquals(sql.texts("select slug from actor where id = ?1", p.owned()), plan.getList("blockingActors.slug"));
            assertEquals(Map.of(p.owned().toString(), "OWNER", p.joined().toString(), "MEMBER"),
                    Map.of(plan.getString("memberships[0].actorId"), plan.getString("memberships[0].role"),
                            plan.getString("memberships[1].actorId"), plan.getString("memberships[1].role")));
        }

        @Test
        @DisplayName("with another owner beside them it is possible, with a confirmation valid for 10 minutes")
        void possible() {
            GdprWorld.Person p = world.person();
            world.coOwner(p);
            Instant before = Instant.now();
            JsonPath plan = p.request().get("/api/v1/me/erasure").then().statusCode(200)
                    .body("possible", equalTo(true))
                    .body("blockingActors", org.hamcrest.Matchers.empty())
                    .body("confirmation", notNullValue())
                    .extract().jsonPath();
            Instant expires = OffsetDateTime.parse(plan.getString("confirmationExpiresAt")).toInstant();
            assertTrue(!expires.isBefore(before.plus(Duration.ofMinutes(10)).minusSeconds(2))
                    && !expires.isAfter(Instant.now().plus(Duration.ofMinutes(10)).plusSeconds(1)), "expires at " + expires);
        }
    }

    @Nested
    @DisplayName("DELETE /me refused")
    class Refused {

        private void refused(GdprWorld.Person p, io.restassured.response.Response response, int status, String code) {
            assertEquals(status, response.statusCode(), response.asString());
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
            if (code != null) {
                assertEquals("confirmation", response.path("errors[0].field"));
                assertEquals(code, response.path("errors[0].code"));
            }
        }

        /** Runs the request and checks that it left the database, and Keycloak, as they were. */
        private io.restassured.response.Response unchanged(GdprWorld.Person p, java.util.function.Supplier<io.restassured.response.Response> call) {
            String before = fixtures.digest();
            Map<String, Long> references = world.references(p.subject());
            int deleted = keycloak().deleted().size();
            io.restassured.response.Response response = call.get();
            assertEquals(before, fixtures.digest(), "a refused erasure changed the database");
            assertEquals(references, world.references(p.subject()));
            assertEquals(deleted, keycloak().deleted().size(), "a refused erasure reached Keycloak");
            return response;
        }

        @Test
        @DisplayName("without a confirmation: 400, field error confirmation/required, nothing changed")
        void missing() {
            GdprWorld.Person p = world.person();
            world.coOwner(p);
            refused(p, unchanged(p, () -> p.request().delete("/api/v1/me")), 400, "required");
            refused(p, unchanged(p, () -> p.request().delete("/api/v1/me?confirmation=")), 400, "required");
        }

        @Test
        @DisplayName("a wrong, tampered, expired or another person's confirmation: 400 confirmation/invalid, nothing changed")
        void invalid() {
            GdprWorld.Person p = world.person();
            world.coOwner(p);
            String good = confirmation(p);
            String tampered = good.substring(0, good.length() - 1) + (good.endsWith("A") ? "B" : "A");
            String expired = QuarkusTransaction.requiringNew().call(() ->
                    confirmations.issue(p.subject(), Instant.now().minus(Duration.ofMinutes(11))).token());
            String farFuture = QuarkusTransaction.requiringNew().call(() ->
                    confirmations.issue(p.subject(), Instant.now().plus(Duration.ofDays(1))).token());
            GdprWorld.Person other = world.person();
            world.coOwner(other);
            String others = confirmation(other);
            for (String token : List.of("garbage", "1.2", tampered, expired, farFuture, others)) {
                refused(p, unchanged(p, () -> p.request().queryParam("confirmation", token).delete("/api/v1/me")), 400, "invalid");
            }
        }

        @Test
        @DisplayName("the only owner of an actor: 409 last-owner naming the actor (extension actors), nothing changed")
        void lastOwner() {
            GdprWorld.Person p = world.person();
            String coOwner = world.coOwner(p);
            String token = confirmation(p);
            // The other owner leaves between the plan and the erasure.
            TestTokens.as(coOwner, "member").delete("/api/v1/actors/" + p.owned() + "/members/" + coOwner).then().statusCode(204);
            String name = sql.texts("select name from actor where id = ?1", p.owned()).getFirst();
            io.restassured.response.Response response = unchanged(p, () -> p.request().queryParam("confirmation", token).delete("/api/v1/me"));
            refused(p, response, 409, null);
            response.then().body("type", equalTo("urn:din:problem:last-owner"))
                    .body("status", equalTo(409))
                    .body("detail", containsString(name))
                    .body("actors.id", contains(p.owned().toString()))
                    .body("actors.name", contains(name));
        }

        @Test
        @DisplayName("Keycloak cannot be reached: 503, and the database is as it was")
        void keycloakDown() {
            GdprWorld.Person p = world.person();
            world.coOwner(p);
            String token = confirmation(p);
            keycloak().reachable(false);
            io.restassured.response.Response response = unchanged(p, () -> p.request().queryParam("confirmation", token).delete("/api/v1/me"));
            refused(p, response, 503, null);
            assertFalse(keycloak().deleted().contains(p.subject()));
            // Once Keycloak is back, the same confirmation works.
            keycloak().reachable(true);
            p.request().queryParam("confirmation", token).delete("/api/v1/me").then().statusCode(204);
        }

        @Test
        @DisplayName("an API client has no account to erase: 403, nothing changed")
        void apiClient() {
            GdprWorld.Person p = world.person();
            String before = fixtures.digest();
            TestTokens.asIntegrator(p.apiClientId()).queryParam("confirmation", "x").delete("/api/v1/me").then().statusCode(403);
            TestTokens.asIntegrator(p.apiClientId()).get("/api/v1/me/erasure").then().statusCode(403);
            assertEquals(before, fixtures.digest());
        }
    }

    @Nested
    @DisplayName("DELETE /me done")
    class Erased {

        @Test
        @DisplayName("204: the person, memberships and join requests are gone; every other reference is one pseudonym; Keycloak deleted the account")
        void erased() {
            GdprWorld.Person p = world.person();
            String coOwner = world.coOwner(p);
            world.assertEveryColumnHolds(p.subject());
            List<String> auditIds = world.auditIds(p.subject());
            String approval = sql.texts("select id from audit_entry where object_id = ?1 and action = 'join-request.approved'",
                    p.joined().toString()).getFirst();
            long audits = sql.number("select count(*) from audit_entry");

            p.request().queryParam("confirmation", confirmation(p)).delete("/api/v1/me").then().statusCode(204);

            // Nothing holds the subject, nor (in audit summaries) the name or email.
            world.references(p.subject()).forEach((column, count) -> assertEquals(0L, count, column));
            assertEquals(0, world.summariesHolding(p.subject()));
            assertEquals(0, world.summariesHolding(p.email()));
            assertEquals(0, world.summariesHolding(p.name()));
            assertEquals(List.of(p.subject()), keycloak().deleted().stream().filter(p.subject()::equals).toList());

            // The facts stay, all under one pseudonym.
            List<String> pseudonyms = sql.texts("select distinct subject from audit_entry where id in (select unnest(cast(?1 as uuid[])))",
                    (Object) auditIds.toArray(String[]::new));
            assertEquals(1, pseudonyms.size(), pseudonyms.toString());
            String pseudonym = pseudonyms.getFirst();
            assertTrue(pseudonym.matches(PSEUDONYM), pseudonym);
            assertEquals(List.of(pseudonym), sql.texts("select summary ->> 'subject' from audit_entry where id = cast(?1 as uuid)", approval));
            assertEquals(List.of(pseudonym), sql.texts("select created_by_subject from api_client where client_id = ?1", p.apiClientId()));
            assertEquals(List.of("null"), sql.texts("select created_by_name from api_client where client_id = ?1", p.apiClientId()));
            assertEquals(List.of(pseudonym), sql.texts("select created_by from webhook_subscription where id = ?1", p.webhook()));
            assertEquals(List.of(pseudonym), sql.texts("select taken_down_by from resource where id = cast(?1 as uuid)", p.resource()));
            assertEquals(List.of(pseudonym), sql.texts("select answered_by from resource_co_organiser where resource_id = cast(?1 as uuid)",
                    p.resource()));
            assertEquals(List.of(pseudonym + "/" + pseudonym), sql.texts(
                    "select invited_by || '/' || answered_by from collaboration_participant where collaboration_id = cast(?1 as uuid)",
                    p.collaboration()));
            assertEquals(List.of("null"), sql.texts("select decided_by from join_request where id = ?1", p.decidedRequest()));
            assertEquals(List.of("APPROVED"), sql.texts("select status from join_request where id = ?1", p.decidedRequest()));

            // The erasure is audited, as are the memberships it ended; nothing was lost from the trail.
            assertEquals(List.of(pseudonym), sql.texts("select subject from audit_entry where action = 'person.erased' and object_id = ?1",
                    pseudonym));
            assertEquals(2, sql.number("select count(*) from audit_entry where action = 'member.left' and subject = ?1", pseudonym));
            assertEquals(audits + 3, sql.number("select count(*) from audit_entry"));

            // What they made stays, with the actor's other owner.
            assertEquals(1, sql.number("select count(*) from actor where id = ?1", p.owned()));
            assertEquals(List.of(coOwner), sql.texts("select subject from membership where actor_id = ?1 and role = 'OWNER'", p.owned()));
            assertEquals(1, sql.number("select count(*) from resource where id = cast(?1 as uuid)", p.resource()));
        }

        @Test
        @DisplayName("the same person signing in again gets a fresh, empty profile")
        void signsInAgain() {
            GdprWorld.Person p = world.person();
            world.coOwner(p);
            p.request().queryParam("confirmation", confirmation(p)).delete("/api/v1/me").then().statusCode(204);

            p.request().get("/api/v1/me").then().statusCode(200)
                    .body("subject", equalTo(p.subject()))
                    .body("memberships", org.hamcrest.Matchers.empty())
                    .body("joinRequests", org.hamcrest.Matchers.empty());
            JsonPath export = p.request().get("/api/v1/me/export").then().statusCode(200).extract().jsonPath();
            assertEquals(p.name(), export.getString("profile.name"));
            for (String list : List.of("memberships", "joinRequests", "apiClients", "webhooks", "joinRequestsDecided", "invitations",
                    "takedowns", "idempotencyKeys", "auditEntries", "auditEntriesAboutYou", "created.actors", "created.resources")) {
                assertEquals(List.of(), export.getList(list), list);
            }
            p.request().get("/api/v1/me/audit").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        }

        @Test
        @DisplayName("a confirmation is spent: after the erasure the same one gets 400 and changes nothing")
        void twice() {
            GdprWorld.Person p = world.person();
            world.coOwner(p);
            String token = confirmation(p);
            p.request().queryParam("confirmation", token).delete("/api/v1/me").then().statusCode(204);
            String before = fixtures.digest();
            int deleted = keycloak().deleted().size();
            p.request().queryParam("confirmation", token).delete("/api/v1/me").then().statusCode(400)
                    .body("errors[0].code", equalTo("invalid"));
            assertEquals(before, fixtures.digest());
            assertEquals(deleted, keycloak().deleted().size());
        }
    }

    @Test
    @DisplayName("GET /me/erasure names the actors of the memberships that end")
    void planNamesActors() {
        GdprWorld.Person p = world.person();
        p.request().get("/api/v1/me/erasure").then().statusCode(200)
                .body("memberships.actorName", hasItems(org.hamcrest.Matchers.startsWith("Gdpr AB"), org.hamcrest.Matchers.startsWith("Gdpr Nätverk")));
    }
}
