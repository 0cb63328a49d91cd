package se.digitalimpactnorth.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.ProblemResponses;
import se.digitalimpactnorth.common.ProblemType;

/**
 * Applies the rate limits after authentication: an integrator token counts against its API
 * client's budget on every operation; an anonymous request to a {@link RateLimited} operation
 * against its address's. People signed in to the SPA are not limited here. Runs on the
 * endpoint's worker thread (a blocking filter), since it asks the database.
 */
public class RateLimitFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig config;

    @Inject
    CurrentUser user;

    private volatile ClientAddress addresses;

    @ServerRequestFilter
    public Response limit(ResourceInfo resource, HttpServerRequest request, UriInfo uri) {
        String bucket;
        int limit;
        if (user.isIntegrator()) {
            bucket = "client:" + user.subject();
            limit = config.integrator();
        } else if (user.isAnonymous() && isLimited(resource)) {
            bucket = "address:" + addresses().resolve(
                    request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress(),
                    request.getHeader("X-Forwarded-For"));
            limit = config.anonymous();
        } else {
            return null;
        }
        if (limit <= 0) {
            return null;
        }
        OptionalLong retryAfter = limiter.hit(bucket, limit);
        if (retryAfter.isEmpty()) {
            return null;
        }
        Response problem = ProblemResponses.of(ProblemType.TOO_MANY_REQUESTS,
                "More than " + limit + " requests in " + config.window().toSeconds() + " s from this "
                        + (bucket.startsWith("client:") ? "API client" : "address") + ". Try again after "
                        + retryAfter.getAsLong() + " s (Retry-After).",
                uri.getPath(), null);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, retryAfter.getAsLong()).build();
    }

    private static boolean isLimited(ResourceInfo resource) {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(RateLimited.class)
                || resource.getResourceClass().isAnnotationPresent(RateLimited.class));
    }

    private ClientAddress addresses() {
        ClientAddress a = addresses;
        if (a == null) {
            a = new ClientAddress(config.trustedProxies().orElse(List.of()));
            addresses = a;
        }
        return a;
    }
}
