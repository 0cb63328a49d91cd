package se.digitalimpactnorth.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The {@code idempotency_key} table: one row per caller and key. Every call is its own committed
 * transaction, apart from the request's work, so that a concurrent retry (on any replica) sees
 * that the first request is running, and a stored response survives whatever the work did.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    /**
     * A request still "in progress" after this long was lost (its process died between claiming
     * the key and storing the response): a retry takes the key over instead of waiting out the TTL.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "din.idempotency.key-ttl")
    Duration ttl;

    /** What a request with a key finds. */
    sealed interface Claim {
        /** The key is new (or expired): this request does the work. */
        record Claimed() implements Claim {}

        /** The key was used with another method, path or body. */
        record OtherPayload() implements Claim {}

        /** The first request with this key is still running. */
        record InProgress() implements Claim {}

        /** The first request finished: replay its response. */
        record Done(int status, Map<String, String> headers, byte[] body) implements Claim {}
    }

    /** Claims {@code key} for {@code subject}'s request with {@code fingerprint}, or says what holds it. */
    Claim claim(String subject, String key, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now();
            em.createNativeQuery("""
                    delete from idempotency_key where subject = :subject and key = :key
                    and (created_at < :expired or (status is null and created_at < :abandoned))
                    """)
                    .setParameter("subject", subject).setParameter("key", key)
                    .setParameter("expired", now.minus(ttl)).setParameter("abandoned", now.minus(ABANDONED_AFTER))
                    .executeUpdate();
            int inserted = em.createNativeQuery("""
                    insert into idempotency_key (subject, key, fingerprint) values (:subject, :key, :fingerprint)
                    on conflict (subject, key) do nothing
                    """)
                    .setParameter("subject", subject).setParameter("key", key).setParameter("fingerprint", fingerprint)
                    .executeUpdate();
            if (inserted == 1) {
                return new Claim.Claimed();
            }
            List<?> rows = em.createNativeQuery("""
                    select fingerprint, status, cast(headers as text), body from idempotency_key where subject = :subject and key = :key
                    """).setParameter("subject", subject).setParameter("key", key).getResultList();
            if (rows.isEmpty()) {
                // Deleted between our insert and select (pruned or released): the caller may simply retry.
                return new Claim.InProgress();
            }
            Object[] row = (Object[]) rows.get(0);
            if (!fingerprint.equals(row[0])) {
                return new Claim.OtherPayload();
            }
            if (row[1] == null) {
                return new Claim.InProgress();
            }
            return new Claim.Done(((Number) row[1]).intValue(), readHeaders((String) row[2]), (byte[]) row[3]);
        });
    }

    /** Keeps the first request's response for replay. */
    void complete(String subject, String key, int status, Map<String, String> headers, byte[] body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update idempotency_key set status = :status, headers = cast(:headers as jsonb), body = :body, completed_at = now()
                where subject = :subject and key = :key
                """)
                .setParameter("status", status).setParameter("headers", writeHeaders(headers)).setParameter("body", body)
                .setParameter("subject", subject).setParameter("key", key)
                .executeUpdate());
    }

    /** Frees the key of a request that did not succeed, so that a retry does the work again. */
    void release(String subject, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from idempotency_key where subject = :subject and key = :key and status is null")
                .setParameter("subject", subject).setParameter("key", key)
                .executeUpdate());
    }

    /** Drops keys older than {@code DIN_IDEMPOTENCY_KEY_TTL}; each replica may run it, deleting twice is harmless. */
    @Scheduled(every = "${din.idempotency.prune-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnSchedule() {
        prune();
    }

    /** Drops the expired keys now; how many. */
    public int prune() {
        int pruned = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from idempotency_key where created_at < :expired")
                .setParameter("expired", OffsetDateTime.now().minus(ttl))
                .executeUpdate());
        if (pruned > 0) {
            LOG.debugf("Pruned %d expired idempotency keys", pruned);
        }
        return pruned;
    }

    private String writeHeaders(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> readHeaders(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
