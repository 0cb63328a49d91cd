package se.digitalimpactnorth.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.actor.ActorPolicy;
import se.digitalimpactnorth.actor.ActorService;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.webhook.WebhookEvents;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationView;
import se.digitalimpactnorth.collaboration.CollaborationDtos.ParticipantInvitation;
import se.digitalimpactnorth.collaboration.CollaborationPolicy.Standing;
import se.digitalimpactnorth.collaboration.ParticipantDtos.InvitedCollaboration;
import se.digitalimpactnorth.collaboration.ParticipantDtos.ParticipantInviteInput;
import se.digitalimpactnorth.collaboration.ParticipantDtos.ReceivedCollaborationInvitation;
import se.digitalimpactnorth.collaboration.ParticipantDtos.ReceivedCollaborationInvitationList;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.Locks;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.person.PersonService;

/**
 * Who takes part in a collaboration: the lead's owners and editors invite actors, change their
 * roles, remove them and hand the lead over; the invited actors' owners accept, decline and leave.
 *
 * <p>Every change locks the collaboration's row (SELECT ... FOR UPDATE) before it reads anything of
 * it, then checks who may act, so two changes at once run one after the other and the second sees
 * what the first did (two hand-overs at once leave exactly one lead). Every change writes an audit
 * entry, bumps the collaboration's version and stores its recomputed boundary profile.
 */
@ApplicationScoped
public class ParticipantService {

    /** The most participants (invited or accepted, the lead included) one collaboration has. */
    public static final int MAX_PARTICIPANTS = 50;

    @Inject
    CurrentUser user;

    @Inject
    CollaborationPolicy policy;

    @Inject
    CollaborationProfiles profiles;

    @Inject
    ActorService actors;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    @Inject
    WebhookEvents webhooks;

    @Inject
    CollaborationService collaborations;

    // --- the lead's side ---

    @Transactional
    public ParticipantInvitation invite(UUID collaborationId, String ifMatch, ParticipantInviteInput input) {
        Collaboration c = lockedForLead(collaborationId, ifMatch, "invite actors to");
        if (!ParticipantDtos.invitable(input.role())) {
            throw ProblemException.invalidField(new FieldError("role", FieldError.NOT_ONE_OF,
                    "is LEAD; invite as PARTNER, FUNDER or ASSOCIATE and hand the lead over later",
                    FieldError.Params.allowed(ParticipantDtos.INVITABLE)));
        }
        Actor invited = Actor.<Actor>findByIdOptional(input.actorId())
                .orElseThrow(() -> ProblemException.invalidField(new FieldError("actorId", FieldError.INVALID, "is not an actor")));
        if (invited.status != ActorStatus.ACTIVE) {
            throw ProblemException.invalidField(new FieldError("actorId", FieldError.INVALID,
                    "is " + invited.status.name().toLowerCase(Locale.ROOT) + "; only active actors are invited"));
        }
        Optional<CollaborationParticipant> earlier = c.participant(invited.id);
        if (earlier.isPresent() && earlier.get().involved()) {
            throw ProblemException.invalidField(new FieldError("actorId", FieldError.TAKEN,
                    "is already " + (earlier.get().status == ParticipantStatus.INVITED ? "invited" : "taking part")));
        }
        long involved = c.participants.stream().filter(CollaborationParticipant::involved).count();
        if (involved >= MAX_PARTICIPANTS) {
            throw ProblemException.invalidField(new FieldError("actorId", FieldError.TOO_MANY,
                    "would make more than " + MAX_PARTICIPANTS + " invited or accepted participants",
                    FieldError.Params.range(null, MAX_PARTICIPANTS)));
        }
        String subject = people.touch();
        CollaborationParticipant p;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("actor", invited.id.toString());
        summary.put("role", input.role().name());
        if (earlier.isPresent()) {
            // A declined or left actor is invited anew: the same row, a new invitation.
            p = earlier.get();
            summary.put("before", Map.of("status", p.status.name(), "role", p.role.name()));
            p.role = input.role();
            p.status = ParticipantStatus.INVITED;
            p.invitedAt = OffsetDateTime.now();
            p.invitedBy = subject;
            p.answeredAt = null;
            p.answeredBy = null;
        } else {
            p = CollaborationParticipant.of(c, invited, input.role(), ParticipantStatus.INVITED, subject);
            c.participants.add(p);
        }
        changed(c, "collaboration.participant.invited", summary);
        webhooks.invitationReceived(invited.id, "collaboration", c.id, c.lead().id);
        return invitation(p);
    }

    /** Changes an invited or accepted participant's role; never to or from LEAD (hand the lead over instead). */
    @Transactional
    public ParticipantInvitation changeRole(UUID collaborationId, UUID actorId, String ifMatch, ParticipantRole role) {
        Collaboration c = lockedForLead(collaborationId, ifMatch, "change the roles in");
        CollaborationParticipant p = existing(c, actorId);
        if (p.role == ParticipantRole.LEAD) {
            throw new ProblemException(ProblemType.CONFLICT, "This is the lead; hand the lead over to another participant"
                    + " (POST /api/v1/collaborations/" + c.id + "/lead) and its role becomes PARTNER");
        }
        if (!ParticipantDtos.invitable(role)) {
            throw ProblemException.invalidField(new FieldError("role", FieldError.NOT_ONE_OF,
                    "is LEAD; hand the lead over instead (POST /api/v1/collaborations/" + c.id + "/lead)",
                    FieldError.Params.allowed(ParticipantDtos.INVITABLE)));
        }
        if (!p.involved()) {
            throw new ProblemException(ProblemType.CONFLICT, "The actor has " + answered(p) + "; invite it again");
        }
        if (p.role == role) {
            return invitation(p);
        }
        people.touch();
        ParticipantRole was = p.role;
        p.role = role;
        changed(c, "collaboration.participant.role-changed", Map.of("actor", actorId.toString(),
                "before", Map.of("role", was.name()), "after", Map.of("role", role.name())));
        return invitation(p);
    }

    /**
     * The lead's owners and editors withdraw an invitation (the row goes: the actor may be invited
     * again) or remove a partner (it has LEFT); a participant's owners leave (an unanswered
     * invitation is then declined). The lead never leaves: it hands the lead over first.
     */
    @Transactional
    public void remove(UUID collaborationId, UUID actorId, String ifMatch) {
        Collaboration c = lockedVisible(collaborationId);
        CollaborationParticipant p = existing(c, actorId);
        boolean asLead = mayRemove(c, p);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, c.version);
        }
        if (p.role == ParticipantRole.LEAD) {
            throw new ProblemException(ProblemType.CONFLICT, "The lead cannot leave: hand the lead over to another accepted"
                    + " participant first (POST /api/v1/collaborations/" + c.id + "/lead)");
        }
        if (!p.involved()) {
            throw new ProblemException(ProblemType.CONFLICT, "The actor has already " + answered(p));
        }
        String subject = people.touch();
        ParticipantStatus was = p.status;
        Map<String, Object> summary = Map.of("actor", actorId.toString(), "before", Map.of("status", was.name(), "role", p.role.name()));
        if (asLead && was == ParticipantStatus.INVITED) {
            c.participants.remove(p);
            changed(c, "collaboration.participant.withdrawn", summary);
        } else {
            p.status = was == ParticipantStatus.INVITED ? ParticipantStatus.DECLINED : ParticipantStatus.LEFT;
            p.answeredAt = OffsetDateTime.now();
            p.answeredBy = subject;
            changed(c, asLead ? "collaboration.participant.removed"
                    : "collaboration.participant." + (p.status == ParticipantStatus.LEFT ? "left" : "declined"), summary);
        }
    }

    /**
     * Whether the caller removes as the lead (its owners and editors: withdraw or remove) rather
     * than as the participant (its owners: leave); 403 when neither.
     */
    private boolean mayRemove(Collaboration c, CollaborationParticipant p) {
        Standing standing = policy.standing(user, c);
        boolean asLead = policy.canManageParticipants(user, standing.inLead(), c);
        if (!asLead && !policy.canLeave(user, standing.in(p.actor.id))) {
            throw new ProblemException(ProblemType.FORBIDDEN, c.isTakenDown() && ActorPolicy.actsFor(user, standing.inLead())
                    ? "A moderator has taken this collaboration down (" + c.takedownReason + "); only a moderator restores it"
                    : "Only the lead's owners and editors remove participants, and a participant's owners leave");
        }
        return asLead;
    }

    /**
     * Hands the lead to an accepted participant; the old lead becomes a PARTNER. The row lock on the
     * collaboration makes hand-overs one at a time: of two at once, the second finds the lead moved.
     */
    @Transactional
    public CollaborationView handOverLead(UUID collaborationId, String ifMatch, UUID actorId) {
        Collaboration c = lockedForLead(collaborationId, ifMatch, "hand over the lead of");
        CollaborationParticipant oldLead = c.leadRow();
        CollaborationParticipant next = c.participant(actorId).orElse(null);
        if (next == null || next.status != ParticipantStatus.ACCEPTED || next.actor.status != ActorStatus.ACTIVE) {
            throw ProblemException.invalidField(new FieldError("actorId", FieldError.INVALID,
                    "is not an accepted participant with an active actor"));
        }
        if (next == oldLead) {
            throw ProblemException.invalidField(new FieldError("actorId", FieldError.INVALID, "is the lead already"));
        }
        people.touch();
        ParticipantRole was = next.role;
        // One lead per collaboration is a unique index checked at each statement: demote first.
        oldLead.role = ParticipantRole.PARTNER;
        CollaborationParticipant.flush();
        next.role = ParticipantRole.LEAD;
        changed(c, "collaboration.lead-handed-over", Map.of("before", Map.of("lead", oldLead.id.actorId().toString()),
                "after", Map.of("lead", actorId.toString()), "role", was.name()));
        return collaborations.view(c);
    }

    // --- the invited actor's side ---

    @Transactional
    public ParticipantInvitation accept(UUID collaborationId, UUID actorId) {
        CollaborationParticipant p = lockedForInvited(collaborationId, actorId);
        if (p.status != ParticipantStatus.INVITED) {
            throw new ProblemException(ProblemType.CONFLICT, "The invitation is not open: the actor has " + answered(p)
                    + (p.involved() ? "" : "; the lead invites it again"));
        }
        if (p.actor.status != ActorStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an active actor takes part; this one is "
                    + p.actor.status.name().toLowerCase(Locale.ROOT));
        }
        return answer(p, ParticipantStatus.ACCEPTED);
    }

    @Transactional
    public ParticipantInvitation decline(UUID collaborationId, UUID actorId) {
        CollaborationParticipant p = lockedForInvited(collaborationId, actorId);
        if (p.status != ParticipantStatus.INVITED) {
            throw new ProblemException(ProblemType.CONFLICT, "The invitation is not open: the actor has " + answered(p)
                    + (p.status == ParticipantStatus.ACCEPTED ? "; to stop taking part, leave (DELETE the participant)" : ""));
        }
        return answer(p, ParticipantStatus.DECLINED);
    }

    private ParticipantInvitation answer(CollaborationParticipant p, ParticipantStatus to) {
        String subject = people.touch();
        ParticipantStatus was = p.status;
        p.status = to;
        p.answeredAt = OffsetDateTime.now();
        p.answeredBy = subject;
        changed(p.collaboration, "collaboration.participant." + to.name().toLowerCase(Locale.ROOT), Map.of(
                "actor", p.id.actorId().toString(), "before", Map.of("status", was.name()), "after", Map.of("status", to.name())));
        return invitation(p);
    }

    // --- inboxes ---

    /** The collaborations an actor is invited to and has not answered, newest first; for its owners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReceivedCollaborationInvitationList invitations(UUID actorId) {
        if (!policy.canAnswerInvitation(user, actors.roleIn(actorId))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners see its collaboration invitations");
        }
        return new ReceivedCollaborationInvitationList(CollaborationParticipant.<CollaborationParticipant>find(
                        "from CollaborationParticipant p join fetch p.collaboration where p.actor.id = ?1 and p.status = ?2"
                                + " order by p.invitedAt desc", actorId, ParticipantStatus.INVITED)
                .list().stream().map(p -> {
                    Collaboration c = p.collaboration;
                    return new ReceivedCollaborationInvitation(new InvitedCollaboration(c.id, c.slug, c.kind, c.status, c.publication,
                            new LocalizedText(c.titleSv, c.titleEn)), ActorRef.of(c.lead()), p.role, p.status, p.invitedAt);
                }).toList());
    }

    /** How many unanswered collaboration invitations each of these actors has (actors without any are left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> pendingInvitationCounts(Collection<UUID> actorIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (!actorIds.isEmpty()) {
            CollaborationParticipant.getEntityManager().createQuery("select p.id.actorId, count(p) from CollaborationParticipant p"
                            + " where p.id.actorId in :actors and p.status = :invited group by p.id.actorId", Object[].class)
                    .setParameter("actors", actorIds).setParameter("invited", ParticipantStatus.INVITED)
                    .getResultList().forEach(row -> counts.put((UUID) row[0], ((Long) row[1]).intValue()));
        }
        return counts;
    }

    // --- helpers ---

    /**
     * The collaboration, its row locked, if the caller may see it (404 otherwise, as if it did not
     * exist). The lock is taken before anything of the collaboration is read, so its participants
     * are read after any change that held the lock before us committed: of two changes at once, the
     * second decides on what the first left (a new lead, an answered invitation).
     */
    private Collaboration lockedVisible(UUID collaborationId) {
        Locks.row("collaboration", collaborationId);
        return collaborations.findVisible(collaborationId.toString());
    }

    /**
     * The collaboration, locked, for a change by the lead's owners and editors: 404 when the caller
     * may not see it, 403 when they may not change it, 412 when If-Match was sent and is stale.
     */
    private Collaboration lockedForLead(UUID collaborationId, String ifMatch, String verb) {
        Collaboration c = lockedVisible(collaborationId);
        collaborations.requireParticipantChange(c, verb);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, c.version);
        }
        return c;
    }

    /** The invited actor's row, for its owners' answer; the collaboration is locked, so two owners answering at once queue. */
    private CollaborationParticipant lockedForInvited(UUID collaborationId, UUID actorId) {
        Collaboration c = lockedVisible(collaborationId);
        CollaborationParticipant p = existing(c, actorId);
        requireInvitedOwner(c, p);
        return p;
    }

    private void requireInvitedOwner(Collaboration c, CollaborationParticipant p) {
        if (!policy.canAnswerInvitation(user, policy.standing(user, c).in(p.actor.id))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the invited actor's owners answer the invitation");
        }
    }

    private static CollaborationParticipant existing(Collaboration c, UUID actorId) {
        return c.participant(actorId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Actor " + actorId + " is not named in collaboration " + c.id));
    }

    private static String answered(CollaborationParticipant p) {
        return switch (p.status) {
            case INVITED -> "not answered yet";
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            case LEFT -> "left";
        };
    }

    /** Records a change: the audit entry, a new version (so the ETag changes) and the stored profile. */
    private void changed(Collaboration c, String action, Map<String, ?> summary) {
        c.touch();
        audit.record(action, "collaboration", c.id, summary);
        profiles.refresh(c);
        Collaboration.flush();
    }

    private static ParticipantInvitation invitation(CollaborationParticipant p) {
        return new ParticipantInvitation(ActorRef.of(p.actor), p.role, p.status, p.invitedAt, p.answeredAt);
    }
}
