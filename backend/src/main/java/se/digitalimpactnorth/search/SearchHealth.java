package se.digitalimpactnorth.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The search engine's state in {@code /q/health}: DOWN while it cannot be reached or the indexes are not
 * created yet. A wellness check, not a readiness one: without search the API still serves everything
 * else, so a load balancer must keep sending it traffic; search is merely degraded.
 */
@Wellness
@ApplicationScoped
public class SearchHealth implements HealthCheck {

    @Inject
    OpenSearchAdmin admin;

    @Inject
    SearchIndexes indexes;

    @Inject
    ObjectMapper json;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("search");
        try {
            OpenSearchAdmin.Reply reply = admin.send("GET", "/_cluster/health", null, Duration.ofSeconds(2));
            if (!reply.ok()) {
                return check.down().withData("error", "cluster health answered " + reply.status()).build();
            }
            String status = json.readTree(reply.body()).path("status").asText();
            check.withData("cluster", status).withData("indexes", indexes.ready() ? "ready" : "not created yet");
            return ("red".equals(status) || !indexes.ready() ? check.down() : check.up()).build();
        } catch (IOException e) {
            return check.down().withData("error", "unreachable: " + e.getMessage()).build();
        }
    }
}
