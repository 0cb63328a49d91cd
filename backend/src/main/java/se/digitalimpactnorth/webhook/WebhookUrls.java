package se.digitalimpactnorth.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.common.ProblemException;

/**
 * The shape a subscription's URL must have, checked before anything is resolved: https, absolute,
 * a host, no user name or password, at most 2048 characters. Plain http only to allowed hosts.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2048;

    private WebhookUrls() {}

    /** The parsed URL, or a 400 on the field {@code url}. */
    static URI parse(String url, AddressPolicy policy) {
        if (url == null || url.isBlank()) {
            throw invalid(Problem.FieldError.REQUIRED, "is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw invalid(Problem.FieldError.TOO_LONG, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(Problem.FieldError.INVALID_URL, "is not a URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(Problem.FieldError.INVALID_URL, "must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(Problem.FieldError.INVALID_URL, "must not carry a user name or password");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        boolean allowedHttp = scheme.equals("http") && policy.isAllowedHost(uri.getHost());
        if (!https && !allowedHttp) {
            throw invalid(Problem.FieldError.INVALID_URL, "must be an https URL");
        }
        return uri;
    }

    static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** Path and query as sent in the request line. */
    static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    static ProblemException invalid(String code, String message) {
        return ProblemException.invalidField(new Problem.FieldError("url", code, message));
    }
}
