package se.digitalimpactnorth.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The confirmation an erasure takes: {@code <expiry in epoch seconds>.<HMAC-SHA256 of subject,
 * person record and expiry>}, keyed with the database's {@code signing_key} (V20). Stateless, so
 * any replica checks what another issued; bound to one subject, so nobody else's request can use
 * it; bound to the person record's creation time, so it is spent once the erasure deletes that
 * record (a second click, or a new sign-in afterwards, cannot use it); short-lived, so a token left
 * in a browser's history soon means nothing.
 */
@ApplicationScoped
public class ErasureConfirmations {

    /** How long a confirmation is accepted. */
    public static final Duration VALID_FOR = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    /** A confirmation issued now. */
    public record Issued(String token, Instant expiresAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(String subject, Instant now) {
        long expires = now.plus(VALID_FOR).getEpochSecond();
        return new Issued(expires + "." + sign(subject, record(subject), expires), Instant.ofEpochSecond(expires));
    }

    /** Whether {@code token} was issued to {@code subject} and has not expired at {@code now}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isValid(String token, String subject, Instant now) {
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 19) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        if (now.getEpochSecond() >= expires || expires > now.plus(VALID_FOR).getEpochSecond()) {
            return false;
        }
        byte[] expected = sign(subject, record(subject), expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String subject, String record, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] tag = mac.doFinal(("erase-account\n" + subject + "\n" + record + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Which person record the token is for: its creation time to the microsecond, or none. */
    private String record(String subject) {
        return em.createNativeQuery("select coalesce((select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
                + " from person where subject = :s), 'none')").setParameter("s", subject).getSingleResult().toString();
    }

    private byte[] key() {
        return (byte[]) em.createNativeQuery("select secret from signing_key where purpose = 'erasure-confirmation'").getSingleResult();
    }
}
