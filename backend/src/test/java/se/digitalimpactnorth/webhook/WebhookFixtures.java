package se.digitalimpactnorth.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Puts webhook rows straight into the database and reads them back, for tests. */
@ApplicationScoped
public class WebhookFixtures {

    @Inject
    EntityManager em;

    @Inject
    WebhookEvents events;

    /** Stores an event as a producer would, in a transaction of its own; returns how many deliveries it made. */
    public int publish(String type, UUID actorId, Map<String, Object> data) {
        return QuarkusTransaction.requiringNew().call(() -> events.publish(type, List.of(actorId), data));
    }

    /** A subscription written directly, bypassing the URL checks of the API (to test the checks at send time). */
    @Transactional
    public UUID subscription(UUID actorId, String url, String... types) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.actorId = actorId;
        s.url = url;
        s.eventTypes = new java.util.ArrayList<>(List.of(types));
        s.secret = WebhookSigner.newSecret();
        s.status = WebhookSubscription.Status.ACTIVE;
        s.createdAt = OffsetDateTime.now().minusSeconds(1);
        s.persist();
        return s.id;
    }

    /** Marks a subscription disabled as the delivery worker does after repeated failures. */
    @Transactional
    public void disabled(UUID id, String reason) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        s.status = WebhookSubscription.Status.DISABLED;
        s.disabledReason = reason;
        s.disabledAt = OffsetDateTime.now();
    }

    @Transactional
    public WebhookSubscription subscriptionRow(UUID id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        em.detach(s);
        return s;
    }

    @Transactional
    public List<WebhookDelivery> deliveries(UUID subscriptionId) {
        List<WebhookDelivery> found = WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 order by createdAt, id", subscriptionId).list();
        found.forEach(em::detach);
        return found;
    }

    /** Makes a delivery look as if it had failed since {@code since}, {@code attempts} times, and is due now. */
    @Transactional
    public void failingSince(UUID deliveryId, int attempts, OffsetDateTime since) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        d.attempts = attempts;
        d.firstAttemptAt = since;
        d.status = WebhookDelivery.Status.RETRYING;
        d.nextAttemptAt = OffsetDateTime.now().minusSeconds(1);
        WebhookSubscription.<WebhookSubscription>findById(d.subscriptionId).failingSince = since;
    }

    /** Makes every waiting delivery of the subscription due now. */
    @Transactional
    public void due(UUID subscriptionId) {
        em.createNativeQuery("update webhook_delivery set next_attempt_at = now() - interval '1 second'"
                + " where subscription_id = :s and status in ('PENDING', 'RETRYING')").setParameter("s", subscriptionId).executeUpdate();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> auditActions(UUID objectId) {
        return em.createNativeQuery("select action from audit_entry where object_id = :id order by at").setParameter("id", objectId.toString())
                .getResultList();
    }

    /** A digest of the webhook tables and the audit trail: equal before and after means nothing changed. */
    @Transactional
    public String digest() {
        StringBuilder all = new StringBuilder();
        for (String table : new String[] {"webhook_subscription", "webhook_delivery", "audit_entry"}) {
            Object d = em.createNativeQuery("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")
                    .getSingleResult();
            all.append(table).append('=').append(d).append(';');
        }
        return all.toString();
    }
}
