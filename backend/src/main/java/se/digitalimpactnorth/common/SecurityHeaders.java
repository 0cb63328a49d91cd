package se.digitalimpactnorth.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every response the API sends: the JSON API, feeds, embed pages,
 * {@code /q}, errors and CORS preflights. Set as the headers are written, so they also cover
 * responses made outside the REST layer, and see the Cache-Control the endpoint chose.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} everywhere: a browser never guesses a type.</li>
 * <li>{@code Cache-Control: no-store} on every response to a request with an Authorization header
 * (whatever the endpoint said), and on every response the endpoint did not declare cacheable. The
 * feeds and embed pages ({@code public, max-age=60, ...}), the vocabularies and search
 * ({@code max-age=...}) declare it, and keep their caching headers for anonymous requests.</li>
 * <li>{@code Referrer-Policy: no-referrer}: links out of API bodies say nothing about the API.</li>
 * <li>Nobody frames the API ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}),
 * except the embed pages under {@code /embed/}, which any site may frame (EmbedEndpoint sets
 * their own CSP with {@code frame-ancestors *}).</li>
 * <li>{@code Strict-Transport-Security} only when {@code DIN_HSTS_MAX_AGE} is above 0: set it
 * when the API is reached only over HTTPS (usually through a TLS-terminating proxy).</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before every other filter (FeedCors is 1000), so that responses they end early get the headers too. */
    private static final int PRIORITY = 2000;

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String OPERATIONS_CSP = "frame-ancestors 'none'";

    private final String hsts;

    SecurityHeaders(@ConfigProperty(name = "din.hsts-max-age", defaultValue = "0") long hstsMaxAge) {
        if (hstsMaxAge < 0) {
            throw new IllegalArgumentException("DIN_HSTS_MAX_AGE must be 0 (off) or a number of seconds, not " + hstsMaxAge);
        }
        this.hsts = hstsMaxAge == 0 ? null : "max-age=" + hstsMaxAge;
    }

    void register(@Observes Filters filters) {
        filters.register(this::secure, PRIORITY);
    }

    /** The endpoint chose a lifetime for shared caches (public, max-age) and did not hold the response back. */
    static boolean declaredCacheable(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        String c = cacheControl.toLowerCase(java.util.Locale.ROOT);
        boolean lifetime = c.contains("public") || c.contains("max-age");
        return lifetime && !c.contains("private") && !c.contains("no-store") && !c.contains("no-cache");
    }

    void secure(RoutingContext rc) {
        // The API reads tokens only from the Authorization header (no cookies), so that is what
        // makes a request personal.
        boolean credentials = rc.request().getHeader("Authorization") != null;
        String path = rc.normalizedPath();
        boolean embed = path.startsWith("/embed/");
        boolean operations = path.startsWith("/q/");
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (!headers.contains("Referrer-Policy")) {
                headers.set("Referrer-Policy", "no-referrer");
            }
            if (!embed) {
                headers.set("X-Frame-Options", "DENY");
                headers.set("Content-Security-Policy", operations ? OPERATIONS_CSP : API_CSP);
            }
            if (credentials || !declaredCacheable(headers.get("Cache-Control"))) {
                headers.set("Cache-Control", "no-store");
            }
            if (hsts != null) {
                headers.set("Strict-Transport-Security", hsts);
            }
        });
        rc.next();
    }
}
