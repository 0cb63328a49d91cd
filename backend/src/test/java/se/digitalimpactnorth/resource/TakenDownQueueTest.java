package se.digitalimpactnorth.resource;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * The moderators' queue of taken-down resources: every actor's, the latest takedown first, each
 * with its reason, time and publisher; a restore takes it off; nobody but moderators reads it.
 */
@QuarkusTest
class TakenDownQueueTest {

    static final String QUEUE = "/api/v1/moderation/taken-down-resources";

    @Inject
    Fixtures fixtures;

    UUID first;
    UUID second;
    UUID third;
    UUID untouched;
    UUID actorA;
    UUID actorB;
    String ownerA;

    static RequestSpecification moderator() {
        return TestTokens.as("queue-moderator", "member", "moderator");
    }

    /** Three resources of two actors taken down in turn (one a draft), and one left alone. */
    @BeforeEach
    void takeDownThree() {
        actorA = fixtures.actor("Kön A " + UUID.randomUUID(), ActorStatus.ACTIVE);
        actorB = fixtures.actor("Kön B " + UUID.randomUUID(), ActorStatus.ACTIVE);
        ownerA = "queue-owner-" + UUID.randomUUID();
        fixtures.member(actorA, ownerA, MemberRole.OWNER);
        first = fixtures.resource(actorA, ResourceStatus.PUBLISHED, null);
        second = fixtures.resource(actorB, ResourceStatus.DRAFT, null);
        third = fixtures.resource(actorA, ResourceStatus.PUBLISHED, null);
        untouched = fixtures.resource(actorB, ResourceStatus.PUBLISHED, null);
        takeDown(first, "Första skälet");
        takeDown(second, "Andra skälet");
        takeDown(third, "Tredje skälet");
    }

    static void takeDown(UUID id, String reason) {
        moderator().body(Map.of("reason", reason)).post("/api/v1/resources/" + id + "/takedown").then().statusCode(200);
    }

    /** The queue's first page; this test's takedowns are the latest, so they lead it. */
    static JsonPath queue(RequestSpecification as) {
        return as.queryParam("limit", 100).get(QUEUE).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void moderators_see_every_actors_takedowns_latest_first_with_reason_time_and_publisher() {
        JsonPath page = queue(moderator());
        assertEquals(List.of(third.toString(), second.toString(), first.toString()), page.getList("items.id").subList(0, 3));
        assertEquals("Tredje skälet", page.getString("items[0].takedownReason"));
        assertEquals(actorA.toString(), page.getString("items[0].actor.id"));
        assertEquals("PUBLISHED", page.getString("items[0].status"));
        assertEquals("Andra skälet", page.getString("items[1].takedownReason"));
        assertEquals(actorB.toString(), page.getString("items[1].actor.id"));
        assertEquals("DRAFT", page.getString("items[1].status"), "a draft taken down is listed as its editors left it");
        assertEquals("Fixturrum", page.getString("items[2].title.sv"));
        OffsetDateTime latest = OffsetDateTime.parse(page.getString("items[0].takenDownAt"));
        OffsetDateTime earlier = OffsetDateTime.parse(page.getString("items[1].takenDownAt"));
        assertFalse(latest.isBefore(earlier), "newest takedown first");
        assertFalse(page.getList("items.id").contains(untouched.toString()), "what is not taken down is not in the queue");

        // Admins moderate too.
        assertEquals(third.toString(), queue(TestTokens.as("queue-admin", "member", "admin")).getString("items[0].id"));
    }

    @Test
    void the_queue_pages_by_cursor() {
        JsonPath one = moderator().queryParam("limit", 1).get(QUEUE).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(third.toString()), one.getList("items.id"));
        String cursor = one.getString("nextCursor");
        assertNotNull(cursor);
        JsonPath two = moderator().queryParam("limit", 2).queryParam("cursor", cursor).get(QUEUE)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(second.toString(), first.toString()), two.getList("items.id"));

        moderator().queryParam("limit", 0).get(QUEUE).then().statusCode(400);
        moderator().queryParam("cursor", "not-a-cursor").get(QUEUE).then().statusCode(400);
    }

    @Test
    void a_restore_takes_it_off_the_queue() {
        moderator().post("/api/v1/resources/" + third + "/restore").then().statusCode(200);

        JsonPath page = queue(moderator());
        assertFalse(page.getList("items.id").contains(third.toString()));
        assertEquals(List.of(second.toString(), first.toString()), page.getList("items.id").subList(0, 2));
    }

    @Test
    void members_and_the_anonymous_are_refused_and_nothing_changes() {
        String before = fixtures.digest();

        RestAssured.given().get(QUEUE).then().statusCode(401);
        // Not even the owner of the publisher whose resource is in it: the queue spans every actor.
        TestTokens.as(ownerA, "member").get(QUEUE).then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        TestTokens.as("queue-member-" + UUID.randomUUID(), "member").get(QUEUE).then().statusCode(403);

        assertEquals(before, fixtures.digest());
        assertEquals(List.of(third.toString(), second.toString(), first.toString()), queue(moderator()).getList("items.id").subList(0, 3));
    }
}
