package se.digitalimpactnorth.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A webhook receiver for tests, on a loopback address only (127.0.0.1, or another 127.x address to
 * stand for a host that is not allowed). Records every request; answers what {@link #answer} says.
 */
final class Receiver implements AutoCloseable {

    /** One request as received: lower-case header names, the first value of each. */
    record Received(String path, Map<String, String> headers, String body) {}

    /** An answer: status, extra headers, body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer status(int status) {
            return new Answer(status, Map.of(), new byte[0]);
        }
    }

    final List<Received> requests = new CopyOnWriteArrayList<>();
    volatile Function<Received, Answer> answer = r -> Answer.status(204);
    private final HttpServer server;

    Receiver(String loopbackAddress) throws IOException {
        this(loopbackAddress, null);
    }

    /** With {@code tls}, an https receiver presenting the certificate of that SSL context. */
    Receiver(String loopbackAddress, javax.net.ssl.SSLContext tls) throws IOException {
        InetAddress address = InetAddress.getByName(loopbackAddress);
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("tests listen on loopback only");
        }
        if (tls != null) {
            com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(new InetSocketAddress(address, 0), 16);
            https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
            server = https;
        } else {
            server = HttpServer.create(new InetSocketAddress(address, 0), 16);
        }
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.getFirst()));
            Received received = new Received(exchange.getRequestURI().toString(), headers, new String(body, StandardCharsets.UTF_8));
            requests.add(received);
            Answer a = answer.apply(received);
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
            if (a.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(a.body());
                }
            }
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
