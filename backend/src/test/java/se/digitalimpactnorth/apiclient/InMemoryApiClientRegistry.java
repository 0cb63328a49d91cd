package se.digitalimpactnorth.apiclient;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Keycloak realm's clients, in memory, for every backend test: tests never reach a Keycloak.
 * It keeps what Keycloak would (secret, enabled), so tests check what the API asked of it, and it
 * can be switched off to play a Keycloak that cannot be reached.
 */
@Mock
@ApplicationScoped
public class InMemoryApiClientRegistry implements ApiClientRegistry {

    /** A client as Keycloak would hold it. */
    public record Client(String keycloakId, String clientId, String name, String secret, boolean enabled) {}

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private volatile boolean reachable = true;

    public void reachable(boolean reachable) {
        this.reachable = reachable;
    }

    public Client byClientId(String clientId) {
        return clients.values().stream().filter(c -> c.clientId().equals(clientId)).findFirst().orElse(null);
    }

    public int size() {
        return clients.size();
    }

    private void check() {
        if (!reachable) {
            throw new Unavailable("Keycloak is switched off in this test", null);
        }
    }

    @Override
    public Registered register(String clientId, String name, String description) {
        check();
        Client c = new Client(UUID.randomUUID().toString(), clientId, name, UUID.randomUUID().toString(), true);
        clients.put(c.keycloakId(), c);
        return new Registered(c.keycloakId(), c.secret());
    }

    @Override
    public String rotateSecret(String keycloakId) {
        check();
        Client c = clients.get(keycloakId);
        Client rotated = new Client(c.keycloakId(), c.clientId(), c.name(), UUID.randomUUID().toString(), c.enabled());
        clients.put(keycloakId, rotated);
        return rotated.secret();
    }

    @Override
    public void disable(String keycloakId) {
        check();
        clients.computeIfPresent(keycloakId, (id, c) -> new Client(c.keycloakId(), c.clientId(), c.name(), c.secret(), false));
    }

    @Override
    public void remove(String keycloakId) {
        clients.remove(keycloakId);
    }
}
