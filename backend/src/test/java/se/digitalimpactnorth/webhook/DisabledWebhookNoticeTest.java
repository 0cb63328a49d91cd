package se.digitalimpactnorth.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * A webhook the delivery worker disabled is told to the actor's owners where they already look:
 * GET /api/v1/me/invitations counts it per owned actor (disabledWebhooks), apart from the
 * invitations in total.
 */
@QuarkusTest
class DisabledWebhookNoticeTest {

    @Inject
    Fixtures fixtures;

    @Inject
    WebhookFixtures webhooks;

    private UUID actor;
    private UUID other;
    private final String owner = "notice-owner-" + UUID.randomUUID();
    private final String editor = "notice-editor-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        actor = fixtures.actor("Aviseringsaktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        other = fixtures.actor("Annan aktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        fixtures.member(actor, editor, MemberRole.EDITOR);
        fixtures.member(other, owner, MemberRole.OWNER);
    }

    @Test
    @DisplayName("owners see their actor's disabled webhooks counted, apart from the invitations; editors do not; saving one again stops the count")
    void disabledWebhooksCounted() {
        UUID first = webhooks.subscription(actor, "http://127.0.0.1:9/in", "resource.published");
        UUID second = webhooks.subscription(actor, "http://127.0.0.1:9/other", "resource.published");
        webhooks.subscription(actor, "http://127.0.0.1:9/fine", "resource.published"); // stays ACTIVE: not counted
        webhooks.disabled(first, "The receiver answered 410 Gone");
        webhooks.disabled(second, "Deliveries failed for about a day");

        TestTokens.as(owner, "member").get("/api/v1/me/invitations").then().statusCode(200)
                .body("total", equalTo(0))
                .body("disabledWebhooks", equalTo(2))
                .body("actors", hasSize(2))
                .body("actors.find { it.actor.id == '" + actor + "' }.disabledWebhooks", equalTo(2))
                .body("actors.find { it.actor.id == '" + other + "' }.disabledWebhooks", equalTo(0));

        // An editor does not manage the actor's webhooks (owners do), so nothing is counted for them.
        TestTokens.as(editor, "member").get("/api/v1/me/invitations").then().statusCode(200)
                .body("total", equalTo(0)).body("disabledWebhooks", equalTo(0)).body("actors", hasSize(0));

        // Saving a disabled subscription (PUT) turns it back on, and it no longer counts.
        Response saved = TestTokens.as(owner, "member")
                .body(Map.of("url", "http://127.0.0.1:9/in", "eventTypes", List.of("resource.published")))
                .put("/api/v1/actors/" + actor + "/webhooks/" + first);
        assertEquals(200, saved.statusCode(), saved.asString());
        assertEquals("ACTIVE", saved.jsonPath().getString("status"));
        assertEquals(WebhookSubscription.Status.ACTIVE, webhooks.subscriptionRow(first).status);

        TestTokens.as(owner, "member").get("/api/v1/me/invitations").then().statusCode(200)
                .body("total", equalTo(0))
                .body("disabledWebhooks", equalTo(1))
                .body("actors.find { it.actor.id == '" + actor + "' }.disabledWebhooks", equalTo(1));
    }
}
