package se.digitalimpactnorth.apiclient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Puts API clients straight into the database, so tests get an integrator of an actor fast. */
@ApplicationScoped
public class ApiClientFixtures {

    @Inject
    EntityManager em;

    /** The in-memory Keycloak of the tests: the client is registered there too, as the API would. */
    @Inject
    ApiClientRegistry registry;

    /** Registers an active API client for the actor; returns its clientId (for {@code TestTokens.integrator}). */
    @Transactional
    public String register(UUID actorId) {
        String clientId = "din-test-" + UUID.randomUUID();
        ApiClientRegistry.Registered registered = registry.register(clientId, "Fixture client", "A test's client");
        em.createNativeQuery("""
                insert into api_client (id, actor_id, name, client_id, keycloak_id, created_by_subject, created_by_name)
                values (:id, :actor, 'Fixture client', :clientId, :keycloakId, 'fixture-subject', 'Fixture Person')
                """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("actor", actorId)
                .setParameter("clientId", clientId)
                .setParameter("keycloakId", registered.keycloakId())
                .executeUpdate();
        return clientId;
    }

    /** Marks the client revoked, as revoking it through the API does. */
    @Transactional
    public void revoke(String clientId) {
        em.createNativeQuery("update api_client set revoked_at = now() where client_id = :clientId")
                .setParameter("clientId", clientId).executeUpdate();
    }

    /** The id of the API client with this clientId. */
    @Transactional
    public String id(String clientId) {
        return em.createNativeQuery("select id::text from api_client where client_id = :clientId")
                .setParameter("clientId", clientId).getSingleResult().toString();
    }

    /** How many API client rows the actor has. */
    @Transactional
    public long count(UUID actorId) {
        return ((Number) em.createNativeQuery("select count(*) from api_client where actor_id = :actor")
                .setParameter("actor", actorId).getSingleResult()).longValue();
    }

    /** The audit entries about an API client, as text (action and summary), oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<String> audit(String id) {
        return em.createNativeQuery("select action || ' ' || summary::text from audit_entry where object_type = 'api-client'"
                + " and object_id = :id order by at, action").setParameter("id", id).getResultList();
    }
}
