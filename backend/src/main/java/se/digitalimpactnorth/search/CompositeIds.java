package se.digitalimpactnorth.search;

import java.util.UUID;
import org.hibernate.search.mapper.pojo.bridge.IdentifierBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.IdentifierBridgeFromDocumentIdentifierContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.IdentifierBridgeToDocumentIdentifierContext;
import se.digitalimpactnorth.collaboration.CollaborationParticipant;
import se.digitalimpactnorth.resource.CoOrganiser;

/**
 * Participants and co-organisers are not indexed, but a change to one (an invitation accepted)
 * changes the document of its collaboration or resource: the outbox then records the changed row by
 * its id, which Hibernate Search needs as text. Their ids are pairs of UUIDs: "first/second".
 */
final class CompositeIds {

    private CompositeIds() {
    }

    static final class ParticipantKey implements IdentifierBridge<CollaborationParticipant.Key> {
        @Override
        public String toDocumentIdentifier(CollaborationParticipant.Key key, IdentifierBridgeToDocumentIdentifierContext context) {
            return key.collaborationId() + "/" + key.actorId();
        }

        @Override
        public CollaborationParticipant.Key fromDocumentIdentifier(String id, IdentifierBridgeFromDocumentIdentifierContext context) {
            String[] parts = id.split("/", 2);
            return new CollaborationParticipant.Key(UUID.fromString(parts[0]), UUID.fromString(parts[1]));
        }
    }

    static final class CoOrganiserKey implements IdentifierBridge<CoOrganiser.Key> {
        @Override
        public String toDocumentIdentifier(CoOrganiser.Key key, IdentifierBridgeToDocumentIdentifierContext context) {
            return key.resourceId() + "/" + key.actorId();
        }

        @Override
        public CoOrganiser.Key fromDocumentIdentifier(String id, IdentifierBridgeFromDocumentIdentifierContext context) {
            String[] parts = id.split("/", 2);
            return new CoOrganiser.Key(UUID.fromString(parts[0]), UUID.fromString(parts[1]));
        }
    }
}
