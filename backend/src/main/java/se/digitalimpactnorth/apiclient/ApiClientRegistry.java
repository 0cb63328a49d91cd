package se.digitalimpactnorth.apiclient;

/**
 * Where API clients live as OAuth2 clients: the Keycloak realm ({@link KeycloakApiClientRegistry}).
 * An interface so that backend tests use an in-memory double and never reach a Keycloak.
 * Every method throws {@link Unavailable} when the registry cannot be reached or refuses.
 */
public interface ApiClientRegistry {

    /** A client as registered: Keycloak's internal id and its first secret. */
    record Registered(String keycloakId, String secret) {}

    /**
     * Creates a confidential client with a service account only (no browser, password or implicit
     * flows, no redirect URIs), tokens with audience {@code din-api} and realm role {@code integrator}.
     */
    Registered register(String clientId, String name, String description);

    /** Generates a new secret; the old one stops working at once. */
    String rotateSecret(String keycloakId);

    /** Disables the client, so Keycloak issues it no more tokens. Disabling a disabled or missing client is no error. */
    void disable(String keycloakId);

    /** Removes a client that was registered but could not be recorded (best effort). */
    void remove(String keycloakId);

    /** The registry could not be reached or refused; the API answers 503. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
