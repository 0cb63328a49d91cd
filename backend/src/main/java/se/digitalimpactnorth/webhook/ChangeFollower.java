package se.digitalimpactnorth.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.changes.Change;
import se.digitalimpactnorth.changes.ChangeKind;
import se.digitalimpactnorth.changes.ChangeLog;
import se.digitalimpactnorth.changes.ChangePage;
import se.digitalimpactnorth.changes.ChangeType;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;

/**
 * Turns the change log into resource and collaboration events. The cursor it has read up to lives
 * in the one row of {@code webhook_change_cursor}; the replica that locks that row (SKIP LOCKED:
 * the others go on sending) reads the next page, stores its deliveries and moves the cursor in one
 * transaction, so a crash repeats nothing and skips nothing.
 *
 * <p>Resource events go to the publisher's subscriptions; collaboration events to those of every
 * accepted participant's actor (the lead included). Only subscriptions that existed when the
 * change happened get it, so a new subscription does not receive the past.
 */
@ApplicationScoped
public class ChangeFollower {

    private static final Logger LOG = Logger.getLogger(ChangeFollower.class);
    /** Changes read per page; a tick reads a few pages at most, then the sender gets its turn. */
    static final int PAGE = 200;
    private static final int PAGES_PER_TICK = 5;

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    WebhookEvents events;

    /** Reads what came after the stored cursor and stores its deliveries; returns how many changes it read. */
    public int follow() {
        int read = 0;
        for (int page = 0; page < PAGES_PER_TICK; page++) {
            int[] count = {0};
            boolean more = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Object> row = em.createNativeQuery("select coalesce(cursor, '') from webhook_change_cursor where id = 1"
                        + " for update skip locked").getResultList();
                if (row.isEmpty()) {
                    return false; // another replica is following right now
                }
                String cursor = ((String) row.getFirst()).isEmpty() ? null : (String) row.getFirst();
                ChangePage changePage;
                try {
                    changePage = changes.read(cursor, EnumSet.of(ChangeType.RESOURCE, ChangeType.COLLABORATION), PAGE);
                } catch (ProblemException e) {
                    if (e.type() != ProblemType.GONE) {
                        throw e;
                    }
                    // Webhooks were off for longer than the change log keeps changes: start again from what is kept.
                    LOG.warn("webhooks: the stored change-log cursor is older than the changes kept; events in between were not sent");
                    changePage = changes.read(null, EnumSet.of(ChangeType.RESOURCE, ChangeType.COLLABORATION), PAGE);
                }
                for (Change change : changePage.items()) {
                    publish(change);
                }
                em.createNativeQuery("update webhook_change_cursor set cursor = :cursor where id = 1")
                        .setParameter("cursor", changePage.nextCursor()).executeUpdate();
                count[0] = changePage.items().size();
                return changePage.hasMore();
            });
            read += count[0];
            if (!more) {
                break;
            }
        }
        return read;
    }

    private void publish(Change change) {
        boolean resource = change.type() == ChangeType.RESOURCE;
        String type;
        if (change.kind() == ChangeKind.DELETE) {
            type = resource ? WebhookEvents.RESOURCE_ARCHIVED : WebhookEvents.COLLABORATION_ARCHIVED;
        } else if (change.firstPublication()) {
            type = resource ? WebhookEvents.RESOURCE_PUBLISHED : WebhookEvents.COLLABORATION_PUBLISHED;
        } else {
            type = resource ? WebhookEvents.RESOURCE_UPDATED : WebhookEvents.COLLABORATION_UPDATED;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", change.id());
        data.put("actorId", change.actorId());
        externalId(resource ? "resource" : "collaboration", change.id()).ifPresent(id -> data.put("externalId", id));
        data.put("version", change.version());
        data.put("url", events.apiUrl(resource ? "resource" : "collaboration", change.id()));
        if (change.kind() == ChangeKind.DELETE && change.reason() != null) {
            data.put("reason", change.reason());
        }
        Set<UUID> to = new LinkedHashSet<>();
        if (change.actorId() != null) {
            to.add(change.actorId());
        }
        if (!resource) {
            to.addAll(acceptedParticipants(change.id()));
        }
        events.publish(type, to, data, change.at());
    }

    /**
     * The integrator's own id of the item, when it was upserted by one, so a partner's system maps the
     * event to its record without a lookup (the views show it to everyone too). {@code table} is one
     * of two constants, never input.
     */
    private Optional<String> externalId(String table, UUID id) {
        List<?> rows = em.createNativeQuery("select external_id from " + table + " where id = :id and external_id is not null")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /**
     * The actors taking part in a collaboration. Read here with one query of the participants'
     * table rather than loading the collaboration through its feature: the follower needs only ids,
     * for many changes in a row, and never changes them.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> acceptedParticipants(UUID collaborationId) {
        return em.createNativeQuery("select actor_id from collaboration_participant where collaboration_id = :c and status = 'ACCEPTED'",
                UUID.class).setParameter("c", collaborationId).getResultList();
    }
}
