package se.digitalimpactnorth.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.collaboration.Collaboration;
import se.digitalimpactnorth.collaboration.CollaborationParticipant;
import se.digitalimpactnorth.collaboration.CollaborationPolicy;
import se.digitalimpactnorth.resource.CoOrganiser;
import se.digitalimpactnorth.resource.Resource;
import se.digitalimpactnorth.resource.ResourcePolicy;

/**
 * What is indexed, and how, declared here rather than with annotations on the entities, so that the
 * whole mapping reads in one place. The entities carry only {@code @Indexed(index = ...)}: Quarkus
 * decides at build time whether Hibernate Search runs by looking for that annotation.
 */
@SearchExtension
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String ACTOR = "actor";
    public static final String RESOURCE = "resource";
    public static final String COLLABORATION = "collaboration";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        mapping.type(Actor.class).indexed()
                .routingBinder(new PublicOnly<>(Actor.class, a -> a.status == ActorStatus.ACTIVE, "status"));
        mapping.type(Actor.class).binder(new ActorDocument());

        mapping.type(Resource.class).indexed()
                .routingBinder(new PublicOnly<>(Resource.class, ResourcePolicy::isPublic, "status", "takenDownAt"));
        mapping.type(Resource.class).binder(new ResourceDocument());

        mapping.type(Collaboration.class).indexed()
                .routingBinder(new PublicOnly<>(Collaboration.class, CollaborationPolicy::isPublic,
                        "publication", "takenDownAt", "participants.status", "participants.role"));
        mapping.type(Collaboration.class).binder(new CollaborationDocument());

        // Reference data and other actors: what changes in them reaches the index through
        // PublicStateReindexing (an actor's status) or not at all (vocabularies do not change).
        for (String association : new String[] {"actor", "municipality", "technologyAreas"}) {
            mapping.type(Resource.class).property(association).indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        }
        for (String association : new String[] {"municipality", "technologyAreas"}) {
            mapping.type(Actor.class).property(association).indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        }
        for (String association : new String[] {"technologyAreas", "places"}) {
            mapping.type(Collaboration.class).property(association).indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        }
        mapping.type(CoOrganiser.class).property("id").documentId().identifierBridge(new CompositeIds.CoOrganiserKey());
        mapping.type(CollaborationParticipant.class).property("id").documentId().identifierBridge(new CompositeIds.ParticipantKey());
        mapping.type(CoOrganiser.class).property("actor").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        mapping.type(CollaborationParticipant.class).property("actor").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }
}
