package se.digitalimpactnorth.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * What the API asks Keycloak to create for an API client (no Keycloak needed; the real calls were
 * tried against Keycloak 26.5.6, see keycloak/README.md).
 */
class KeycloakApiClientRegistryTest {

    private final ClientRepresentation client = KeycloakApiClientRegistry.representation("din-acme-0123456789", "CRM",
            "Integrator of Acme AB", "din-api");

    @Test
    void a_confidential_client_with_a_service_account_and_no_other_flow() {
        assertEquals("din-acme-0123456789", client.getClientId());
        assertTrue(client.isEnabled());
        assertFalse(client.isPublicClient());
        assertEquals("client-secret", client.getClientAuthenticatorType());
        assertTrue(client.isServiceAccountsEnabled());
        assertFalse(client.isStandardFlowEnabled());
        assertFalse(client.isImplicitFlowEnabled());
        assertFalse(client.isDirectAccessGrantsEnabled());
        assertEquals("false", client.getAttributes().get("oauth2.device.authorization.grant.enabled"));
        assertEquals("false", client.getAttributes().get("oidc.ciba.grant.enabled"));
        assertTrue(client.getRedirectUris().isEmpty());
        assertTrue(client.getWebOrigins().isEmpty());
    }

    @Test
    void its_tokens_carry_the_api_audience_and_only_the_integrator_role() {
        // Without full scope, none of the service-account user's roles (default-roles-din, member) reach a token.
        assertFalse(client.isFullScopeAllowed());
        Map<String, ProtocolMapperRepresentation> mappers = client.getProtocolMappers().stream()
                .collect(Collectors.toMap(ProtocolMapperRepresentation::getProtocolMapper, m -> m));
        assertEquals(2, mappers.size());
        assertEquals("din-api", mappers.get("oidc-audience-mapper").getConfig().get("included.custom.audience"));
        assertEquals("true", mappers.get("oidc-audience-mapper").getConfig().get("access.token.claim"));
        assertEquals(Map.of("role", "integrator"), mappers.get("oidc-hardcoded-role-mapper").getConfig());
    }
}
