package se.digitalimpactnorth.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Actions whose body is optional (approve, reject, ask to join) must work with a bare
 * {@code POST}: a request without a body is read as empty JSON, whatever Content-Type a client
 * library put on it (curl sends none, some send form encoding).
 */
public class EmptyBodyFilter {

    @ServerRequestFilter(preMatching = true)
    public void emptyBodyIsJson(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean noBody = request.getHeaderString("Transfer-Encoding") == null && (length == null || length.equals("0"));
        if (noBody) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
