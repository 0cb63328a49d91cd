package se.digitalimpactnorth.common.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemResponses;
import se.digitalimpactnorth.common.ProblemType;

/**
 * {@code Idempotency-Key} on the endpoints marked {@link Idempotent} (IETF httpapi draft 07).
 * Keys are kept per caller (the token's subject) for {@code DIN_IDEMPOTENCY_KEY_TTL}.
 * <ul>
 * <li>The first request with a key records it as in progress, in its own committed transaction,
 * before the work, with a fingerprint of method, path and body.</li>
 * <li>A retry with the same key and payload gets the stored response again: status, body and the
 * headers that matter (Location, ETag, Content-Type); the work is not done twice.</li>
 * <li>The same key with another method, path or body is a 422; a retry while the first request is
 * still running is a 409 (try again shortly).</li>
 * <li>Only successful (2xx) responses are stored. A refused request (4xx) changed nothing, and a
 * failed one (5xx) may not have: either way the key is released so that a retry, perhaps after the
 * client fixed its input or the server recovered, does the work again. The draft leaves this to
 * the server ("may" store error responses).</li>
 * <li>Anonymous callers' keys are ignored (every idempotent endpoint needs a token anyway).</li>
 * </ul>
 */
public class IdempotencyFilter {

    /** Request property holding the claimed key until the response is stored. */
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";

    private record Claimed(String subject, String key) {}

    @Inject
    IdempotencyStore store;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request, ResourceInfo resource) {
        String header = request.getHeaderString(IdempotencyKeyHeader.NAME);
        if (header == null || !HttpMethod.POST.equals(request.getMethod()) || resource.getResourceMethod() == null
                || !resource.getResourceMethod().isAnnotationPresent(Idempotent.class) || user.isAnonymous()) {
            return null;
        }
        String instance = request.getUriInfo().getPath();
        String key;
        try {
            key = IdempotencyKeyHeader.parse(header);
        } catch (ProblemException e) {
            return ProblemResponses.of(e.type(), e.getMessage(), instance, e.errors());
        }
        byte[] body = readBody(request);
        String subject = user.subject();
        IdempotencyStore.Claim claim = store.claim(subject, key, fingerprint(request, body));
        return switch (claim) {
            case IdempotencyStore.Claim.Claimed c -> {
                request.setProperty(CLAIMED, new Claimed(subject, key));
                yield null;
            }
            case IdempotencyStore.Claim.OtherPayload o -> ProblemResponses.of(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was used with another request (method, path or body): use a new key for a new request",
                    instance, null);
            case IdempotencyStore.Claim.InProgress i -> Response.fromResponse(ProblemResponses.of(ProblemType.CONFLICT,
                    "A request with this Idempotency-Key is still being processed: retry after it finishes", instance, null))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
            case IdempotencyStore.Claim.Done d -> replay(d);
        };
    }

    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            store.release(claimed.subject(), claimed.key());
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : new String[] {HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE}) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        store.complete(claimed.subject(), claimed.key(), response.getStatus(), headers, bytes(response.getEntity()));
    }

    private static Response replay(IdempotencyStore.Claim.Done done) {
        Response.ResponseBuilder replay = Response.status(done.status());
        done.headers().forEach(replay::header);
        if (done.body() != null && done.body().length > 0) {
            replay.entity(done.body());
        }
        return replay.build();
    }

    /** The entity as the JSON writer would write it (the same ObjectMapper). */
    private byte[] bytes(Object entity) {
        try {
            return switch (entity) {
                case null -> new byte[0];
                case byte[] b -> b;
                case String s -> s.getBytes(StandardCharsets.UTF_8);
                default -> json.writeValueAsBytes(entity);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBody(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of method, path with query, and body: what "the same request" means for a key. */
    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
