package se.digitalimpactnorth.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorService;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Cursor;
import se.digitalimpactnorth.common.Locks;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.webhook.WebhookDtos.DeliveryPage;
import se.digitalimpactnorth.webhook.WebhookDtos.DeliveryView;
import se.digitalimpactnorth.webhook.WebhookDtos.WebhookInput;
import se.digitalimpactnorth.webhook.WebhookDtos.WebhookList;
import se.digitalimpactnorth.webhook.WebhookDtos.WebhookSecret;
import se.digitalimpactnorth.webhook.WebhookDtos.WebhookView;

/**
 * An actor's webhook subscriptions and their delivery log, for its owners (admins to help).
 * Owns the transactions and the audit trail; the secret never enters the audit trail.
 */
@ApplicationScoped
public class WebhookService {

    @Inject
    CurrentUser user;

    @Inject
    ActorService actors;

    @Inject
    WebhookPolicy policy;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookConfig config;

    @Inject
    AuditLog audit;

    /**
     * How many subscriptions the delivery worker has disabled, per actor, in one query; actors with
     * none are absent. No authorisation here: the caller (the "my invitations" inbox) passes only
     * the actors the signed-in person owns.
     */
    public Map<UUID, Integer> disabledCounts(java.util.Collection<UUID> actorIds) {
        Map<UUID, Integer> counts = new java.util.HashMap<>();
        if (!actorIds.isEmpty()) {
            WebhookSubscription.getEntityManager().createQuery("select s.actorId, count(s) from WebhookSubscription s"
                            + " where s.actorId in :actors and s.status = :disabled group by s.actorId", Object[].class)
                    .setParameter("actors", actorIds).setParameter("disabled", WebhookSubscription.Status.DISABLED)
                    .getResultList().forEach(row -> counts.put((UUID) row[0], ((Long) row[1]).intValue()));
        }
        return counts;
    }

    @Transactional
    public WebhookList list(UUID actorId) {
        authorise(actorId);
        return new WebhookList(WebhookSubscription.<WebhookSubscription>find("actorId = ?1 order by createdAt desc, id desc", actorId)
                .stream().map(WebhookDtos::view).toList());
    }

    @Transactional
    public WebhookView get(UUID actorId, UUID id) {
        authorise(actorId);
        return WebhookDtos.view(find(actorId, id));
    }

    @Transactional
    public WebhookSecret create(UUID actorId, WebhookInput input) {
        authorise(actorId);
        List<String> types = eventTypes(input.eventTypes());
        String url = vetUrl(input.url());
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.actorId = actorId;
        s.url = url;
        s.eventTypes = new ArrayList<>(types);
        s.description = blankToNull(input.description());
        s.secret = WebhookSigner.newSecret();
        s.status = WebhookSubscription.Status.ACTIVE;
        s.createdAt = OffsetDateTime.now();
        s.createdBy = user.subject();
        s.persist();
        audit.record("webhook.created", "webhook", s.id, summary(s));
        return new WebhookSecret(WebhookDtos.view(s), s.secret);
    }

    /** Replaces URL, event types and description; a disabled subscription is turned back on. */
    @Transactional
    public WebhookView update(UUID actorId, UUID id, WebhookInput input) {
        authorise(actorId);
        List<String> types = eventTypes(input.eventTypes());
        String url = vetUrl(input.url());
        WebhookSubscription s = find(actorId, id);
        Locks.forUpdate(s);
        Map<String, Object> before = summary(s);
        s.url = url;
        s.eventTypes = new ArrayList<>(types);
        s.description = blankToNull(input.description());
        if (s.status == WebhookSubscription.Status.DISABLED) {
            s.status = WebhookSubscription.Status.ACTIVE;
            s.disabledReason = null;
            s.disabledAt = null;
            s.failingSince = null;
        }
        audit.record("webhook.updated", "webhook", s.id, AuditLog.diff(before, summary(s)));
        return WebhookDtos.view(s);
    }

    @Transactional
    public void delete(UUID actorId, UUID id) {
        authorise(actorId);
        WebhookSubscription s = find(actorId, id);
        audit.record("webhook.deleted", "webhook", s.id, summary(s));
        WebhookDelivery.delete("subscriptionId", s.id);
        s.delete();
    }

    /** A new secret; the previous one keeps signing (as a second signature) for a day. */
    @Transactional
    public WebhookSecret rotateSecret(UUID actorId, UUID id) {
        authorise(actorId);
        WebhookSubscription s = find(actorId, id);
        Locks.forUpdate(s);
        OffsetDateTime now = OffsetDateTime.now();
        s.previousSecret = s.secret;
        s.previousSecretExpiresAt = now.plus(config.previousSecretLifetime());
        s.secret = WebhookSigner.newSecret();
        s.secretRotatedAt = now;
        audit.record("webhook.secret-rotated", "webhook", s.id, Map.of("previousSecretValidUntil", s.previousSecretExpiresAt.toString()));
        return new WebhookSecret(WebhookDtos.view(s), s.secret);
    }

    @Transactional
    public DeliveryPage deliveries(UUID actorId, UUID id, Integer limit, String cursor) {
        authorise(actorId);
        WebhookSubscription s = find(actorId, id);
        int size = Cursor.limit(limit);
        List<WebhookDelivery> found;
        if (cursor == null) {
            found = WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 order by createdAt desc, id desc", s.id)
                    .range(0, size).list();
        } else {
            Cursor.TimeAndId after = Cursor.decodeTimeAndId(cursor);
            found = WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3))"
                    + " order by createdAt desc, id desc", s.id, after.at(), after.id()).range(0, size).list();
        }
        boolean more = found.size() > size;
        List<WebhookDelivery> page = more ? found.subList(0, size) : found;
        String next = more ? Cursor.encode(page.getLast().createdAt.toString(), page.getLast().id.toString()) : null;
        return new DeliveryPage(page.stream().map(WebhookDtos::view).toList(), next);
    }

    /** Sends the delivery again, now: one more attempt, whatever became of the earlier ones. */
    @Transactional
    public DeliveryView redeliver(UUID actorId, UUID id, UUID deliveryId) {
        authorise(actorId);
        WebhookSubscription s = find(actorId, id);
        WebhookDelivery d = WebhookDelivery.<WebhookDelivery>find("id = ?1 and subscriptionId = ?2", deliveryId, s.id)
                .firstResultOptional()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no delivery " + deliveryId + " of this webhook"));
        if (s.status != WebhookSubscription.Status.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "The webhook is disabled; save it again (PUT) to turn it back on, then redeliver");
        }
        Locks.forUpdate(d);
        OffsetDateTime now = OffsetDateTime.now();
        if (d.leaseUntil != null && d.leaseUntil.isAfter(now)) {
            throw new ProblemException(ProblemType.CONFLICT, "The delivery is being sent right now");
        }
        d.status = d.attempts == 0 ? WebhookDelivery.Status.PENDING : WebhookDelivery.Status.RETRYING;
        d.nextAttemptAt = now;
        // A new series: failing now says nothing about how long the receiver failed before.
        d.firstAttemptAt = null;
        audit.record("webhook.redelivered", "webhook", s.id, Map.of("delivery", d.id.toString()));
        return WebhookDtos.view(d);
    }

    // --- helpers ---

    private void authorise(UUID actorId) {
        Actor actor = actors.findVisible(actorId.toString());
        if (!policy.canManage(user, actors.roleOf(actor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners manage its webhooks");
        }
    }

    private static WebhookSubscription find(UUID actorId, UUID id) {
        return WebhookSubscription.<WebhookSubscription>find("id = ?1 and actorId = ?2", id, actorId).firstResultOptional()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no webhook " + id + " of this actor"));
    }

    /** The URL's shape, then every address its host resolves to: a refusal names the field url. */
    private String vetUrl(String url) {
        URI uri = WebhookUrls.parse(url, sender.policy());
        try {
            List<InetAddress> ignored = sender.policy().vet(uri.getHost(), InetAddress::getAllByName);
        } catch (AddressPolicy.Refused e) {
            throw WebhookUrls.invalid(Problem.FieldError.INVALID_URL, "is refused: " + e.getMessage());
        }
        return url;
    }

    private static List<String> eventTypes(List<String> given) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (!WebhookEvents.TYPES.contains(given.get(i))) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "]", Problem.FieldError.NOT_ONE_OF,
                        "must be one of " + WebhookEvents.TYPES_TEXT, Problem.FieldError.Params.allowed(List.copyOf(WebhookEvents.TYPES))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.getFirst().field() + ": " + errors.getFirst().message(), errors);
        }
        return List.copyOf(new LinkedHashSet<>(given));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> summary(WebhookSubscription s) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("actor", s.actorId.toString());
        summary.put("url", s.url);
        summary.put("eventTypes", List.copyOf(s.eventTypes));
        summary.put("description", s.description);
        summary.put("status", s.status.name());
        return summary;
    }
}
