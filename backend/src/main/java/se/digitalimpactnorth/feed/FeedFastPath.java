package se.digitalimpactnorth.feed;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.digitalimpactnorth.feed.FeedRequests.Feed;
import se.digitalimpactnorth.feed.FeedService.Rendered;
import se.digitalimpactnorth.resource.ResourceKind;

/**
 * Serves a feed that is already rendered and current straight from the IO thread: no hop to a
 * worker thread, no JAX-RS, no database. Anything else (a body to render, a bad request whose
 * problem JAX-RS writes, HEAD) goes on to FeedsEndpoint and EmbedEndpoint, which render, cache and
 * answer with the same headers (FeedRequests.headers), so a client cannot tell the two apart.
 * The filters (FeedCors, Quarkus's own) run before either.
 */
@ApplicationScoped
public class FeedFastPath {

    private static final String FEEDS = "/feeds/v1/";
    private static final String EMBED = "/embed/v1/";

    @Inject
    FeedService feeds;

    void routes(@Observes Router router) {
        router.get(FEEDS + "*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
        router.get(EMBED + "*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    void serve(RoutingContext rc) {
        Rendered rendered = null;
        FeedCacheKey key = null;
        try {
            key = key(rc);
            rendered = key == null ? null : feeds.cached(key);
        } catch (RuntimeException e) {
            // A bad request: JAX-RS turns the same exception into the problem+json answer.
        }
        if (rendered == null) {
            rc.next();
            return;
        }
        var response = rc.response();
        var headers = response.headers();
        FeedRequests.headers(rendered, key, headers::set);
        if (FeedRequests.notModified(rendered, rc.request().getHeader(HttpHeaders.IF_NONE_MATCH),
                rc.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE))) {
            response.setStatusCode(304).end();
        } else {
            headers.set(HttpHeaders.CONTENT_TYPE, rendered.mediaType());
            response.end(rendered.body());
        }
    }

    /** The key of a feed or embed page request, or null when the path is not one (JAX-RS answers). */
    private static FeedCacheKey key(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean embed = path.startsWith(EMBED);
        String rest = path.substring(embed ? EMBED.length() : FEEDS.length());
        int dot = rest.indexOf('.');
        String name = dot < 0 ? rest : rest.substring(0, dot);
        String ext = dot < 0 ? "" : rest.substring(dot);
        if (name.equals("collaborations") && !embed) {
            Optional<FeedFormat> chosen = ext.isEmpty()
                    ? FeedFormat.byAccept(rc.request().getHeader(HttpHeaders.ACCEPT), CollaborationFeedKey.FORMATS)
                    : FeedFormat.byExtension(ext);
            return chosen.filter(CollaborationFeedKey.FORMATS::contains)
                    .map(format -> CollaborationFeedKey.parse(format, query(rc.queryParams()))).orElse(null);
        }
        Feed feed = switch (name) {
            case "events" -> Feed.EVENTS;
            case "testbeds" -> Feed.TESTBEDS;
            case "resources" -> embed ? null : Feed.RESOURCES;
            default -> null;
        };
        if (feed == null || embed && !ext.isEmpty()) {
            return null;
        }
        FeedFormat format;
        if (embed) {
            format = FeedFormat.HTML;
        } else {
            Optional<FeedFormat> chosen = ext.isEmpty() ? FeedFormat.byAccept(rc.request().getHeader(HttpHeaders.ACCEPT))
                    : FeedFormat.byExtension(ext);
            if (chosen.isEmpty()) {
                return null;
            }
            format = chosen.get();
        }
        FeedKey key = FeedRequests.key(feed, format, query(rc.queryParams()));
        return key.format() == FeedFormat.ICALENDAR && key.kind() != ResourceKind.EVENT ? null : key;
    }

    private static Map<String, List<String>> query(MultiMap params) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String name : params.names()) {
            query.put(name, params.getAll(name));
        }
        return query;
    }
}
