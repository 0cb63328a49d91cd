package se.digitalimpactnorth.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets and signatures of Standard Webhooks 1.0: a secret is {@code whsec_} + base64 of random
 * bytes; a signature is {@code v1,} + base64 of HMAC-SHA256 over {@code id.timestamp.body}, keyed with
 * the secret's decoded bytes. Several signatures are separated by spaces (during a rotation).
 */
final class WebhookSigner {

    static final String SECRET_PREFIX = "whsec_";
    /** 32 random bytes: the upper end of the 24 to 64 bytes the specification recommends. */
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {}

    static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header: one {@code v1,} signature per secret, space-separated. */
    static String signatureHeader(List<String> secrets, String messageId, long timestamp, String body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, messageId, timestamp, body)).collect(Collectors.joining(" "));
    }

    static String sign(String secret, String messageId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())), "HmacSHA256"));
            byte[] signed = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
