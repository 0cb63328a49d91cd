package se.digitalimpactnorth.search;

import java.util.List;
import java.util.function.Predicate;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only what the public may see now is in the index: a document is written while {@code isPublic}
 * holds and deleted as soon as it does not (a draft, an archival, a takedown...). So no query can
 * forget the rule, and the index holds no text the public may not read.
 *
 * <p>The rule may depend on other entities (a resource's publisher being active): Hibernate Search
 * cannot see those changes by itself, so {@link PublicStateReindexing} names the documents to
 * look at again.
 */
final class PublicOnly<E> implements RoutingBinder {

    private final Class<E> type;
    private final Predicate<E> isPublic;
    private final List<String> uses;

    PublicOnly(Class<E> type, Predicate<E> isPublic, String... uses) {
        this.type = type;
        this.isPublic = isPublic;
        this.uses = List.of(uses);
    }

    @Override
    public void bind(RoutingBindingContext context) {
        uses.forEach(context.dependencies()::use);
        context.bridge(type, new Bridge());
    }

    private final class Bridge implements RoutingBridge<E> {
        @Override
        public void route(DocumentRoutes routes, Object id, E entity, RoutingBridgeRouteContext context) {
            if (isPublic.test(entity)) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        /** Wherever it was, it may be there: one index, no routing keys, so "the" route. */
        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, E entity, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
