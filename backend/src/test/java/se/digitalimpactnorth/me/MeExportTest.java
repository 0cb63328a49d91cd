package se.digitalimpactnorth.me;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.apiclient.ApiClientFixtures;
import se.digitalimpactnorth.common.Sql;
import se.digitalimpactnorth.common.TestTokens;

/** GET /api/v1/me/export: everything stored about the caller, from every table that holds their subject. */
@QuarkusTest
class MeExportTest {

    @Inject
    GdprWorld world;

    @Inject
    Sql sql;

    @Inject
    Fixtures fixtures;

    @Inject
    ApiClientFixtures apiClients;

    @Test
    @DisplayName("GET /me/export is a JSON download named din-my-data-<date>.json, never cached")
    void download() {
        GdprWorld.Person p = world.person();
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        p.request().get("/api/v1/me/export").then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", matchesPattern("attachment; filename=\"din-my-data-\\d{4}-\\d{2}-\\d{2}\\.json\""))
                .header("Content-Disposition", containsString(today));
    }

    @Test
    @DisplayName("GET /me/export holds what each table holds about the person, and every audit entry of theirs")
    void complete() {
        GdprWorld.Person p = world.person();
        world.assertEveryColumnHolds(p.subject());

        JsonPath export = p.request().get("/api/v1/me/export").then().statusCode(200).extract().jsonPath();

        assertEquals(p.subject(), export.getString("subject"));
        assertEquals(p.name(), export.getString("profile.name"));
        assertEquals(p.email(), export.getString("profile.email"));

        Map<String, String> roles = export.<Map<String, String>>getList("memberships").stream()
                .collect(Collectors.toMap(m -> m.get("actorId"), m -> m.get("role")));
        assertEquals(Map.of(p.owned().toString(), "OWNER", p.joined().toString(), "MEMBER"), roles);

        Map<String, String> requests = export.<Map<String, String>>getList("joinRequests").stream()
                .collect(Collectors.toMap(r -> r.get("actorId"), r -> r.get("status")));
        assertEquals(Map.of(p.joined().toString(), "APPROVED", p.askedToJoin().toString(), "PENDING"), requests);
        assertTrue(export.getString("joinRequests.find { it.status == 'PENDING' }.message").contains("Får jag vara med?"));

        assertEquals(List.of(p.owned().toString()), export.getList("created.actors.id"));
        assertTrue(export.getString("created.actors[0].name").startsWith("Gdpr AB"));
        assertEquals(List.of(p.resource()), export.getList("created.resources.id"));
        assertTrue(export.getString("created.resources[0].name").startsWith("Gretas träff"));
        assertEquals(List.of(p.collaboration()), export.getList("created.collaborations.id"));

        assertEquals(List.of(p.apiClientId()), export.getList("apiClients.clientId"));
        assertEquals(p.name(), export.getString("apiClients[0].createdByName"));
        assertEquals(List.of(p.webhook().toString()), export.getList("webhooks.id"));
        assertEquals(List.of("resource.published"), export.getList("webhooks[0].eventTypes"));
        assertEquals(List.of(p.decidedRequest().toString()), export.getList("joinRequestsDecided.id"));
        assertEquals("APPROVED", export.getString("joinRequestsDecided[0].status"));
        assertEquals(Set.of("collaboration:invited", "collaboration:answered", "resource:answered"),
                export.<Map<String, String>>getList("invitations").stream().map(i -> i.get("objectType") + ":" + i.get("part"))
                        .collect(Collectors.toSet()));
        assertEquals(Set.of("resource:" + p.resource(), "collaboration:" + p.collaboration()),
                export.<Map<String, String>>getList("takedowns").stream().map(t -> t.get("objectType") + ":" + t.get("objectId"))
                        .collect(Collectors.toSet()));
        assertEquals(List.of(p.idempotencyKey()), export.getList("idempotencyKeys.key"));

        // Every audit entry of theirs, not a page of them; and the approval by the other actor's owner that names them.
        List<String> mine = world.auditIds(p.subject());
        assertEquals(Set.copyOf(mine), Set.copyOf(export.getList("auditEntries.id")));
        assertTrue(export.<String>getList("auditEntries.action").containsAll(List.of("actor.created", "resource.created",
                "collaboration.created", "api-client.created", "join-request.created", "join-request.approved")));
        assertEquals(List.of("join-request.approved"), export.getList("auditEntriesAboutYou.action"));
        assertEquals(p.joined().toString(), export.getString("auditEntriesAboutYou[0].objectId"));

        // Secrets are never part of it: neither the API client's nor the webhook's.
        String body = p.request().get("/api/v1/me/export").asString();
        assertFalse(body.contains("whsec_"), "the webhook's secret is in the export");
        assertFalse(body.contains("\"secret\""), "a secret is in the export");
    }

    @Test
    @DisplayName("GET /me/export of a person with nothing stored yet lists nothing, and names only them")
    void empty() {
        String subject = "gdpr-new-" + UUID.randomUUID();
        JsonPath export = TestTokens.as(subject, "member").get("/api/v1/me/export").then().statusCode(200).extract().jsonPath();
        assertEquals(subject, export.getString("subject"));
        assertNull(export.get("profile"));
        for (String list : List.of("memberships", "joinRequests", "apiClients", "webhooks", "joinRequestsDecided", "invitations",
                "takedowns", "idempotencyKeys", "auditEntries", "auditEntriesAboutYou", "created.actors", "created.resources",
                "created.collaborations")) {
            assertEquals(List.of(), export.getList(list), list);
        }
        assertEquals(0, sql.number("select count(*) from person where subject = ?1", subject), "an export must not write");
    }

    @Test
    @DisplayName("GET /me/export is a person's: an API client gets 403, nobody without a token 401")
    void notForClients() {
        UUID actor = fixtures.actor("Gdpr Integratör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        Response client = TestTokens.asIntegrator(apiClients.register(actor)).get("/api/v1/me/export");
        assertEquals(403, client.statusCode());
        assertEquals(401, TestTokens.as(null).get("/api/v1/me/export").statusCode());
    }
}
