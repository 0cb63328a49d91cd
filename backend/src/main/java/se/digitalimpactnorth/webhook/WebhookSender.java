package se.digitalimpactnorth.webhook;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one webhook request, safely: the host is resolved and vetted by {@link AddressPolicy} at
 * every send (DNS may have changed since the subscription), and the connection goes to the vetted
 * address itself ({@link RequestOptions#setServer}), so nothing resolves the name a second time,
 * while the Host header, TLS SNI and the certificate's host-name check still use the URL's host.
 * Redirects are not followed (a 3xx is a failure), an attempt has a time limit, and at most
 * {@link WebhookConfig#maxResponseBytes()} of the answer are read.
 */
@ApplicationScoped
public class WebhookSender {

    /** How many bytes of the answer are kept for the delivery log. */
    static final int KEPT_BYTES = 1024;

    /**
     * What came of one attempt: a status (or null when none arrived), the start of the answer, or an
     * error; {@code connectFailed} when no connection could be made at all.
     */
    public record Outcome(Integer status, String body, String error, boolean connectFailed) {
        Outcome(Integer status, String body, String error) {
            this(status, body, error, false);
        }

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    WebhookConfig config;

    /** How host names are resolved: the system's resolver; tests hand in a table of loopback addresses. */
    private volatile AddressPolicy.Resolver resolver = InetAddress::getAllByName;

    /** Certificates trusted besides the JDK's (tests only: a receiver's self-signed certificate); null for none. */
    private volatile io.vertx.core.net.PfxOptions extraTrust;

    private volatile HttpClient client;
    private volatile AddressPolicy policy;

    AddressPolicy policy() {
        if (policy == null) {
            policy = new AddressPolicy(config.allowedHosts().orElse(List.of()));
        }
        return policy;
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    HttpClientOptions options = new HttpClientOptions();
                    if (extraTrust != null) {
                        options.setTrustOptions(extraTrust);
                    }
                    client = vertx.createHttpClient(options
                            .setVerifyHost(true)
                            .setForceSni(true)
                            // No connection is reused: each send is vetted and pinned on its own.
                            .setKeepAlive(false)
                            .setConnectTimeout((int) config.timeout().toMillis())
                            .setMaxRedirects(0));
                }
            }
        }
        return client;
    }

    /** Replaces the resolver (tests only); null restores the system's. */
    void resolver(AddressPolicy.Resolver replacement) {
        resolver = replacement != null ? replacement : InetAddress::getAllByName;
    }

    /** Trusts the certificates of this PKCS#12 file instead of the JDK's (tests only); null restores the JDK's. */
    synchronized void trust(String pkcs12Path, String password) {
        extraTrust = pkcs12Path == null ? null : new io.vertx.core.net.PfxOptions().setPath(pkcs12Path).setPassword(password);
        if (client != null) {
            client.close();
            client = null;
        }
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** POSTs the body to the URL with these headers; never throws for what the network or receiver did. */
    public Outcome send(String url, Map<String, String> headers, String body) {
        URI uri;
        List<InetAddress> addresses;
        try {
            uri = WebhookUrls.parse(url, policy());
            addresses = policy().vet(uri.getHost(), resolver);
        } catch (AddressPolicy.Refused e) {
            return new Outcome(null, null, "refused: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(null, null, "refused: the URL is not a valid webhook URL");
        }
        // Each vetted address in turn while none can be connected to (a dual-stack host whose IPv6
        // route is down, say); an answer of any kind, or a timeout, ends the attempt.
        Outcome outcome = null;
        for (InetAddress pinned : addresses) {
            outcome = sendTo(uri, pinned, headers, body);
            if (outcome.status() != null || !outcome.connectFailed()) {
                break;
            }
        }
        return outcome;
    }

    private Outcome sendTo(URI uri, InetAddress pinned, Map<String, String> headers, String body) {
        long timeout = config.timeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setSsl(uri.getScheme().equalsIgnoreCase("https"))
                .setHost(AddressPolicy.normalise(uri.getHost()))
                .setPort(WebhookUrls.port(uri))
                .setURI(WebhookUrls.target(uri))
                .setServer(SocketAddress.inetSocketAddress(WebhookUrls.port(uri), pinned.getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout)
                .setTimeout(timeout);
        headers.forEach(options::putHeader);
        options.putHeader("content-type", "application/json");
        options.putHeader("user-agent", "din-webhooks/1");
        Future<Outcome> outcome = client().request(options)
                .recover(e -> Future.failedFuture(new ConnectFailed(e)))
                .compose(request -> request.send(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8))))
                .compose(this::read);
        try {
            return outcome.toCompletionStage().toCompletableFuture().get(timeout + 2_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof ConnectFailed failed) {
                return new Outcome(null, null, "could not connect to " + pinned.getHostAddress() + ": " + describe(failed.getCause()), true);
            }
            return new Outcome(null, null, describe(cause));
        } catch (TimeoutException e) {
            return new Outcome(null, null, "timed out after " + timeout + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, null, "interrupted");
        }
    }

    /** No connection was made to this address (so another address of the host may be tried). */
    private static final class ConnectFailed extends Exception {
        ConnectFailed(Throwable cause) {
            super(cause);
        }
    }

    /** Reads at most maxResponseBytes of the answer, keeping the first {@link #KEPT_BYTES}; then stops reading. */
    private Future<Outcome> read(HttpClientResponse response) {
        Promise<Outcome> done = Promise.promise();
        int cap = config.maxResponseBytes();
        Buffer kept = Buffer.buffer();
        int[] total = {0};
        int status = response.statusCode();
        response.handler(chunk -> {
            if (kept.length() < KEPT_BYTES) {
                kept.appendBuffer(chunk.slice(0, Math.min(chunk.length(), KEPT_BYTES - kept.length())));
            }
            total[0] += chunk.length();
            if (total[0] > cap && done.tryComplete(outcome(status, kept, "the answer was longer than " + cap + " bytes; the rest was not read"))) {
                response.request().connection().close();
            }
        });
        response.exceptionHandler(e -> done.tryComplete(outcome(status, kept, describe(e))));
        response.endHandler(v -> done.tryComplete(outcome(status, kept, null)));
        return done.future();
    }

    private static Outcome outcome(int status, Buffer kept, String note) {
        String error = note;
        if (status >= 300 && status < 400) {
            error = "redirects are not followed (" + status + ")";
        } else if (note == null && (status < 200 || status >= 300)) {
            error = "the receiver answered " + status;
        }
        return new Outcome(status, kept.length() == 0 ? null : kept.toString(StandardCharsets.UTF_8), error);
    }

    private static String describe(Throwable e) {
        // The messages of the cause chain (what went wrong on the network or in TLS, such as a
        // certificate for another name), not which Java class noticed it.
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(message);
            }
        }
        String all = text.isEmpty() ? "the connection failed" : text.toString();
        return all.length() > 500 ? all.substring(0, 500) : all;
    }
}
