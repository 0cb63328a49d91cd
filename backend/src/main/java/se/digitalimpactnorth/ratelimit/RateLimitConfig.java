package se.digitalimpactnorth.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Rate limits (DIN_RATE_LIMIT_*, DIN_TRUSTED_PROXIES; see the README's configuration table). */
@ConfigMapping(prefix = "din.rate-limit")
public interface RateLimitConfig {

    /** The length of one counting window. */
    @WithDefault("PT1M")
    Duration window();

    /** Requests per window per client address to the expensive public operations, without a token; 0: no limit. */
    @WithDefault("1200")
    int anonymous();

    /** Requests per window per API client (an integrator token), to any operation; 0: no limit. */
    @WithDefault("6000")
    int integrator();

    /**
     * Addresses of reverse proxies (exact IPv4 or IPv6 addresses) whose X-Forwarded-For is
     * believed; empty: the socket's remote address is the client's.
     */
    Optional<List<String>> trustedProxies();
}
