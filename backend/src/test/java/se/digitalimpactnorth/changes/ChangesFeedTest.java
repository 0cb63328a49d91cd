package se.digitalimpactnorth.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.digitalimpactnorth.changes.ChangeFeedReader.about;
import static se.digitalimpactnorth.changes.ChangeFeedReader.line;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.collaboration.CollaborationFixtures;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;
import se.digitalimpactnorth.resource.ResourceStatus;

/**
 * GET /api/v1/changes: what enters, changes in and leaves public view, each tombstone's reason,
 * cursors (bad ones, old ones, and one used again later) and retention. The writes go straight
 * to the database where that is shortest: the triggers at commit are what records changes, so
 * any writer (the API, a fixture, SQL) is recorded the same way.
 */
@QuarkusTest
class ChangesFeedTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    @Inject
    ChangeLog changeLog;

    @Inject
    ChangeRetention retention;

    @Inject
    AgroalDataSource db;

    @Test
    @DisplayName("a resource's life: drafts say nothing; publish is a first publication; edits upsert; archive, unpublish, takedown and delete are tombstones with their reason")
    void resource_life() {
        UUID actor = fixtures.actor("Flödesaktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        ChangeFeedReader reader = ChangeFeedReader.atEnd();
        String start = reader.cursor;
        UUID r = fixtures.resource(actor, ResourceStatus.DRAFT, null);
        sql("update resource set title_sv = 'Utkast 2', version = version + 1 where id = ?", r);
        assertEquals(List.of(), about(reader.poll(), Set.of(r)), "a draft never public is not public data");

        sql("update resource set status = 'PUBLISHED', version = version + 1 where id = ?", r);
        sql("update resource set title_sv = 'Publicerad', version = version + 1 where id = ?", r);
        sql("insert into resource_sdg (resource_id, sdg) values (?, 9)", r);
        sql("update resource set status = 'ARCHIVED', version = version + 1 where id = ?", r);
        sql("update resource set title_sv = 'Arkiverad och ändrad', version = version + 1 where id = ?", r);
        sql("update resource set status = 'PUBLISHED', version = version + 1 where id = ?", r);
        sql("update resource set status = 'DRAFT', version = version + 1 where id = ?", r);
        sql("update resource set status = 'PUBLISHED', version = version + 1 where id = ?", r);
        fixtures.takeDown(r, "Spam");
        sql("update resource set taken_down_at = null, takedown_reason = null, taken_down_by = null where id = ?", r);
        sql("delete from resource where id = ?", r);

        assertEquals(List.of(
                "resource upsert " + r + " v2",
                "resource upsert " + r + " v3",
                "resource upsert " + r + " v3", // an SDG added: the row's version did not move, the data did
                "resource delete " + r + " v4 archived",
                "resource upsert " + r + " v6",
                "resource delete " + r + " v7 unpublished",
                "resource upsert " + r + " v8",
                "resource delete " + r + " v8 taken-down",
                "resource upsert " + r + " v8",
                "resource delete " + r + " v8 deleted"),
                about(reader.poll(), Set.of(r)).stream().map(ChangeFeedReader::line).toList());

        // The Java API others build on says more: who it belongs to and whether it is a first publication.
        List<Change> read = changeLog.read(start, EnumSet.of(ChangeType.RESOURCE), 1000).items().stream()
                .filter(c -> c.id().equals(r)).toList();
        assertEquals(List.of(true, false, false, false, false, false, false, false, false, false),
                read.stream().map(Change::firstPublication).toList());
        assertTrue(read.stream().allMatch(c -> c.actorId().equals(actor)));
    }

    @Test
    @DisplayName("an actor's suspension is a tombstone for it and for everything of it that was public; reinstating upserts them again")
    void suspension_and_reinstatement() {
        UUID actor = fixtures.actor("Avstängd " + UUID.randomUUID(), ActorStatus.ACTIVE);
        UUID partner = fixtures.actor("Partner " + UUID.randomUUID(), ActorStatus.ACTIVE);
        UUID published = fixtures.resource(actor, ResourceStatus.PUBLISHED, null);
        UUID draft = fixtures.resource(actor, ResourceStatus.DRAFT, null);
        UUID led = collaborations.collaboration(actor, "Ledd", CollaborationFixtures.Spec.published());
        collaborations.participant(led, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        ChangeFeedReader reader = ChangeFeedReader.atEnd();

        fixtures.setStatus(actor, ActorStatus.SUSPENDED);
        List<String> suspended = about(reader.poll(), Set.of(actor, published, draft, led)).stream()
                .map(i -> i.get("type") + " " + i.get("change") + " " + i.get("id") + " " + i.get("reason")).sorted().toList();
        assertEquals(List.of(
                "actor delete " + actor + " suspended",
                "collaboration delete " + led + " lead-not-active",
                "resource delete " + published + " publisher-not-active").stream().sorted().toList(), suspended);

        fixtures.setStatus(actor, ActorStatus.ACTIVE);
        List<String> reinstated = about(reader.poll(), Set.of(actor, published, draft, led)).stream()
                .map(i -> i.get("type") + " " + i.get("change") + " " + i.get("id")).sorted().toList();
        assertEquals(List.of(
                "actor upsert " + actor,
                "collaboration upsert " + led,
                "resource upsert " + published).stream().sorted().toList(), reinstated);
    }

    @Test
    @DisplayName("a collaboration leaves public view when archived, unpublished, taken down, when it loses its second participant, or is deleted")
    void collaboration_tombstones() {
        UUID lead = collaborations.actor("Lead " + UUID.randomUUID(), ActorKind.UNIVERSITY, null);
        UUID partner = collaborations.actor("Partner " + UUID.randomUUID(), ActorKind.COMPANY, null);
        UUID c = collaborations.collaboration(lead, "Samverkan", CollaborationFixtures.Spec.published());
        ChangeFeedReader reader = ChangeFeedReader.atEnd();
        assertEquals(List.of(), about(reader.poll(), Set.of(c)), "one participant: not public yet");

        collaborations.participant(c, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        sql("update collaboration_participant set status = 'LEFT' where collaboration_id = ? and role = 'PARTNER'", c);
        sql("update collaboration_participant set status = 'ACCEPTED' where collaboration_id = ? and role = 'PARTNER'", c);
        sql("update actor set status = 'SUSPENDED' where id = ?", partner);
        sql("update actor set status = 'ACTIVE' where id = ?", partner);
        sql("update collaboration set publication = 'ARCHIVED', version = version + 1 where id = ?", c);
        sql("update collaboration set publication = 'PUBLISHED', version = version + 1 where id = ?", c);
        sql("update collaboration set publication = 'DRAFT', version = version + 1 where id = ?", c);
        sql("update collaboration set publication = 'PUBLISHED', version = version + 1 where id = ?", c);
        collaborations.takeDown(c, "Spam");
        sql("update collaboration set taken_down_at = null, takedown_reason = null, taken_down_by = null where id = ?", c);
        sql("delete from collaboration where id = ?", c);

        assertEquals(List.of("upsert null", "delete too-few-participants", "upsert null",
                "delete too-few-participants", "upsert null", // a partner's suspension and reinstatement
                "delete archived", "upsert null", "delete unpublished", "upsert null", "delete taken-down", "upsert null",
                "delete deleted"),
                about(reader.poll(), Set.of(c)).stream().map(i -> i.get("change") + " " + i.get("reason")).toList());
    }

    @Test
    @DisplayName("types filters; the cursor of one request works in a later one, on any replica (it is all in the database)")
    void types_and_a_cursor_used_later() {
        UUID actor = fixtures.actor("Typer " + UUID.randomUUID(), ActorStatus.ACTIVE);
        ChangeFeedReader reader = ChangeFeedReader.atEnd();
        String saved = reader.cursor;
        UUID r = fixtures.resource(actor, ResourceStatus.PUBLISHED, null);
        sql("update actor set name = 'Typer, omdöpt', version = version + 1 where id = ?", actor);

        given().queryParam("since", saved).queryParam("types", "resource").get("/api/v1/changes").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(r.toString()))
                .body("items.type", org.hamcrest.Matchers.everyItem(equalTo("resource")));
        given().queryParam("since", saved).queryParam("types", "ACTOR, collaboration").get("/api/v1/changes").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(actor.toString()))
                .body("items.type", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(equalTo("resource"))));

        // Page by page with limit=1, from the saved cursor, gives what one read gives.
        List<String> whole = about(given().queryParam("since", saved).queryParam("limit", 1000).get("/api/v1/changes")
                .then().extract().jsonPath().getList("items"), Set.of(r, actor)).stream().map(ChangeFeedReader::line).toList();
        String cursor = saved;
        List<String> paged = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            var page = given().queryParam("since", cursor).queryParam("limit", 1).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            paged.addAll(about(items, Set.of(r, actor)).stream().map(ChangeFeedReader::line).toList());
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }
        assertEquals(List.of("resource upsert " + r + " v0", "actor upsert " + actor + " v1"), whole);
        assertEquals(whole, paged);
        // Polling at the end: no items, the same cursor back, so a client keeps it.
        given().queryParam("since", cursor).get("/api/v1/changes").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()).body("hasMore", equalTo(false)).body("nextCursor", equalTo(cursor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "YzEuMS4x=", "c1.1.1", "Yy4xLjE", "YzEuOTk5OTk5OTk5OTk5OS4x", "YzEuMDEuMQ", "YzEuLTEuMQ"})
    @DisplayName("a cursor this API did not give out is a 400 problem on since")
    void bad_cursor(String since) {
        given().queryParam("since", since).get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:validation"))
                .body("errors[0].field", equalTo("since")).body("errors[0].code", equalTo("invalid-format"));
    }

    @Test
    @DisplayName("a cursor beyond the log (made up, well formed) is a 400, not an empty page")
    void made_up_cursor() {
        String ahead = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("c1.9000000000000000.1".getBytes(StandardCharsets.US_ASCII));
        given().queryParam("since", ahead).get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"types=resources", "types=resource;actor", "types=resource,,actor", "limit=0", "limit=1001", "limit=ten"})
    @DisplayName("bad types and limits are 400 problems naming the parameter")
    void bad_parameters(String query) {
        String name = query.substring(0, query.indexOf('='));
        given().get("/api/v1/changes?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(name));
    }

    @Test
    @DisplayName("after pruning, a cursor older than the horizon is 410 (resync); the newest cursor and no cursor still work")
    void gone_after_pruning() throws InterruptedException {
        UUID actor = fixtures.actor("Gammal " + UUID.randomUUID(), ActorStatus.ACTIVE);
        ChangeFeedReader reader = ChangeFeedReader.atEnd();
        String old = reader.cursor;
        UUID r = fixtures.resource(actor, ResourceStatus.PUBLISHED, null);
        assertEquals(1, about(reader.poll(), Set.of(r)).size());
        String current = reader.cursor;
        Thread.sleep(50);

        assertTrue(retention.prune(Duration.ofMillis(10)) > 0);

        given().queryParam("since", old).get("/api/v1/changes").then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:gone"))
                .body("detail", org.hamcrest.Matchers.containsString("Resync"));
        given().queryParam("since", current).get("/api/v1/changes").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        String fromStart = given().get("/api/v1/changes").then().statusCode(200)
                .body("hasMore", equalTo(false)).extract().path("nextCursor");
        assertEquals(0, count("select count(*) from change_log c, change_log_horizon h where (c.pos_xid, c.seq) <= (h.pos_xid, h.seq)"));
        assertEquals(0, count("select count(*) from change_log where entity_id = '" + r + "'"), "the pruned change is gone");
        assertFalse(fromStart.isEmpty());
        assertEquals(1, count("select count(*) from change_log_horizon where pruned_at is not null"));
    }

    @Test
    @DisplayName("the feed is public: anonymous callers read it, and it answers JSON with reason null for upserts")
    void anonymous_reads() {
        UUID actor = fixtures.actor("Anonym " + UUID.randomUUID(), ActorStatus.ACTIVE);
        ChangeFeedReader reader = ChangeFeedReader.atEnd();
        UUID r = fixtures.resource(actor, ResourceStatus.PUBLISHED, null);
        List<Map<String, Object>> mine = about(reader.poll(), Set.of(r));
        assertEquals(1, mine.size());
        assertEquals(null, mine.get(0).get("reason"));
        given().queryParam("limit", 1).get("/api/v1/changes").then().statusCode(200)
                .body("nextCursor", org.hamcrest.Matchers.notNullValue()).body("items[0].reason", nullValue());
    }

    private void sql(String statement, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String query) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(query); var rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
