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
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/**
 * Puts collaborations and participant rows straight into the database (the invitation flow is
 * ParticipantService's, tested there), with their stored profile computed as the service would.
 */
@ApplicationScoped
public class CollaborationFixtures {

    @Inject
    EntityManager em;

    @Inject
    CollaborationProfiles profiles;

    /** An active actor of this kind in this municipality (null: none). */
    @Transactional
    public UUID actor(String name, ActorKind kind, String municipalityCode) {
        Actor actor = new Actor();
        actor.id = UUID.randomUUID();
        actor.slug = "fixture-" + actor.id;
        actor.name = name;
        actor.kind = kind;
        actor.status = ActorStatus.ACTIVE;
        actor.municipality = municipalityCode == null ? null : Municipality.findById(municipalityCode);
        actor.createdAt = OffsetDateTime.now();
        actor.updatedAt = actor.createdAt;
        actor.persist();
        return actor.id;
    }

    /** What a collaboration fixture has beyond its lead and title; null lists are empty. */
    public record Spec(CollaborationKind kind, CollaborationStatus status, Publication publication, LocalDate start, LocalDate end,
            List<Integer> sdgs, List<String> technologyAreas, List<String> knowledgeAreas, List<String> places) {

        public static Spec published() {
            return new Spec(CollaborationKind.PROJECT, CollaborationStatus.ACTIVE, Publication.PUBLISHED, LocalDate.of(2026, 1, 1), null,
                    List.of(), List.of(), List.of(), List.of());
        }

        public static Spec draft() {
            return published().publication(Publication.DRAFT);
        }

        public Spec kind(CollaborationKind k) {
            return new Spec(k, status, publication, start, end, sdgs, technologyAreas, knowledgeAreas, places);
        }

        public Spec status(CollaborationStatus s) {
            return new Spec(kind, s, publication, start, end, sdgs, technologyAreas, knowledgeAreas, places);
        }

        public Spec publication(Publication p) {
            return new Spec(kind, status, p, start, end, sdgs, technologyAreas, knowledgeAreas, places);
        }

        public Spec period(LocalDate from, LocalDate to) {
            return new Spec(kind, status, publication, from, to, sdgs, technologyAreas, knowledgeAreas, places);
        }

        public Spec sdgs(Integer... numbers) {
            return new Spec(kind, status, publication, start, end, List.of(numbers), technologyAreas, knowledgeAreas, places);
        }

        public Spec technologyAreas(String... codes) {
            return new Spec(kind, status, publication, start, end, sdgs, List.of(codes), knowledgeAreas, places);
        }

        public Spec knowledgeAreas(String... codes) {
            return new Spec(kind, status, publication, start, end, sdgs, technologyAreas, List.of(codes), places);
        }

        public Spec places(String... codes) {
            return new Spec(kind, status, publication, start, end, sdgs, technologyAreas, knowledgeAreas, List.of(codes));
        }
    }

    /** A collaboration led by {@code lead} (its row accepted), with this title and spec. */
    @Transactional
    public UUID collaboration(UUID lead, String title, Spec spec) {
        Collaboration c = new Collaboration();
        c.id = UUID.randomUUID();
        c.slug = "fixture-collaboration-" + c.id;
        c.kind = spec.kind();
        c.status = spec.status();
        c.publication = spec.publication();
        c.titleSv = title;
        c.startDate = spec.start();
        c.endDate = spec.end();
        c.createdAt = OffsetDateTime.now();
        c.updatedAt = c.createdAt;
        c.publishedAt = spec.publication() == Publication.DRAFT ? null : c.createdAt;
        spec.sdgs().forEach(n -> c.sdgs.add(n.shortValue()));
        spec.technologyAreas().forEach(code -> c.technologyAreas.add(TechnologyArea.findById(code)));
        c.knowledgeAreaCodes.addAll(spec.knowledgeAreas());
        spec.places().forEach(code -> c.places.add(Municipality.findById(code)));
        c.participants.add(CollaborationParticipant.of(c, Actor.findById(lead), ParticipantRole.LEAD, ParticipantStatus.ACCEPTED,
                "fixture"));
        profiles.refresh(c);
        c.persist();
        return c.id;
    }

    /** A participant row as the invitation flow would leave it; the stored profile is refreshed. */
    @Transactional
    public void participant(UUID collaborationId, UUID actorId, ParticipantRole role, ParticipantStatus status) {
        Collaboration c = Collaboration.findById(collaborationId);
        c.participants.add(CollaborationParticipant.of(c, Actor.findById(actorId), role, status, "fixture"));
        profiles.refresh(c);
    }

    /** As a moderator's takedown leaves it. */
    @Transactional
    public void takeDown(UUID collaborationId, String reason) {
        Collaboration c = Collaboration.findById(collaborationId);
        c.takenDownAt = OffsetDateTime.now();
        c.takedownReason = reason;
        c.takenDownBy = "fixture-moderator";
    }

    @Transactional
    public long version(UUID collaborationId) {
        return Collaboration.<Collaboration>findById(collaborationId).version;
    }

    @Transactional
    public Publication publication(UUID collaborationId) {
        return Collaboration.<Collaboration>findById(collaborationId).publication;
    }

    /** The stored profile columns as "score=2 sectors=[..] municipalities=[..] counties=[..] count=2 crosses=SECTOR,PLACE". */
    @Transactional
    public String storedProfile(UUID collaborationId) {
        Collaboration c = Collaboration.findById(collaborationId);
        List<String> crossed = new java.util.ArrayList<>();
        if (c.crossesSector) {
            crossed.add("SECTOR");
        }
        if (c.crossesOrganisation) {
            crossed.add("ORGANISATION");
        }
        if (c.crossesPlace) {
            crossed.add("PLACE");
        }
        if (c.crossesKnowledge) {
            crossed.add("KNOWLEDGE");
        }
        if (c.crossesTechnology) {
            crossed.add("TECHNOLOGY");
        }
        return "score=" + c.boundaryScore + " sectors=" + c.profileSectors + " municipalities=" + c.profileMunicipalities
                + " counties=" + c.profileCounties + " count=" + c.participantCount + " crosses=" + String.join(",", crossed);
    }

    /** A digest of every collaboration table: equal before and after a request means it changed nothing there. */
    @Transactional
    public String digest() {
        StringBuilder all = new StringBuilder();
        for (String table : new String[] {"collaboration", "collaboration_participant", "collaboration_sdg", "collaboration_technology_area",
            "collaboration_knowledge_area", "collaboration_place", "collaboration_funding", "collaboration_resource"}) {
            Object d = em.createNativeQuery("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")
                    .getSingleResult();
            all.append(table).append('=').append(d).append(';');
        }
        return all.toString();
    }
}
