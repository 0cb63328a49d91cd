package se.digitalimpactnorth.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationPage;

/** The collaboration lists: the public directory with its filters and facets, and an actor's collaborations. */
@ApplicationScoped
public class CollaborationQueries {

    public CollaborationPage list(CollaborationFilter filter, Integer limit, String cursor) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }

    public CollaborationPage ofActor(UUID actorId, Integer limit, String cursor) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }
}
