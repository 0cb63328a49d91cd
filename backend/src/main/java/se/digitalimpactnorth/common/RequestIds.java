package se.digitalimpactnorth.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The request id that ties a user's error report to the API's log lines. Every request gets one:
 * the incoming {@code X-Request-Id} when it is a plain token (a proxy's or load balancer's id, so
 * that its logs and ours agree), else a new UUID. It is
 * <ul>
 * <li>returned as {@code X-Request-Id} on every response, set as the headers are written, so it
 * also covers answers made outside the REST layer (413, CORS preflights, 404s of unknown paths,
 * feeds' fast path);</li>
 * <li>in the logging MDC under {@value #MDC_KEY} for the request's log lines. Quarkus keeps the
 * MDC in the request's Vert.x context, so it follows the request onto worker threads and is gone
 * with the request;</li>
 * <li>the {@code requestId} of every problem body ({@link Problem}).</li>
 * </ul>
 * An id that is not a plain token is replaced rather than cleaned: it may be an attempt to forge
 * log lines (line breaks, quotes) or simply too long to be anyone's id.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** Before every other filter (SecurityHeaders is 2000, FeedCors 1000), so that all they log and answer has the id. */
    private static final int PRIORITY = 3000;

    void register(@Observes Filters filters) {
        filters.register(this::assign, PRIORITY);
    }

    void assign(RoutingContext rc) {
        String id = accepted(rc.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        rc.addHeadersEndHandler(ignored -> rc.response().headers().set(HEADER, id));
        rc.next();
    }

    /** {@code incoming} when it is an id we may log and echo, else a new one. */
    static String accepted(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The id of the request being handled, or null outside a request (a scheduled job, start-up). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
