package se.digitalimpactnorth.apiclient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import se.digitalimpactnorth.common.KeycloakRealm;
import se.digitalimpactnorth.common.Roles;

/**
 * API clients as confidential clients of the Keycloak realm, through its admin REST API as the
 * realm client {@code din-api-admin} ({@link KeycloakRealm}; what that client may do is in
 * keycloak/README.md). Each is confidential, has a service account and no other flow,
 * and its access tokens carry {@code aud=din-api} and the realm role {@code integrator}, nothing else.
 */
@ApplicationScoped
public class KeycloakApiClientRegistry implements ApiClientRegistry {

    private static final Logger LOG = Logger.getLogger(KeycloakApiClientRegistry.class);

    @Inject
    KeycloakRealm keycloak;

    /** The audience every token of the client must carry for the API to accept it. */
    @ConfigProperty(name = "quarkus.oidc.token.audience")
    String audience;

    private RealmResource realm() {
        return keycloak.realm();
    }

    @Override
    public Registered register(String clientId, String name, String description) {
        String id;
        try (Response created = realm().clients().create(representation(clientId, name, description, audience))) {
            if (created.getStatus() != 201) {
                throw new Unavailable("Keycloak refused the new client: HTTP " + created.getStatus(), null);
            }
            id = CreatedResponseUtil.getCreatedId(created);
        } catch (Unavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable("create the client", e);
        }
        try {
            return new Registered(id, realm().clients().get(id).getSecret().getValue());
        } catch (RuntimeException e) {
            // Half a client is worse than none: it would exist at Keycloak but not here.
            remove(id);
            throw unavailable("set the client up", e);
        }
    }

    /** The client as Keycloak gets it: what an integrator's client may do is decided here. */
    static ClientRepresentation representation(String clientId, String name, String description, String audience) {
        ClientRepresentation c = new ClientRepresentation();
        c.setClientId(clientId);
        c.setName(name);
        c.setDescription(description);
        c.setEnabled(true);
        c.setProtocol("openid-connect");
        c.setPublicClient(false);
        c.setClientAuthenticatorType("client-secret");
        c.setServiceAccountsEnabled(true);
        c.setStandardFlowEnabled(false);
        c.setImplicitFlowEnabled(false);
        c.setDirectAccessGrantsEnabled(false);
        c.setRedirectUris(List.of());
        c.setWebOrigins(List.of());
        // Its tokens carry no role of the service-account user (a new user gets default-roles-din,
        // with member); the role mapper below puts in exactly the realm role integrator.
        c.setFullScopeAllowed(false);
        c.setAttributes(Map.of("oauth2.device.authorization.grant.enabled", "false", "oidc.ciba.grant.enabled", "false"));
        ProtocolMapperRepresentation aud = new ProtocolMapperRepresentation();
        aud.setName("audience " + audience);
        aud.setProtocol("openid-connect");
        aud.setProtocolMapper("oidc-audience-mapper");
        aud.setConfig(Map.of("included.custom.audience", audience, "access.token.claim", "true", "id.token.claim", "false",
                "introspection.token.claim", "true", "lightweight.claim", "false"));
        // The realm role integrator in the token, set on the client rather than granted to its
        // service-account user: a role mapping on a user would make every registration a change of
        // users (manage-users, which din-api-admin holds only to erase accounts, GDPR Art. 17), and a
        // client whose service account were later given more roles would carry them. See keycloak/README.md.
        ProtocolMapperRepresentation role = new ProtocolMapperRepresentation();
        role.setName("role " + Roles.INTEGRATOR);
        role.setProtocol("openid-connect");
        role.setProtocolMapper("oidc-hardcoded-role-mapper");
        role.setConfig(Map.of("role", Roles.INTEGRATOR));
        c.setProtocolMappers(List.of(aud, role));
        return c;
    }

    @Override
    public String rotateSecret(String keycloakId) {
        try {
            return realm().clients().get(keycloakId).generateNewSecret().getValue();
        } catch (RuntimeException e) {
            throw unavailable("rotate the secret", e);
        }
    }

    @Override
    public void disable(String keycloakId) {
        try {
            ClientResource client = realm().clients().get(keycloakId);
            ClientRepresentation c = client.toRepresentation();
            if (Boolean.TRUE.equals(c.isEnabled())) {
                c.setEnabled(false);
                client.update(c);
            }
        } catch (NotFoundException e) {
            LOG.warnf("API client %s is no longer in Keycloak; nothing to disable", keycloakId);
        } catch (RuntimeException e) {
            throw unavailable("disable the client", e);
        }
    }

    @Override
    public void remove(String keycloakId) {
        try {
            realm().clients().get(keycloakId).remove();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not remove the half-registered client %s from Keycloak; remove it in the admin console", keycloakId);
        }
    }

    private static Unavailable unavailable(String what, RuntimeException e) {
        LOG.warnf(e, "Keycloak's admin API: could not %s", what);
        return new Unavailable("Keycloak could not " + what + ": " + e.getClass().getSimpleName(), e);
    }
}
