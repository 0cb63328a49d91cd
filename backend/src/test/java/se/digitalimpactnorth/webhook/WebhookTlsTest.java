package se.digitalimpactnorth.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * https with the address pinned: the sender connects to the vetted address (127.0.0.1) yet checks
 * the certificate against the URL's host name and sends that name in SNI. A certificate made by
 * the JDK's keytool for the test, presented by an https receiver on 127.0.0.1, trusted by the sender
 * for the test only.
 */
@QuarkusTest
class WebhookTlsTest {

    private static final String PASSWORD = "changeit";

    @Inject
    Fixtures fixtures;

    @Inject
    WebhookFixtures webhooks;

    @Inject
    DeliveryWorker worker;

    @Inject
    WebhookSender sender;

    @AfterEach
    void restore() {
        sender.trust(null, null);
    }

    /** A PKCS#12 key store with a self-signed certificate for this DNS name, made by keytool. */
    private static Path certificate(String dnsName) throws Exception {
        Path dir = Files.createTempDirectory("din-webhook-tls");
        Path store = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + dnsName, "-ext", "SAN=dns:" + dnsName, "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), output);
        return store;
    }

    private static SSLContext tls(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    private WebhookDelivery deliverOnce(Receiver receiver) {
        String owner = "tls-owner-" + UUID.randomUUID();
        UUID actor = fixtures.actor("TLS " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        Response r = TestTokens.as(owner, "member").body(Map.of("url", "https://localhost:" + receiver.port() + "/in",
                "eventTypes", List.of("resource.published"))).post("/api/v1/actors/" + actor + "/webhooks");
        assertEquals(201, r.statusCode(), r.asString());
        UUID webhook = UUID.fromString(r.jsonPath().getString("webhook.id"));
        webhooks.publish("resource.published", actor, Map.of("id", UUID.randomUUID().toString()));
        while (worker.sendDue() > 0) {
            // send what is due
        }
        return webhooks.deliveries(webhook).getFirst();
    }

    @Test
    @DisplayName("https to a name whose certificate matches succeeds, connected to the pinned loopback address")
    void matching_certificate() throws Exception {
        Path store = certificate("localhost");
        sender.trust(store.toString(), PASSWORD);
        try (Receiver receiver = new Receiver("127.0.0.1", tls(store))) {
            WebhookDelivery d = deliverOnce(receiver);
            assertEquals(WebhookDelivery.Status.SUCCEEDED, d.status, String.valueOf(d.lastError));
            assertEquals(1, receiver.requests.size());
            assertEquals("localhost:" + receiver.port(), receiver.requests.getFirst().headers().get("host"));
        }
    }

    @Test
    @DisplayName("a trusted certificate for another name is refused: the host name is verified although the address is pinned")
    void certificate_for_another_name() throws Exception {
        Path store = certificate("receiver.example.se");
        sender.trust(store.toString(), PASSWORD);
        try (Receiver receiver = new Receiver("127.0.0.1", tls(store))) {
            WebhookDelivery d = deliverOnce(receiver);
            assertEquals(WebhookDelivery.Status.RETRYING, d.status);
            assertTrue(receiver.requests.isEmpty(), "nothing was sent over a connection to the wrong name");
            assertTrue(d.lastError.contains("No subject alternative DNS name matching localhost"), d.lastError);
        }
    }
}
