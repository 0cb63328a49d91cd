package se.digitalimpactnorth.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The platform's realm through Keycloak's admin REST API, signed in as the realm client
 * {@code din-api-admin} ({@code quarkus.keycloak.admin-client.*}; it gets and renews its own
 * admin token). Shared by everything that changes the realm: API clients
 * ({@code apiclient.KeycloakApiClientRegistry}) and people's accounts
 * ({@code person.KeycloakAccountDirectory}). What that client may do is in keycloak/README.md.
 */
@ApplicationScoped
public class KeycloakRealm {

    private final Keycloak keycloak;
    private final String realmName;

    @Inject
    public KeycloakRealm(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realmName) {
        this.keycloak = keycloak;
        this.realmName = realmName;
    }

    public RealmResource realm() {
        return keycloak.realm(realmName);
    }
}
