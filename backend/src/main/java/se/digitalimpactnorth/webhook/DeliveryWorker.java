package se.digitalimpactnorth.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.common.Locks;

/**
 * Sends stored deliveries. Every replica runs it; each delivery is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so one replica at a time sends it, and one that dies
 * mid-send leaves a lease that runs out and another replica takes the delivery over (a receiver
 * may then get it twice: it deduplicates on {@code webhook-id}).
 *
 * <p>Retries (README, "Webhooks"): the first attempt as soon as the worker sees it, then after
 * about 30 s, 2 min, 8 min, 32 min, 2 h 8 min, 8 h 32 min and 12 h (each ±20 % jitter): 8 attempts
 * over about 23 hours. A 410 disables the subscription at once; a delivery whose attempts run out
 * while the subscription had no success since its first attempt (about a day of failure) disables it too.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /** The waits after the first, second, ... failed attempt; a delivery has one attempt more than waits. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(8),
            Duration.ofMinutes(32), Duration.ofMinutes(128), Duration.ofMinutes(512), Duration.ofHours(12));
    static final int MAX_ATTEMPTS = RETRY_DELAYS.size() + 1;

    /** Longer than an attempt can take, so a live sender never loses its delivery to another. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    EntityManager em;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookConfig config;

    @Inject
    AuditLog audit;

    @Inject
    ChangeFollower changes;

    @Scheduled(every = "${din.webhooks.poll-interval:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.workerEnabled()) {
            return;
        }
        try {
            changes.follow();
        } catch (RuntimeException e) {
            LOG.warn("webhooks: following the change log failed; trying again at the next tick", e);
        }
        sendDue();
    }

    /** Forgets finished deliveries older than the log's retention (DIN_WEBHOOK_LOG_RETENTION); any replica may, all at once is harmless. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        if (config.workerEnabled()) {
            prune(OffsetDateTime.now().minus(config.logRetention()));
        }
    }

    /** Deletes finished deliveries created before {@code before}; returns how many. */
    public int prune(OffsetDateTime before) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from webhook_delivery"
                        + " where created_at < :before and status in ('SUCCEEDED', 'FAILED')")
                .setParameter("before", before).executeUpdate());
    }

    /** Sends up to one batch of due deliveries; returns how many were attempted. */
    public int sendDue() {
        int attempted = 0;
        while (attempted < config.batchSize()) {
            Claim claim = claim();
            if (claim == null) {
                break;
            }
            attempt(claim);
            attempted++;
        }
        return attempted;
    }

    record Claim(UUID delivery, UUID token) {}

    /** Takes the most overdue delivery nobody holds, in a short transaction of its own. */
    Claim claim() {
        UUID token = UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("update webhook_delivery set lease_until = now() + make_interval(secs => :lease),"
                            + " lease_token = :token where id = (select d.id from webhook_delivery d"
                            + " join webhook_subscription s on s.id = d.subscription_id"
                            + " where d.status in ('PENDING', 'RETRYING') and d.next_attempt_at <= now()"
                            + " and (d.lease_until is null or d.lease_until < now()) and s.status = 'ACTIVE'"
                            + " order by d.next_attempt_at limit 1 for update of d skip locked) returning id", UUID.class)
                    .setParameter("lease", (double) LEASE.toSeconds())
                    .setParameter("token", token)
                    .getResultList();
            return ids.isEmpty() ? null : new Claim(ids.getFirst(), token);
        });
    }

    private record Request(String url, Map<String, String> headers, String body) {}

    private void attempt(Claim claim) {
        OffsetDateTime started = OffsetDateTime.now();
        Request request = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(claim.delivery());
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            long timestamp = started.toEpochSecond();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("webhook-id", d.messageId);
            headers.put("webhook-timestamp", Long.toString(timestamp));
            headers.put("webhook-signature", WebhookSigner.signatureHeader(s.signingSecrets(started), d.messageId, timestamp, d.payload));
            return new Request(s.url, headers, d.payload);
        });
        WebhookSender.Outcome outcome = sender.send(request.url(), request.headers(), request.body());
        QuarkusTransaction.requiringNew().run(() -> record(claim, started, outcome));
    }

    private void record(Claim claim, OffsetDateTime started, WebhookSender.Outcome outcome) {
        WebhookDelivery d = WebhookDelivery.findById(claim.delivery());
        if (d == null) {
            return; // the subscription was deleted meanwhile
        }
        Locks.forUpdate(d);
        if (!claim.token().equals(d.leaseToken)) {
            return; // the lease ran out and another replica took the delivery over: its result counts
        }
        WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
        Locks.forUpdate(s);
        OffsetDateTime now = OffsetDateTime.now();
        d.attempts++;
        d.lastAttemptAt = started;
        if (d.firstAttemptAt == null) {
            d.firstAttemptAt = started;
        }
        d.lastResponseStatus = outcome.status();
        d.lastResponseBody = cut(outcome.body(), WebhookSender.KEPT_BYTES);
        d.lastError = cut(outcome.error(), 1000);
        d.leaseUntil = null;
        d.leaseToken = null;
        if (outcome.succeeded()) {
            d.status = WebhookDelivery.Status.SUCCEEDED;
            d.nextAttemptAt = null;
            s.failingSince = null;
            return;
        }
        if (s.failingSince == null) {
            s.failingSince = started;
        }
        if (outcome.status() != null && outcome.status() == 410) {
            d.status = WebhookDelivery.Status.FAILED;
            d.nextAttemptAt = null;
            disable(s, d, "The receiver answered 410 Gone: it asked for no more deliveries");
            return;
        }
        if (d.attempts >= MAX_ATTEMPTS) {
            d.status = WebhookDelivery.Status.FAILED;
            d.nextAttemptAt = null;
            if (!s.failingSince.isAfter(d.firstAttemptAt)) {
                disable(s, d, "Every delivery failed for about a day (" + MAX_ATTEMPTS + " attempts of one delivery; last: "
                        + (d.lastError == null ? "no answer" : d.lastError) + ")");
            }
            return;
        }
        d.status = WebhookDelivery.Status.RETRYING;
        d.nextAttemptAt = now.plus(delay(d.attempts)).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The wait after this many failed attempts, with ±20 % jitter so that retries of many deliveries spread out. */
    static Duration delay(int failedAttempts) {
        Duration base = RETRY_DELAYS.get(Math.min(failedAttempts, RETRY_DELAYS.size()) - 1);
        double factor = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base.toMillis() * factor));
    }

    /**
     * Turns the subscription off and tells its owners where they look: the subscription's status
     * and disabledReason, and an audit entry. Its other waiting deliveries fail now rather than
     * linger (saving the subscription again turns it back on for new events; redeliver sends old ones).
     */
    private void disable(WebhookSubscription s, WebhookDelivery current, String reason) {
        s.status = WebhookSubscription.Status.DISABLED;
        s.disabledReason = cut(reason, 500);
        s.disabledAt = OffsetDateTime.now();
        em.createNativeQuery("update webhook_delivery set status = 'FAILED', next_attempt_at = null,"
                        + " last_error = 'not sent: the webhook was disabled', lease_until = null, lease_token = null where subscription_id = :s and id <> :d"
                        + " and status in ('PENDING', 'RETRYING')")
                .setParameter("s", s.id).setParameter("d", current.id).executeUpdate();
        audit.recordBySystem("webhook.disabled", "webhook", s.id, Map.of("actor", s.actorId.toString(), "reason", s.disabledReason));
        LOG.infof("webhooks: disabled %s of actor %s: %s", s.id, s.actorId, reason);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
