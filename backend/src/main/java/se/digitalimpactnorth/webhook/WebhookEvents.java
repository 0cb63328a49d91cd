package se.digitalimpactnorth.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an event into stored deliveries, one per active subscription that wants it, in the
 * transaction of whoever calls (MANDATORY): the event and its deliveries commit together or not at
 * all, and a crash after the commit loses nothing, because the worker sends what is stored.
 */
@ApplicationScoped
public class WebhookEvents {

    public static final String RESOURCE_PUBLISHED = "resource.published";
    public static final String RESOURCE_UPDATED = "resource.updated";
    public static final String RESOURCE_ARCHIVED = "resource.archived";
    public static final String COLLABORATION_PUBLISHED = "collaboration.published";
    public static final String COLLABORATION_UPDATED = "collaboration.updated";
    public static final String COLLABORATION_ARCHIVED = "collaboration.archived";
    public static final String INVITATION_RECEIVED = "invitation.received";

    public static final Set<String> TYPES = Set.of(RESOURCE_PUBLISHED, RESOURCE_UPDATED, RESOURCE_ARCHIVED,
            COLLABORATION_PUBLISHED, COLLABORATION_UPDATED, COLLABORATION_ARCHIVED, INVITATION_RECEIVED);
    static final String TYPES_TEXT = "resource.published, resource.updated, resource.archived (left public view), "
            + "collaboration.published, collaboration.updated, collaboration.archived, invitation.received";

    /** Keys in the order written; times as ISO-8601 text. The bytes stored are the bytes signed and sent. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "din.api-url")
    String apiUrl;

    /**
     * Stores a delivery of this event for every active subscription of these actors to its type.
     * {@code data} is the payload's {@code data} object. Returns how many deliveries were stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(String type, Collection<UUID> actorIds, Map<String, Object> data) {
        return publish(type, actorIds, data, null);
    }

    /**
     * {@link #publish(String, Collection, Map)} for an event that happened at {@code at} (null:
     * now): only subscriptions that existed then get it, and the payload's timestamp is that time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(String type, Collection<UUID> actorIds, Map<String, Object> data, OffsetDateTime at) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("not a webhook event type: " + type);
        }
        if (actorIds.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<UUID> subscriptions = em.createNativeQuery("select id from webhook_subscription"
                        + " where actor_id in (:actors) and status = 'ACTIVE' and cast(:type as varchar) = any(event_types)"
                        + " and created_at <= :at order by created_at, id", UUID.class)
                .setParameter("actors", Set.copyOf(actorIds))
                .setParameter("type", type)
                .setParameter("at", at != null ? at : OffsetDateTime.now())
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", at != null ? at.withOffsetSameInstant(ZoneOffset.UTC) : now);
        payload.put("data", data);
        String body;
        try {
            body = JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payloads are plain maps", e);
        }
        for (UUID subscription : subscriptions) {
            WebhookDelivery d = new WebhookDelivery();
            d.id = UUID.randomUUID();
            d.subscriptionId = subscription;
            d.messageId = "msg_" + d.id.toString().replace("-", "");
            d.eventType = type;
            d.payload = body;
            d.status = WebhookDelivery.Status.PENDING;
            d.nextAttemptAt = now;
            d.createdAt = now;
            d.persist();
        }
        return subscriptions.size();
    }

    /**
     * An actor was invited: to take part in a collaboration ({@code kind} "collaboration") or to
     * co-organise a resource ("resource"). Goes to the invited actor's subscriptions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void invitationReceived(UUID invitedActorId, String kind, UUID objectId, UUID fromActorId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", objectId);
        data.put("actorId", invitedActorId);
        data.put("kind", kind);
        data.put("fromActorId", fromActorId);
        data.put("url", apiUrl(kind, objectId));
        publish(INVITATION_RECEIVED, List.of(invitedActorId), data);
    }

    /** Where an integrator reads the object: its URL in this API. */
    String apiUrl(String kind, UUID id) {
        return apiUrl.replaceAll("/+$", "") + "/api/v1/" + (kind.equals("collaboration") ? "collaborations/" : "resources/") + id;
    }
}
