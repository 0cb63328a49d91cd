package se.digitalimpactnorth.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The few cluster operations Hibernate Search does not do for us (aliases, counts, health, deleting
 * an old index), as plain HTTP calls to the URL the API is configured with.
 */
@ApplicationScoped
public class OpenSearchAdmin {

    /** An answer: its status and body. */
    public record Reply(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    @ConfigProperty(name = "din.search.url")
    String url;

    @ConfigProperty(name = "din.search.username")
    Optional<String> username;

    @ConfigProperty(name = "din.search.password")
    Optional<String> password;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public Reply send(String method, String path, String json, Duration timeout) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + path)).timeout(timeout)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (username.isPresent() && !username.get().isBlank()) {
            String pair = username.get() + ":" + password.orElse("");
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public Reply send(String method, String path, String json) throws IOException {
        return send(method, path, json, Duration.ofSeconds(30));
    }

    /** Fails unless the answer is 2xx. */
    public String expect(String method, String path, String json) throws IOException {
        Reply reply = send(method, path, json);
        if (!reply.ok()) {
            throw new IOException(method + " " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }
}
