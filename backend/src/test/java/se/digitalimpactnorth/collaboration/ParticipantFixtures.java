package se.digitalimpactnorth.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import se.digitalimpactnorth.actor.Fixtures;

/**
 * What the participant tests need beyond {@link CollaborationFixtures}: a collaboration in one call,
 * the participant rows as they stand, and a digest of every table a request could change.
 */
@ApplicationScoped
public class ParticipantFixtures {

    @Inject
    EntityManager em;

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    /** A collaboration titled "Fixturprojekt", led by {@code lead} (its row ACCEPTED), in this publication. */
    public UUID collaboration(UUID lead, Publication publication) {
        return collaborations.collaboration(lead, "Fixturprojekt", CollaborationFixtures.Spec.published().publication(publication));
    }

    /** Names {@code actor} in the collaboration with this role and answer. */
    public void participant(UUID collaboration, UUID actor, ParticipantRole role, ParticipantStatus status) {
        collaborations.participant(collaboration, actor, role, status);
    }

    /** As a moderator's takedown leaves it. */
    public void takeDown(UUID collaboration) {
        collaborations.takeDown(collaboration, "Vilseledande innehåll");
    }

    public long version(UUID collaboration) {
        return collaborations.version(collaboration);
    }

    /** One row as "ROLE/STATUS", or null when there is none. */
    @Transactional
    @SuppressWarnings("unchecked")
    public String row(UUID collaboration, UUID actor) {
        List<String> found = em.createNativeQuery("select role || '/' || status from collaboration_participant"
                + " where collaboration_id = ?1 and actor_id = ?2").setParameter(1, collaboration).setParameter(2, actor).getResultList();
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The actors that lead the collaboration: exactly one, always. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> leads(UUID collaboration) {
        return em.createNativeQuery("select actor_id from collaboration_participant where collaboration_id = ?1 and role = 'LEAD'")
                .setParameter(1, collaboration).getResultList();
    }

    /** Every table a request could change (actors, people, audit, resources, collaborations): equal digests mean nothing changed. */
    public String digest() {
        return fixtures.digest() + collaborations.digest();
    }
}
