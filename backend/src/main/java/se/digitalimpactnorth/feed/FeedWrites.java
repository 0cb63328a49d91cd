package se.digitalimpactnorth.feed;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells FeedChanges when a successful write request to this replica ends, just before its
 * response goes out: services commit before the endpoint returns, so by then the write is in the database, and
 * the writer's next feed request on this replica shows it (the notification reaches the other
 * replicas, and this one, within milliseconds anyway).
 */
@ApplicationScoped
public class FeedWrites {

    @Inject
    FeedChanges changes;

    void register(@Observes Filters filters) {
        filters.register(this::onWrite, 100);
    }

    void onWrite(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
            rc.addHeadersEndHandler(v -> {
                // Only a write that happened: a refused one (401, 400, ...) must not let anyone empty the cache.
                int status = rc.response().getStatusCode();
                if (status >= 200 && status < 300) {
                    changes.localWrite();
                }
            });
        }
        rc.next();
    }
}
