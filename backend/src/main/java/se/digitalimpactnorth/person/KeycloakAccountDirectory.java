package se.digitalimpactnorth.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.common.KeycloakRealm;

/**
 * People's accounts in the Keycloak realm, through its admin REST API as {@code din-api-admin}
 * ({@code DELETE /admin/realms/{realm}/users/{id}}, which needs the realm-management role
 * {@code manage-users}; see keycloak/README.md). A person's token subject is their user id there.
 */
@ApplicationScoped
public class KeycloakAccountDirectory implements AccountDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakAccountDirectory.class);

    private final KeycloakRealm keycloak;

    @Inject
    public KeycloakAccountDirectory(KeycloakRealm keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public void delete(String subject) {
        int status;
        try (Response response = keycloak.realm().users().delete(subject)) {
            status = response.getStatus();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Keycloak's admin API: could not delete a user account");
            throw new Unavailable("Keycloak could not be reached: " + e.getClass().getSimpleName(), e);
        }
        // 404: deleted already (an earlier erasure whose database transaction failed, or an admin).
        if (status != 204 && status != 200 && status != 404) {
            LOG.warnf("Keycloak's admin API refused to delete a user account: HTTP %d", status);
            throw new Unavailable("Keycloak refused to delete the account: HTTP " + status, null);
        }
    }
}
