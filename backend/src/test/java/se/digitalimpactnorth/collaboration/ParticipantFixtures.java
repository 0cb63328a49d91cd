package se.digitalimpactnorth.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.Fixtures;

/** Puts collaborations and their participants straight into the database, and reads back what requests changed. */
@ApplicationScoped
public class ParticipantFixtures {

    @Inject
    EntityManager em;

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationProfiles profiles;

    /** A collaboration led by {@code lead} (its row ACCEPTED), in this publication, with its profile stored. */
    @Transactional
    public UUID collaboration(UUID lead, Publication publication) {
        Collaboration c = new Collaboration();
        c.id = UUID.randomUUID();
        c.slug = "fixture-collaboration-" + c.id;
        c.kind = CollaborationKind.PROJECT;
        c.status = CollaborationStatus.ACTIVE;
        c.publication = publication;
        c.titleSv = "Fixturprojekt";
        c.startDate = LocalDate.of(2026, 1, 1);
        c.createdAt = OffsetDateTime.now();
        c.updatedAt = c.createdAt;
        c.publishedAt = publication == Publication.DRAFT ? null : c.createdAt;
        c.participants.add(CollaborationParticipant.of(c, Actor.findById(lead), ParticipantRole.LEAD, ParticipantStatus.ACCEPTED,
                "fixture"));
        c.persist();
        profiles.refresh(c);
        return c.id;
    }

    /** Names {@code actor} in the collaboration with this role and answer. */
    @Transactional
    public void participant(UUID collaboration, UUID actor, ParticipantRole role, ParticipantStatus status) {
        Collaboration c = Collaboration.findById(collaboration);
        c.participants.add(CollaborationParticipant.of(c, Actor.findById(actor), role, status, "fixture"));
        c.touch();
        em.flush();
        profiles.refresh(c);
    }

    /** As a moderator's takedown leaves it. */
    @Transactional
    public void takeDown(UUID collaboration) {
        em.createNativeQuery("update collaboration set taken_down_at = now(), takedown_reason = 'Vilseledande',"
                + " taken_down_by = 'fixture-moderator' where id = ?1").setParameter(1, collaboration).executeUpdate();
    }

    /** The participant rows as "actorId=ROLE/STATUS", sorted, for asserting what a request changed. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> rows(UUID collaboration) {
        return em.createNativeQuery("select cast(actor_id as text) || '=' || role || '/' || status from collaboration_participant"
                + " where collaboration_id = ?1 order by 1").setParameter(1, collaboration).getResultList();
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

    @Transactional
    public long version(UUID collaboration) {
        return ((Number) em.createNativeQuery("select version from collaboration where id = ?1").setParameter(1, collaboration)
                .getSingleResult()).longValue();
    }

    /** Fixtures' digest plus every collaboration table: equal digests before and after mean nothing changed. */
    @Transactional
    public String digest() {
        StringBuilder all = new StringBuilder(fixtures.digest());
        for (String table : new String[] {"collaboration", "collaboration_participant", "collaboration_sdg",
            "collaboration_technology_area", "collaboration_knowledge_area", "collaboration_place", "collaboration_funding",
            "collaboration_resource"}) {
            Object d = em.createNativeQuery("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")
                    .getSingleResult();
            all.append(table).append('=').append(d).append(';');
        }
        return all.toString();
    }
}
