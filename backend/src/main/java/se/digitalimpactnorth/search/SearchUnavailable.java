package se.digitalimpactnorth.search;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.digitalimpactnorth.common.ProblemMappers;
import se.digitalimpactnorth.common.ProblemResponses;
import se.digitalimpactnorth.common.ProblemType;

/**
 * The search engine could not be reached: 503 with Retry-After for the search and the public lists,
 * which only it answers. Everything else keeps working (writes go to PostgreSQL, and their index
 * updates wait in the outbox until the engine is back).
 */
public class SearchUnavailable {

    public static final String DESCRIPTION = "The search engine cannot be reached just now: try again after Retry-After seconds";
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(SearchUnavailable.class);

    @ServerExceptionMapper
    public Response unavailable(SearchException e, UriInfo uri) {
        if (!unreachable(e)) {
            // A fault of ours (a query the engine refused): an incident, like any other unexpected error.
            return new ProblemMappers().unexpected(e, uri);
        }
        LOG.warnf("Search engine unreachable for %s: %s", uri.getPath(), rootMessage(e));
        Response problem = ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                "Search is unavailable for a moment; nothing else is affected. Try again in " + RETRY_AFTER_SECONDS + " s (Retry-After).",
                uri.getPath(), java.util.List.of());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /**
     * A connection refused, reset or timed out somewhere in the causes, the engine answering 5xx, or
     * the indexes not there yet (an API started before OpenSearch creates them as soon as it answers).
     */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Status code was '50") || message.contains("Connection refused")
                    || message.contains("index_not_found_exception")
                    || message.contains("timed out") || message.contains("Timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
