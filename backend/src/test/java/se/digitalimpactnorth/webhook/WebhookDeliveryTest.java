package se.digitalimpactnorth.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Deliveries end to end inside the API: stored, claimed by the worker, signed and sent to a
 * receiver on 127.0.0.1 (allowed by the test configuration), then logged. Signatures are checked
 * with an implementation written here, not with {@link WebhookSigner}. Nothing connects anywhere
 * but loopback: refusals are of literal addresses, decided before any connection.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Inject
    WebhookFixtures webhooks;

    @Inject
    DeliveryWorker worker;

    @Inject
    WebhookSender sender;

    private Receiver receiver;
    private UUID actor;
    private final String owner = "wh-owner-" + UUID.randomUUID();

    @BeforeEach
    void setUp() throws Exception {
        receiver = new Receiver("127.0.0.1");
        actor = fixtures.actor("Webhookaktör " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        drain();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    /** Sends whatever other tests left due, so each test counts only its own requests. */
    private void drain() {
        while (worker.sendDue() > 0) {
            // keep going
        }
    }

    private JsonNode subscribe(String url, String... types) throws Exception {
        Response r = TestTokens.as(owner, "member").body(Map.of("url", url, "eventTypes", List.of(types), "description", "Kalendern"))
                .post("/api/v1/actors/" + actor + "/webhooks");
        assertEquals(201, r.statusCode(), r.asString());
        return JSON.readTree(r.asString());
    }

    private Map<String, Object> resourceData(UUID id) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("actorId", actor);
        data.put("version", 3);
        data.put("url", "http://localhost/api/v1/resources/" + id);
        return data;
    }

    // --- an independent Standard Webhooks verifier: plain javax.crypto, nothing from the code under test ---

    private static String hmac(String secret, String id, String timestamp, String body) throws Exception {
        assertTrue(secret.startsWith("whsec_"), secret);
        byte[] key = Base64.getDecoder().decode(secret.substring(6));
        assertTrue(key.length >= 24 && key.length <= 64, "secret of " + key.length + " bytes");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    /** True when one of the header's space-separated {@code v1,<sig>} entries is this secret's signature. */
    private static boolean verifies(String secret, Receiver.Received r) throws Exception {
        String expected = hmac(secret, r.headers().get("webhook-id"), r.headers().get("webhook-timestamp"), r.body());
        for (String entry : r.headers().get("webhook-signature").split(" ")) {
            String[] parts = entry.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("a stored event is sent once, signed as Standard Webhooks says, and logged as succeeded")
    void signed_delivery() throws Exception {
        JsonNode created = subscribe(receiver.url("/hooks/din?src=test"), "resource.published");
        String secret = created.path("secret").asText();
        UUID webhook = UUID.fromString(created.path("webhook").path("id").asText());
        UUID resource = UUID.randomUUID();

        assertEquals(1, webhooks.publish("resource.published", actor, resourceData(resource)));
        assertEquals(0, webhooks.publish("resource.archived", actor, resourceData(resource)), "not subscribed to archived");
        drain();

        assertEquals(1, receiver.requests.size());
        Receiver.Received r = receiver.requests.getFirst();
        assertEquals("/hooks/din?src=test", r.path());
        assertTrue(r.headers().get("content-type").startsWith("application/json"));
        assertTrue(r.headers().get("webhook-id").startsWith("msg_"));
        long timestamp = Long.parseLong(r.headers().get("webhook-timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "timestamp in seconds, now");
        assertTrue(verifies(secret, r), "signature verifies with the secret shown at creation");
        assertFalse(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), r), "another secret does not verify");
        JsonNode body = JSON.readTree(r.body());
        assertEquals("resource.published", body.path("type").asText());
        assertNotNull(OffsetDateTime.parse(body.path("timestamp").asText()));
        assertEquals(resource.toString(), body.path("data").path("id").asText());
        assertEquals(actor.toString(), body.path("data").path("actorId").asText());
        assertEquals(3, body.path("data").path("version").asInt());

        Response log = TestTokens.as(owner, "member").get("/api/v1/actors/" + actor + "/webhooks/" + webhook + "/deliveries");
        assertEquals(200, log.statusCode(), log.asString());
        assertEquals(1, log.jsonPath().getList("items").size());
        assertEquals("SUCCEEDED", log.jsonPath().getString("items[0].status"));
        assertEquals(1, log.jsonPath().getInt("items[0].attempts"));
        assertEquals(204, log.jsonPath().getInt("items[0].lastResponseStatus"));
        assertNull(log.jsonPath().get("items[0].nextAttemptAt"));

        drain();
        assertEquals(1, receiver.requests.size(), "a succeeded delivery is not sent again");
    }

    @Test
    @DisplayName("after a rotation each delivery carries two signatures, the new secret's and the old one's")
    void rotation_signs_with_both_secrets() throws Exception {
        JsonNode created = subscribe(receiver.url("/in"), "resource.updated");
        String old = created.path("secret").asText();
        String id = created.path("webhook").path("id").asText();
        Response rotated = TestTokens.as(owner, "member").post("/api/v1/actors/" + actor + "/webhooks/" + id + "/rotate-secret");
        assertEquals(200, rotated.statusCode(), rotated.asString());
        String fresh = rotated.jsonPath().getString("secret");
        assertNotEquals(old, fresh);
        assertNotNull(rotated.jsonPath().getString("webhook.secretRotatedAt"));

        webhooks.publish("resource.updated", actor, resourceData(UUID.randomUUID()));
        drain();

        Receiver.Received r = receiver.requests.getFirst();
        assertEquals(2, r.headers().get("webhook-signature").split(" ").length, r.headers().get("webhook-signature"));
        assertTrue(verifies(fresh, r), "the new secret verifies");
        assertTrue(verifies(old, r), "the old secret still verifies during its last day");
    }

    @Test
    @DisplayName("a redirect is a failure and is not followed")
    void redirect_is_not_followed() throws Exception {
        receiver.answer = req -> req.path().equals("/in")
                ? new Receiver.Answer(302, Map.of("Location", receiver.url("/elsewhere")), new byte[0])
                : Receiver.Answer.status(200);
        UUID webhook = UUID.fromString(subscribe(receiver.url("/in"), "resource.published").path("webhook").path("id").asText());
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        drain();

        assertEquals(List.of("/in"), receiver.requests.stream().map(Receiver.Received::path).toList(), "the Location was never asked for");
        WebhookDelivery d = webhooks.deliveries(webhook).getFirst();
        assertEquals(WebhookDelivery.Status.RETRYING, d.status);
        assertEquals(302, d.lastResponseStatus);
        assertTrue(d.lastError.contains("redirect"), d.lastError);
        // The first retry waits about 30 s (±20 %).
        assertTrue(d.nextAttemptAt.isAfter(OffsetDateTime.now().plusSeconds(20)), d.nextAttemptAt.toString());
    }

    @Test
    @DisplayName("a failing receiver is retried later; only the first bytes of a large answer are kept")
    void failure_is_retried_and_answer_capped() throws Exception {
        byte[] big = "x".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        receiver.answer = req -> new Receiver.Answer(500, Map.of(), big);
        UUID webhook = UUID.fromString(subscribe(receiver.url("/in"), "resource.published").path("webhook").path("id").asText());
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        drain();

        WebhookDelivery d = webhooks.deliveries(webhook).getFirst();
        assertEquals(WebhookDelivery.Status.RETRYING, d.status);
        assertEquals(1, d.attempts);
        assertEquals(500, d.lastResponseStatus);
        assertEquals(WebhookSender.KEPT_BYTES, d.lastResponseBody.length());
        assertNull(d.leaseUntil, "the lease is given back");
        assertEquals(WebhookSubscription.Status.ACTIVE, webhooks.subscriptionRow(webhook).status);
        assertNotNull(webhooks.subscriptionRow(webhook).failingSince);

        // Due again: the receiver now answers, the same webhook-id arrives, the subscription is healthy.
        receiver.answer = req -> Receiver.Answer.status(200);
        webhooks.due(webhook);
        drain();
        assertEquals(2, receiver.requests.size());
        assertEquals(receiver.requests.get(0).headers().get("webhook-id"), receiver.requests.get(1).headers().get("webhook-id"));
        d = webhooks.deliveries(webhook).getFirst();
        assertEquals(WebhookDelivery.Status.SUCCEEDED, d.status);
        assertEquals(2, d.attempts);
        assertNull(webhooks.subscriptionRow(webhook).failingSince);
    }

    @Test
    @DisplayName("a 410 from the receiver disables the subscription, with a reason, an audit entry, and its waiting deliveries failed")
    void gone_disables() throws Exception {
        receiver.answer = req -> Receiver.Answer.status(410);
        UUID webhook = UUID.fromString(subscribe(receiver.url("/in"), "resource.published").path("webhook").path("id").asText());
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        drain();

        assertEquals(1, receiver.requests.size(), "after the 410 nothing more is sent");
        Response view = TestTokens.as(owner, "member").get("/api/v1/actors/" + actor + "/webhooks/" + webhook);
        assertEquals("DISABLED", view.jsonPath().getString("status"));
        assertTrue(view.jsonPath().getString("disabledReason").contains("410"));
        assertTrue(webhooks.auditActions(webhook).contains("webhook.disabled"), webhooks.auditActions(webhook).toString());
        assertTrue(webhooks.deliveries(webhook).stream().allMatch(d -> d.status == WebhookDelivery.Status.FAILED));
        assertEquals(0, webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID())), "a disabled subscription gets no new deliveries");

        // Redeliver is refused while disabled; saving the subscription turns it back on.
        UUID first = webhooks.deliveries(webhook).getFirst().id;
        assertEquals(409, TestTokens.as(owner, "member")
                .post("/api/v1/actors/" + actor + "/webhooks/" + webhook + "/deliveries/" + first + "/redeliver").statusCode());
        Response saved = TestTokens.as(owner, "member").body(Map.of("url", receiver.url("/in"), "eventTypes", List.of("resource.published")))
                .put("/api/v1/actors/" + actor + "/webhooks/" + webhook);
        assertEquals(200, saved.statusCode(), saved.asString());
        assertEquals("ACTIVE", saved.jsonPath().getString("status"));
        assertNull(saved.jsonPath().get("disabledReason"));
    }

    @Test
    @DisplayName("a delivery whose attempts run out after a day without any success disables the subscription")
    void a_day_of_failure_disables() throws Exception {
        receiver.answer = req -> Receiver.Answer.status(503);
        UUID webhook = UUID.fromString(subscribe(receiver.url("/in"), "resource.published").path("webhook").path("id").asText());
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        UUID delivery = webhooks.deliveries(webhook).getFirst().id;
        webhooks.failingSince(delivery, DeliveryWorker.MAX_ATTEMPTS - 1, OffsetDateTime.now().minusHours(23));
        drain();

        WebhookDelivery d = webhooks.deliveries(webhook).getFirst();
        assertEquals(WebhookDelivery.Status.FAILED, d.status);
        assertEquals(DeliveryWorker.MAX_ATTEMPTS, d.attempts);
        WebhookSubscription s = webhooks.subscriptionRow(webhook);
        assertEquals(WebhookSubscription.Status.DISABLED, s.status);
        assertTrue(s.disabledReason.contains("about a day"), s.disabledReason);
        assertTrue(webhooks.auditActions(webhook).contains("webhook.disabled"));
    }

    @Test
    @DisplayName("redeliver sends the delivery again now, with the same webhook-id, as one more attempt")
    void redeliver() throws Exception {
        JsonNode created = subscribe(receiver.url("/in"), "resource.published");
        UUID webhook = UUID.fromString(created.path("webhook").path("id").asText());
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        drain();
        UUID delivery = webhooks.deliveries(webhook).getFirst().id;

        Response r = TestTokens.as(owner, "member").post("/api/v1/actors/" + actor + "/webhooks/" + webhook + "/deliveries/" + delivery + "/redeliver");
        assertEquals(200, r.statusCode(), r.asString());
        assertEquals("RETRYING", r.jsonPath().getString("status"));
        drain();

        assertEquals(2, receiver.requests.size());
        assertEquals(receiver.requests.get(0).headers().get("webhook-id"), receiver.requests.get(1).headers().get("webhook-id"));
        assertTrue(verifies(created.path("secret").asText(), receiver.requests.get(1)));
        WebhookDelivery d = webhooks.deliveries(webhook).getFirst();
        assertEquals(WebhookDelivery.Status.SUCCEEDED, d.status);
        assertEquals(2, d.attempts);
        assertEquals(404, TestTokens.as(owner, "member").post("/api/v1/actors/" + actor + "/webhooks/" + webhook + "/deliveries/"
                + UUID.randomUUID() + "/redeliver").statusCode());
    }

    @Test
    @DisplayName("subscribing refuses loopback, link-local, private and unspecified addresses that are not allowed, and plain http to them")
    void subscribe_refuses_non_public_addresses() {
        String before = webhooks.digest();
        for (String url : List.of("https://127.0.0.2:" + receiver.port() + "/in", "http://127.0.0.2:" + receiver.port() + "/in",
                "https://169.254.169.254/latest/meta-data/", "https://[::1]/in", "https://10.0.0.1/in", "https://0.0.0.0/in",
                "https://[::ffff:127.0.0.2]/in", "https://user:secret@127.0.0.1/in", "ftp://127.0.0.1/in")) {
            Response r = TestTokens.as(owner, "member").body(Map.of("url", url, "eventTypes", List.of("resource.published")))
                    .post("/api/v1/actors/" + actor + "/webhooks");
            assertEquals(400, r.statusCode(), url + ": " + r.asString());
            assertEquals("url", r.jsonPath().getString("errors[0].field"), url);
        }
        assertEquals(before, webhooks.digest(), "refused subscriptions wrote nothing");
        assertTrue(receiver.requests.isEmpty());
    }

    @Test
    @DisplayName("at send time the address is vetted again: a receiver on a loopback address that is not allowed gets nothing")
    void send_refuses_address_not_allowed() throws Exception {
        try (Receiver notAllowed = new Receiver("127.0.0.2")) {
            UUID webhook = webhooks.subscription(actor, notAllowed.url("/in"), "resource.published");
            webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
            drain();

            assertTrue(notAllowed.requests.isEmpty(), "no request reached the receiver");
            WebhookDelivery d = webhooks.deliveries(webhook).getFirst();
            assertEquals(WebhookDelivery.Status.RETRYING, d.status);
            assertTrue(d.lastError.startsWith("refused"), d.lastError);
            assertNull(d.lastResponseStatus);
        }
    }

    @Test
    @DisplayName("two workers at once (two replicas) send each delivery exactly once")
    void concurrent_workers_send_each_once() throws Exception {
        subscribe(receiver.url("/in"), "resource.published");
        for (int i = 0; i < 12; i++) {
            webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(worker::sendDue));
            }
            int attempted = 0;
            for (Future<Integer> run : runs) {
                attempted += run.get();
            }
            assertEquals(12, attempted);
        } finally {
            pool.shutdown();
        }
        Set<String> ids = new HashSet<>();
        receiver.requests.forEach(r -> ids.add(r.headers().get("webhook-id")));
        assertEquals(12, receiver.requests.size());
        assertEquals(12, ids.size());
    }

    @Test
    @DisplayName("pruning forgets finished deliveries past the retention and keeps waiting ones")
    void prune_keeps_waiting_deliveries() throws Exception {
        UUID webhook = UUID.fromString(subscribe(receiver.url("/in"), "resource.published").path("webhook").path("id").asText());
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        drain();
        receiver.answer = req -> Receiver.Answer.status(500);
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        drain();
        assertEquals(List.of(WebhookDelivery.Status.SUCCEEDED, WebhookDelivery.Status.RETRYING),
                webhooks.deliveries(webhook).stream().map(d -> d.status).toList());

        worker.prune(OffsetDateTime.now().minusDays(1));
        assertEquals(2, webhooks.deliveries(webhook).size(), "nothing of this webhook is older than a day");
        worker.prune(OffsetDateTime.now().plusSeconds(1));
        assertEquals(List.of(WebhookDelivery.Status.RETRYING), webhooks.deliveries(webhook).stream().map(d -> d.status).toList());
    }

    @Test
    @DisplayName("an allowed name with several addresses: when one refuses the connection, the next vetted one is tried")
    void allowed_name_with_several_addresses() throws Exception {
        UUID webhook = UUID.fromString(subscribe("http://localhost:" + receiver.port() + "/in", "resource.published")
                .path("webhook").path("id").asText());
        webhooks.publish("resource.published", actor, resourceData(UUID.randomUUID()));
        // localhost resolves (in this test) to 127.0.0.2, where nothing listens, then to 127.0.0.1, where the receiver does.
        sender.resolver(host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {127, 0, 0, 2}), InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})});
        try {
            drain();
        } finally {
            sender.resolver(null);
        }

        assertEquals(1, receiver.requests.size());
        assertEquals("localhost:" + receiver.port(), receiver.requests.getFirst().headers().get("host"), "the Host header keeps the URL's name");
        assertEquals(WebhookDelivery.Status.SUCCEEDED, webhooks.deliveries(webhook).getFirst().status);
    }
}
