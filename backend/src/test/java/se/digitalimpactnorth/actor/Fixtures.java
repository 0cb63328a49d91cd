package se.digitalimpactnorth.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.digitalimpactnorth.person.Person;

/** Puts actors and people straight into the database, so tests start from a known state fast. */
@ApplicationScoped
public class Fixtures {

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<ActorStatusChanged> statusChanged;

    @Transactional
    public UUID actor(String name, ActorStatus status) {
        Actor actor = new Actor();
        actor.id = UUID.randomUUID();
        actor.slug = "fixture-" + actor.id;
        actor.name = name;
        actor.kind = ActorKind.COMPANY;
        actor.status = status;
        actor.createdAt = OffsetDateTime.now();
        actor.updatedAt = actor.createdAt;
        actor.persist();
        return actor.id;
    }

    @Transactional
    public void member(UUID actorId, String subject, MemberRole role) {
        person(subject);
        Membership m = new Membership();
        m.id = new Membership.Key(actorId, subject);
        m.actor = Actor.findById(actorId);
        m.person = Person.findById(subject);
        m.role = role;
        m.createdAt = OffsetDateTime.now();
        m.persist();
    }

    @Transactional
    public UUID joinRequest(UUID actorId, String subject) {
        person(subject);
        JoinRequest r = new JoinRequest();
        r.id = UUID.randomUUID();
        r.actor = Actor.findById(actorId);
        r.person = Person.findById(subject);
        r.status = JoinRequestStatus.PENDING;
        r.createdAt = OffsetDateTime.now();
        r.persist();
        return r.id;
    }

    /** A meeting place of {@code actorId} in this status, co-organised by {@code coOrganiser} (accepted) when given. */
    @Transactional
    public UUID resource(UUID actorId, se.digitalimpactnorth.resource.ResourceStatus status, UUID coOrganiser) {
        var r = new se.digitalimpactnorth.resource.Resource();
        r.id = UUID.randomUUID();
        r.slug = "fixture-resource-" + r.id;
        r.actor = Actor.findById(actorId);
        r.kind = se.digitalimpactnorth.resource.ResourceKind.MEETING_PLACE;
        r.status = status;
        r.titleSv = "Fixturrum";
        r.language = "sv";
        r.createdAt = OffsetDateTime.now();
        r.updatedAt = r.createdAt;
        r.persist();
        em.flush();
        if (coOrganiser != null) {
            coOrganiser(r.id, coOrganiser, se.digitalimpactnorth.resource.CoOrganiser.Status.ACCEPTED);
        }
        return r.id;
    }

    /** Names {@code actorId} as co-organiser of the resource, with this answer. */
    @Transactional
    public void coOrganiser(UUID resourceId, UUID actorId, se.digitalimpactnorth.resource.CoOrganiser.Status status) {
        em.createNativeQuery("insert into resource_co_organiser (resource_id, actor_id, status) values (?1, ?2, ?3)")
                .setParameter(1, resourceId).setParameter(2, actorId).setParameter(3, status.name()).executeUpdate();
        reindexResource(resourceId);
    }

    /** As a moderator's takedown leaves it. */
    @Transactional
    public void takeDown(UUID resourceId, String reason) {
        em.createNativeQuery("update resource set taken_down_at = now(), takedown_reason = ?2, taken_down_by = 'fixture-moderator'"
                + " where id = ?1").setParameter(1, resourceId).setParameter(2, reason).executeUpdate();
        reindexResource(resourceId);
    }

    /** SQL written here bypasses Hibernate, so the search index is told, as the services' writes tell it. */
    private void reindexResource(UUID resourceId) {
        em.flush();
        se.digitalimpactnorth.resource.Resource r = em.find(se.digitalimpactnorth.resource.Resource.class, resourceId);
        em.refresh(r);
        org.hibernate.search.mapper.orm.Search.session(em).indexingPlan().addOrUpdate(r);
    }

    @Transactional
    public void setStatus(UUID actorId, ActorStatus status) {
        Actor.<Actor>findById(actorId).status = status;
        // As ActorService.moderate does: what the public sees of its resources and collaborations follows.
        statusChanged.fire(new se.digitalimpactnorth.actor.ActorStatusChanged(actorId));
    }

    /** The co-organiser rows of a resource as "actor=STATUS", for asserting what an answer changed. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<String> coOrganisers(UUID resourceId) {
        return em.createNativeQuery("select cast(actor_id as text) || '=' || status from resource_co_organiser where resource_id = ?1"
                + " order by 1").setParameter(1, resourceId).getResultList();
    }

    /** The audit actions recorded on an object, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<String> auditActions(UUID objectId) {
        return em.createNativeQuery("select action from audit_entry where object_id = ?1 order by at, action")
                .setParameter(1, objectId.toString()).getResultList();
    }

    @Transactional
    public void person(String subject) {
        em.createNativeQuery("insert into person (subject, name) values (?1, ?2) on conflict do nothing")
                .setParameter(1, subject).setParameter(2, "Person " + subject).executeUpdate();
    }

    /**
     * A digest of every row of the tables a request could change: equal digests before and
     * after a request mean it changed nothing.
     */
    @Transactional
    public String digest() {
        StringBuilder all = new StringBuilder();
        for (String table : new String[] {"actor", "api_client", "actor_technology_area", "membership", "join_request", "audit_entry", "person",
            "resource", "resource_co_organiser", "resource_technology_area", "resource_sdg", "event_occurrence",
            "collaboration", "collaboration_participant", "collaboration_sdg", "collaboration_technology_area",
            "collaboration_knowledge_area", "collaboration_place", "collaboration_funding", "collaboration_resource",
            "webhook_subscription", "webhook_delivery"}) {
            Object d = em.createNativeQuery("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")
                    .getSingleResult();
            all.append(table).append('=').append(d).append(';');
        }
        return all.toString();
    }

    @Transactional
    public void setKind(UUID actorId, ActorKind kind) {
        Actor.<Actor>findById(actorId).kind = kind;
    }

    @Transactional
    public long version(UUID actorId) {
        return Actor.<Actor>findById(actorId).version;
    }

    @Transactional
    public ActorStatus status(UUID actorId) {
        return Actor.<Actor>findById(actorId).status;
    }

    @Transactional
    public MemberRole role(UUID actorId, String subject) {
        Membership m = Membership.findById(new Membership.Key(actorId, subject));
        return m == null ? null : m.role;
    }
}
