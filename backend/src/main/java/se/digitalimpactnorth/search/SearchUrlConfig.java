package se.digitalimpactnorth.search;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;
import java.net.URI;
import java.util.Locale;

/**
 * Lets operators name OpenSearch with one URL ({@code DIN_SEARCH_URL}, property {@code din.search.url}),
 * as they name the database and Keycloak, while Hibernate Search's Quarkus extension wants a host list
 * and a protocol: this derives those two from the URL, whichever source (environment, test resource,
 * properties) gave it.
 */
@Priority(5000)
public class SearchUrlConfig implements ConfigSourceInterceptor {

    static final String URL = "din.search.url";
    static final String HOSTS = "quarkus.hibernate-search-orm.elasticsearch.hosts";
    static final String PROTOCOL = "quarkus.hibernate-search-orm.elasticsearch.protocol";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!HOSTS.equals(name) && !PROTOCOL.equals(name)) {
            return context.proceed(name);
        }
        ConfigValue url = context.proceed(URL);
        // Unexpanded (${...}) only when the caller asked for no expansion (a presence check): nothing to derive then.
        if (url == null || url.getValue() == null || url.getValue().isBlank() || url.getValue().contains("${")) {
            return context.proceed(name);
        }
        URI uri = URI.create(url.getValue().strip());
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(URL + " must be a URL like http://127.0.0.1:9200, not " + url.getValue());
        }
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(scheme) ? 443 : 9200);
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
        return url.withName(name).withValue(HOSTS.equals(name) ? host + ":" + port : scheme);
    }
}
