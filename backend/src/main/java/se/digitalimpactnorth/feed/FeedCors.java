package se.digitalimpactnorth.feed;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Feeds are readable from any origin, without credentials: partner websites embed them. The API
 * keeps its allow-list (quarkus.http.cors.origins); this filter answers for /feeds/ before it,
 * and hides the Origin from it so that an unknown origin is not turned away.
 */
@ApplicationScoped
public class FeedCors {

    private static final String PREFIX = "/feeds/";

    /** Above Quarkus's own CORS filter, which would answer for every path otherwise. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(this::anyOrigin, PRIORITY);
    }

    void anyOrigin(RoutingContext rc) {
        if (!rc.normalizedPath().startsWith(PREFIX) || rc.request().getHeader("Origin") == null) {
            rc.next();
            return;
        }
        var response = rc.response();
        response.putHeader("Access-Control-Allow-Origin", "*");
        if (rc.request().method() == HttpMethod.OPTIONS && rc.request().getHeader("Access-Control-Request-Method") != null) {
            String requested = rc.request().getHeader("Access-Control-Request-Headers");
            response.putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", requested == null ? "Accept, If-None-Match" : requested)
                    .putHeader("Access-Control-Max-Age", "86400")
                    .setStatusCode(204)
                    .end();
            return;
        }
        response.putHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, X-Request-Id");
        rc.request().headers().remove("Origin");
        rc.next();
    }
}
