package se.digitalimpactnorth.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused before it is read, as Quarkus
 * does, but with a problem body like every other error (Quarkus's own 413 has none). Bodies sent
 * without a Content-Length (chunked) are cut off by Quarkus's request stream at the same limit,
 * with a bare 413 (StrictJsonTest shows both).
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus's own upload-limit route (order -2), so this answer is the one sent. */
    private static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared <= max) {
                context.next();
                return;
            }
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            JsonObject problem = new JsonObject()
                    .put("type", type.uri())
                    .put("title", type.title())
                    .put("status", type.status())
                    .put("detail", "The body is larger than " + max + " bytes")
                    .put("instance", context.request().path());
            String requestId = RequestIds.current();
            if (requestId != null) {
                problem.put("requestId", requestId);
            }
            context.response()
                    .setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem.encode());
        });
    }
}
