package se.digitalimpactnorth.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.collaboration.ParticipantFixtures;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;
import se.digitalimpactnorth.collaboration.Publication;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Where events come from: the change log (resource and collaboration events, read by the follower)
 * and invitations (stored in the inviting request's own transaction). Subscriptions point at a
 * closed port on 127.0.0.1; these tests look at the stored deliveries and never send them.
 */
@QuarkusTest
class WebhookEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOWHERE = "http://127.0.0.1:9/hooks";

    @Inject
    Fixtures fixtures;

    @Inject
    ParticipantFixtures collaborations;

    @Inject
    WebhookFixtures webhooks;

    @Inject
    ChangeFollower follower;

    private UUID actorOwnedBy(String owner) {
        UUID actor = fixtures.actor("Händelser " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        return actor;
    }

    private UUID subscribe(String owner, UUID actor, String... types) {
        Response r = TestTokens.as(owner, "member").body(Map.of("url", NOWHERE, "eventTypes", List.of(types)))
                .post("/api/v1/actors/" + actor + "/webhooks");
        assertEquals(201, r.statusCode(), r.asString());
        return UUID.fromString(r.jsonPath().getString("webhook.id"));
    }

    /** Follows the change log to its end (other tests' changes included). */
    private void followAll() {
        while (follower.follow() > 0) {
            // keep reading
        }
    }

    private static JsonNode payload(WebhookDelivery d) throws Exception {
        return JSON.readTree(d.payload);
    }

    @Test
    @DisplayName("publishing and archiving a resource reach the publisher's subscription as resource.published and resource.archived")
    void resource_events_from_the_change_log() throws Exception {
        String owner = "ev-owner-" + UUID.randomUUID();
        UUID actor = actorOwnedBy(owner);
        UUID webhook = subscribe(owner, actor, "resource.published", "resource.updated", "resource.archived");
        followAll();
        assertEquals(List.of(), webhooks.deliveries(webhook), "nothing from before the subscription");

        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MEETING_PLACE");
        body.put("actorId", actor.toString());
        body.put("title", Map.of("sv", "Webhookrummet"));
        String id = TestTokens.as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
        followAll();
        assertEquals(List.of(), webhooks.deliveries(webhook), "a draft is not public: no event");

        TestTokens.as(owner, "member").post("/api/v1/resources/" + id + "/publish").then().statusCode(200);
        followAll();
        List<WebhookDelivery> found = webhooks.deliveries(webhook);
        assertEquals(List.of("resource.published"), found.stream().map(d -> d.eventType).toList());
        JsonNode published = payload(found.getFirst());
        assertEquals("resource.published", published.path("type").asText());
        assertEquals(id, published.path("data").path("id").asText());
        assertEquals(actor.toString(), published.path("data").path("actorId").asText());
        assertTrue(published.path("data").path("version").isNumber());
        assertTrue(published.path("data").path("url").asText().endsWith("/api/v1/resources/" + id));

        TestTokens.as(owner, "member").post("/api/v1/resources/" + id + "/archive").then().statusCode(200);
        followAll();
        found = webhooks.deliveries(webhook);
        assertEquals(List.of("resource.published", "resource.archived"), found.stream().map(d -> d.eventType).toList());
        assertEquals(id, payload(found.get(1)).path("data").path("id").asText());

        followAll();
        assertEquals(2, webhooks.deliveries(webhook).size(), "following again stores nothing twice");
    }

    @Test
    @DisplayName("an item upserted by external id carries that id in its events, so the partner's system maps it without a lookup")
    void events_carry_the_external_id() throws Exception {
        String owner = "ev-ext-owner-" + UUID.randomUUID();
        UUID actor = actorOwnedBy(owner);
        UUID webhook = subscribe(owner, actor, "resource.published");
        followAll();
        Map<String, Object> resource = new HashMap<>();
        resource.put("kind", "MEETING_PLACE");
        resource.put("actorId", actor.toString());
        resource.put("title", Map.of("sv", "Synkat rum"));
        TestTokens.as(owner, "member").body(Map.of("status", "PUBLISHED", "resource", resource))
                .put("/api/v1/actors/" + actor + "/resources/by-external-id/crm-4711").then().statusCode(201);
        followAll();
        List<WebhookDelivery> found = webhooks.deliveries(webhook);
        assertEquals(List.of("resource.published"), found.stream().map(d -> d.eventType).toList());
        assertEquals("crm-4711", payload(found.getFirst()).path("data").path("externalId").asText());
    }

    @Test
    @DisplayName("a collaboration's events go to every accepted participant's subscriptions, not to an invited actor's")
    void collaboration_events_go_to_participants() {
        String leadOwner = "ev-lead-" + UUID.randomUUID();
        String partnerOwner = "ev-partner-" + UUID.randomUUID();
        String invitedOwner = "ev-invited-" + UUID.randomUUID();
        UUID lead = actorOwnedBy(leadOwner);
        UUID partner = actorOwnedBy(partnerOwner);
        UUID invited = actorOwnedBy(invitedOwner);
        UUID leadHook = subscribe(leadOwner, lead, "collaboration.published", "collaboration.updated");
        UUID partnerHook = subscribe(partnerOwner, partner, "collaboration.published", "collaboration.updated");
        UUID invitedHook = subscribe(invitedOwner, invited, "collaboration.published", "collaboration.updated");
        followAll();

        UUID collaboration = collaborations.collaboration(lead, Publication.PUBLISHED);
        collaborations.participant(collaboration, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        collaborations.participant(collaboration, invited, ParticipantRole.ASSOCIATE, ParticipantStatus.INVITED);
        followAll();

        for (UUID hook : List.of(leadHook, partnerHook)) {
            List<WebhookDelivery> found = webhooks.deliveries(hook);
            assertTrue(found.stream().anyMatch(d -> d.eventType.startsWith("collaboration.") && d.payload.contains(collaboration.toString())),
                    "participant's subscription got the collaboration's event: " + found.stream().map(d -> d.eventType).toList());
        }
        assertEquals(List.of(), webhooks.deliveries(invitedHook).stream().map(d -> d.eventType).toList());
    }

    @Test
    @DisplayName("inviting an actor to a collaboration stores invitation.received for it in the same request")
    void collaboration_invitation() throws Exception {
        String leadOwner = "inv-lead-" + UUID.randomUUID();
        String invitedOwner = "inv-invited-" + UUID.randomUUID();
        UUID lead = actorOwnedBy(leadOwner);
        UUID invited = actorOwnedBy(invitedOwner);
        UUID partner = actorOwnedBy("inv-partner-" + UUID.randomUUID());
        UUID webhook = subscribe(invitedOwner, invited, "invitation.received");
        UUID leadHook = subscribe(leadOwner, lead, "invitation.received");
        UUID collaboration = collaborations.collaboration(lead, Publication.PUBLISHED);
        collaborations.participant(collaboration, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);

        TestTokens.as(leadOwner, "member").body(Map.of("actorId", invited.toString(), "role", "PARTNER"))
                .post("/api/v1/collaborations/" + collaboration + "/participants").then().statusCode(201);

        List<WebhookDelivery> found = webhooks.deliveries(webhook);
        assertEquals(List.of("invitation.received"), found.stream().map(d -> d.eventType).toList());
        JsonNode data = payload(found.getFirst()).path("data");
        assertEquals(collaboration.toString(), data.path("id").asText());
        assertEquals(invited.toString(), data.path("actorId").asText());
        assertEquals("collaboration", data.path("kind").asText());
        assertEquals(lead.toString(), data.path("fromActorId").asText());
        assertEquals(List.of(), webhooks.deliveries(leadHook), "the inviting actor is not told");
    }

    @Test
    @DisplayName("naming a co-organiser stores invitation.received for it; a refused request stores nothing")
    void co_organiser_invitation() throws Exception {
        String owner = "inv-publisher-" + UUID.randomUUID();
        String coOwner = "inv-co-" + UUID.randomUUID();
        UUID publisher = actorOwnedBy(owner);
        UUID co = actorOwnedBy(coOwner);
        UUID webhook = subscribe(coOwner, co, "invitation.received");

        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MEETING_PLACE");
        body.put("actorId", publisher.toString());
        body.put("title", Map.of("sv", "Gemensamt rum"));
        body.put("coOrganiserIds", List.of(co.toString()));
        TestTokens.as("inv-stranger-" + UUID.randomUUID(), "member").body(body).post("/api/v1/resources").then().statusCode(403);
        assertEquals(List.of(), webhooks.deliveries(webhook));

        String id = TestTokens.as(owner, "member").body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
        List<WebhookDelivery> found = webhooks.deliveries(webhook);
        assertEquals(1, found.size());
        JsonNode data = payload(found.getFirst()).path("data");
        assertEquals(id, data.path("id").asText());
        assertEquals("resource", data.path("kind").asText());
        assertEquals(publisher.toString(), data.path("fromActorId").asText());
    }
}
