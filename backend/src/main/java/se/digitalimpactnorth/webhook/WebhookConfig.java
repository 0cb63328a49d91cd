package se.digitalimpactnorth.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of webhook delivery (README, "Webhooks"). */
@ConfigMapping(prefix = "din.webhooks")
public interface WebhookConfig {

    /**
     * Host names or addresses a webhook may reach although they resolve to a non-public address,
     * and over plain http (DIN_WEBHOOK_ALLOWED_HOSTS; tests and local development only).
     */
    Optional<List<String>> allowedHosts();

    /** Whether this process sends deliveries and follows the change log (off in tests, which drive it). */
    @WithDefault("true")
    boolean workerEnabled();

    /** How long one attempt may take, connecting included. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How many bytes of a receiver's answer are read at most (the rest is not read). */
    @WithDefault("65536")
    int maxResponseBytes();

    /** How often each replica looks for due deliveries and new changes (read by the @Scheduled worker). */
    @WithDefault("5s")
    String pollInterval();

    /** How many deliveries one replica sends per tick of the worker. */
    @WithDefault("50")
    int batchSize();

    /** How long finished deliveries (succeeded or failed) stay in the delivery log. */
    @WithDefault("P30D")
    java.time.Duration logRetention();

    /** How long after the last change to a secret the previous one still signs. */
    @WithDefault("PT24H")
    Duration previousSecretLifetime();
}
