package se.digitalimpactnorth.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import se.digitalimpactnorth.common.KeycloakRealm;

/**
 * What the Keycloak account directory sends to Keycloak's admin REST API and how it reads the
 * answers, against a stub of that API on 127.0.0.1 (its token endpoint and its users). The real
 * calls run against Keycloak in the end-to-end layer. A @QuarkusTest only because the admin client's
 * HTTP layer is the application's.
 */
@QuarkusTest
class KeycloakAccountDirectoryTest {

    private HttpServer stub;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private Keycloak keycloak;

    @BeforeEach
    void start() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/realms/din/protocol/openid-connect/token", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = "{\"access_token\":\"stub-admin-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.createContext("/admin/realms/din/users/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            String user = path.substring(path.lastIndexOf('/') + 1);
            int status = switch (user) {
                case "alive" -> 204;
                case "gone" -> 404;
                case "forbidden" -> 403;
                default -> 500;
            };
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        stub.start();
        keycloak = admin("http://127.0.0.1:" + stub.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        keycloak.close();
        stub.stop(0);
    }

    private static Keycloak admin(String url) {
        return KeycloakBuilder.builder().serverUrl(url).realm("din").clientId("din-api-admin").clientSecret("secret")
                .grantType("client_credentials").build();
    }

    private AccountDirectory directory(Keycloak admin) {
        return new KeycloakAccountDirectory(new KeycloakRealm(admin, "din"));
    }

    @Test
    @DisplayName("deletes the user whose id is the subject, with the admin token of din-api-admin")
    void deletes() {
        directory(keycloak).delete("alive");
        assertEquals(List.of("POST /realms/din/protocol/openid-connect/token", "DELETE /admin/realms/din/users/alive Bearer stub-admin-token"),
                requests);
    }

    @Test
    @DisplayName("a user Keycloak no longer has (404) counts as deleted")
    void goneAlready() {
        directory(keycloak).delete("gone");
        assertTrue(requests.contains("DELETE /admin/realms/din/users/gone Bearer stub-admin-token"), requests.toString());
    }

    @Test
    @DisplayName("a refusal (403: the client lacks manage-users) or a server error is Unavailable")
    void refused() {
        assertThrows(AccountDirectory.Unavailable.class, () -> directory(keycloak).delete("forbidden"));
        assertThrows(AccountDirectory.Unavailable.class, () -> directory(keycloak).delete("broken"));
    }

    @Test
    @DisplayName("a Keycloak that does not answer is Unavailable")
    void unreachable() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (Keycloak nowhere = admin("http://127.0.0.1:" + port)) {
            assertThrows(AccountDirectory.Unavailable.class, () -> directory(nowhere).delete("alive"));
        }
    }
}
