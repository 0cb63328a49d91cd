package se.digitalimpactnorth.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.digitalimpactnorth.actor.ActorDtos.JoinRequestView;
import se.digitalimpactnorth.actor.ActorDtos.MemberView;
import se.digitalimpactnorth.actor.ActorDtos.MyMembership;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Locks;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.person.Person;
import se.digitalimpactnorth.person.PersonService;

/** The people of actors: roles, leaving, removal, and requests to join. */
@ApplicationScoped
public class MembershipService {

    @Inject
    CurrentUser user;

    @Inject
    ActorPolicy policy;

    @Inject
    ActorService actors;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberView> members(UUID actorId) {
        Actor actor = actors.findVisible(actorId.toString());
        if (!policy.canSeeInside(user, actors.roleOf(actor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's people and moderators see its members");
        }
        return Membership.<Membership>find("from Membership m join fetch m.person where m.actor = ?1 order by m.createdAt, m.person.subject", actor)
                .stream().map(ActorMapper::member).toList();
    }

    @Transactional
    public MemberView changeRole(UUID actorId, String subject, MemberRole newRole) {
        Actor actor = actors.findVisible(actorId.toString());
        if (!policy.canManagePeople(user, actors.roleOf(actor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners change roles");
        }
        Membership membership = membershipOf(actor, subject);
        if (membership.role == MemberRole.OWNER && newRole != MemberRole.OWNER) {
            requireAnotherOwner(actor, "demote");
        }
        people.touch();
        MemberRole was = membership.role;
        membership.role = newRole;
        if (was != newRole) {
            audit.record("member.role-changed", "actor", actor.id, Map.of("subject", subject,
                    "before", Map.of("role", was.name()), "after", Map.of("role", newRole.name())));
        }
        return ActorMapper.member(membership);
    }

    /** An owner removes someone, or anyone leaves; the last owner can do neither. */
    @Transactional
    public void remove(UUID actorId, String subject) {
        Actor actor = actors.findVisible(actorId.toString());
        MemberRole callerRole = actors.roleOf(actor);
        if (!policy.canRemove(user, callerRole, subject)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners remove people; anyone may leave");
        }
        Membership membership = membershipOf(actor, subject);
        if (membership.role == MemberRole.OWNER) {
            requireAnotherOwner(actor, "remove");
        }
        people.touch();
        boolean leaving = subject.equals(user.subject());
        membership.delete();
        audit.record(leaving ? "member.left" : "member.removed", "actor", actor.id,
                Map.of("subject", subject, "before", Map.of("role", membership.role.name())));
    }

    @Transactional
    public JoinRequestView requestToJoin(UUID actorId, String message) {
        Actor actor = actors.findVisible(actorId.toString());
        MemberRole role = actors.roleOf(actor);
        if (role != null) {
            throw new ProblemException(ProblemType.CONFLICT, "You are already in this actor");
        }
        if (!policy.canAskToJoin(user, role)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only members ask to join actors");
        }
        if (actor.status != ActorStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Only active actors take join requests");
        }
        String subject = people.touch();
        // One request at a time per person and actor, so a double click gets the 409 below, not a
        // unique-index failure at commit.
        Locks.name("join-request:" + actor.id + ":" + subject);
        if (JoinRequest.count("actor = ?1 and person.subject = ?2 and status = ?3", actor, subject, JoinRequestStatus.PENDING) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "You have already asked to join this actor");
        }
        JoinRequest request = new JoinRequest();
        request.id = UUID.randomUUID();
        request.actor = actor;
        request.person = Person.findById(subject);
        request.message = message == null || message.isBlank() ? null : message.strip();
        request.status = JoinRequestStatus.PENDING;
        request.createdAt = OffsetDateTime.now();
        request.persist();
        audit.record("join-request.created", "actor", actor.id, Map.of("request", request.id.toString()));
        return ActorMapper.joinRequest(request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JoinRequestView> joinRequests(UUID actorId, JoinRequestStatus status) {
        Actor actor = actors.findVisible(actorId.toString());
        if (!policy.canSeeJoinRequests(user, actors.roleOf(actor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners and moderators see its join requests");
        }
        return JoinRequest.<JoinRequest>find("from JoinRequest r join fetch r.person where r.actor = ?1 and r.status = ?2 order by r.createdAt",
                actor, status == null ? JoinRequestStatus.PENDING : status).stream().map(ActorMapper::joinRequest).toList();
    }

    /** An owner approves (the person joins, as MEMBER unless another role is given) or rejects a request. */
    @Transactional
    public JoinRequestView decide(UUID actorId, UUID requestId, boolean approve, MemberRole role, String reason) {
        Actor actor = actors.findVisible(actorId.toString());
        if (!policy.canManagePeople(user, actors.roleOf(actor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners decide join requests");
        }
        JoinRequest request = pendingRequest(actor, requestId);
        String decider = people.touch();
        request.status = approve ? JoinRequestStatus.APPROVED : JoinRequestStatus.REJECTED;
        request.decidedBy = decider;
        request.decidedAt = OffsetDateTime.now();
        request.reason = reason == null || reason.isBlank() ? null : reason.strip();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("request", request.id.toString());
        summary.put("subject", request.person.subject);
        if (approve) {
            Membership membership = new Membership();
            membership.id = new Membership.Key(actor.id, request.person.subject);
            membership.actor = actor;
            membership.person = request.person;
            membership.role = role == null ? MemberRole.MEMBER : role;
            membership.createdAt = request.decidedAt;
            membership.persist();
            summary.put("after", Map.of("role", membership.role.name()));
        }
        if (request.reason != null) {
            summary.put("reason", request.reason);
        }
        audit.record(approve ? "join-request.approved" : "join-request.rejected", "actor", actor.id, summary);
        return ActorMapper.joinRequest(request);
    }

    /** The requester takes back a pending request. */
    @Transactional
    public void withdraw(UUID actorId, UUID requestId) {
        Actor actor = actors.findVisible(actorId.toString());
        JoinRequest request = pendingRequest(actor, requestId);
        if (!request.person.subject.equals(user.subject())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the person who asked withdraws a request");
        }
        request.status = JoinRequestStatus.WITHDRAWN;
        request.decidedAt = OffsetDateTime.now();
        audit.record("join-request.withdrawn", "actor", actor.id, Map.of("request", request.id.toString()));
    }

    /** The caller's memberships and pending join requests, for /me. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MyMembership> myMemberships(String subject) {
        return Membership.<Membership>find("from Membership m join fetch m.actor a where m.person.subject = ?1 order by lower(a.name)", subject)
                .stream().map(m -> new MyMembership(ActorMapper.ref(m.actor), m.role, m.createdAt)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JoinRequestView> myPendingRequests(String subject) {
        return JoinRequest.<JoinRequest>find("from JoinRequest r join fetch r.actor join fetch r.person p where p.subject = ?1 and r.status = ?2 order by r.createdAt",
                subject, JoinRequestStatus.PENDING).stream().map(ActorMapper::joinRequest).toList();
    }

    private Membership membershipOf(Actor actor, String subject) {
        Membership membership = Membership.findById(new Membership.Key(actor.id, subject));
        if (membership == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, subject + " is not in this actor");
        }
        return membership;
    }

    private void requireAnotherOwner(Actor actor, String verb) {
        if (Membership.count("actor = ?1 and role = ?2", actor, MemberRole.OWNER) <= 1) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "An actor needs an owner: make someone else owner before you " + verb + " the last one");
        }
    }

    private JoinRequest pendingRequest(Actor actor, UUID requestId) {
        JoinRequest request = JoinRequest.findById(requestId);
        if (request == null || !request.actor.id.equals(actor.id)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "There is no join request " + requestId + " for this actor");
        }
        // Two owners deciding at once: the second waits for the first, then finds it decided.
        Locks.forUpdate(request);
        if (request.status != JoinRequestStatus.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT, "This request is already " + request.status.name().toLowerCase());
        }
        return request;
    }
}
