package se.digitalimpactnorth.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import se.digitalimpactnorth.actor.ActorStatusChanged;
import se.digitalimpactnorth.collaboration.Collaboration;
import se.digitalimpactnorth.resource.Resource;

/**
 * What Hibernate Search cannot see by itself: an actor's status decides whether its resources and
 * its collaborations are public ({@link PublicOnly}). When a moderator suspends, reinstates or
 * approves an actor, every such document is looked at again, in the same transaction, so the
 * outbox carries it and a suspension leaves the results as soon as it is committed and processed.
 */
@ApplicationScoped
public class PublicStateReindexing {

    @Inject
    EntityManager em;

    void actorStatusChanged(@Observes ActorStatusChanged event) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        Resource.<Resource>stream("actor.id", event.actorId()).forEach(plan::addOrUpdate);
        em.createQuery("select distinct p.collaboration from CollaborationParticipant p where p.actor.id = :actor", Collaboration.class)
                .setParameter("actor", event.actorId()).getResultStream().forEach(plan::addOrUpdate);
    }
}
