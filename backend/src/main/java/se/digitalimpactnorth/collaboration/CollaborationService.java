package se.digitalimpactnorth.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationInput;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationView;

/** Creates, reads, edits, publishes and archives collaborations; moderators take them down and restore them. */
@ApplicationScoped
public class CollaborationService {

    public CollaborationView get(String idOrSlug) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }

    public CollaborationView create(CollaborationInput input) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }

    public CollaborationView update(UUID id, String ifMatch, CollaborationInput input) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }

    public CollaborationView publish(UUID id, String ifMatch) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }

    public CollaborationView archive(UUID id, String ifMatch) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }

    public CollaborationView takeDown(UUID id, String ifMatch, String reason) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }

    public CollaborationView restore(UUID id, String ifMatch) {
        throw new UnsupportedOperationException("foundation: implemented in the next commit");
    }
}
