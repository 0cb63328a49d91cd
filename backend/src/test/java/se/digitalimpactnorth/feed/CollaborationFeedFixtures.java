package se.digitalimpactnorth.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.collaboration.Collaboration;
import se.digitalimpactnorth.collaboration.CollaborationParticipant;
import se.digitalimpactnorth.collaboration.CollaborationProfiles;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;
import se.digitalimpactnorth.vocabulary.Municipality;

/**
 * Puts what the collaborations feed reads straight into the database: actors of a kind and a
 * municipality, and accepted participants (where an invitation and its acceptance end), with the
 * stored profile refreshed as the collaboration feature does.
 */
@ApplicationScoped
public class CollaborationFeedFixtures {

    @Inject
    CollaborationProfiles profiles;

    @Transactional
    public Actor actor(String name, ActorKind kind, String municipalityCode) {
        Actor actor = new Actor();
        actor.id = UUID.randomUUID();
        actor.slug = "feed-" + actor.id;
        actor.name = name;
        actor.kind = kind;
        actor.municipality = municipalityCode == null ? null : Municipality.findById(municipalityCode);
        actor.status = ActorStatus.ACTIVE;
        actor.createdAt = OffsetDateTime.now();
        actor.updatedAt = actor.createdAt;
        actor.persist();
        return actor;
    }

    /** The actor takes part, accepted, in the role given. */
    @Transactional
    public void accepted(UUID collaborationId, UUID actorId, ParticipantRole role) {
        Collaboration c = Collaboration.findById(collaborationId);
        c.participants.add(CollaborationParticipant.of(c, Actor.findById(actorId), role, ParticipantStatus.ACCEPTED, "feed-fixture"));
        c.touch();
        profiles.refresh(c);
    }
}
