package se.digitalimpactnorth.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.digitalimpactnorth.actor.ActorPolicy;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.actor.Membership;
import se.digitalimpactnorth.common.CurrentUser;

/**
 * Who may do what with a collaboration, and what the public sees: the one place these rules live.
 * Decisions take the caller's {@link Standing}: their membership role in each actor named in the
 * collaboration. Admins may do what the lead's editors and the invited owners may, to help (as for
 * resources), but never change what a moderator took down. The lead's integrators (API clients)
 * read, start, edit, publish and archive its collaborations like its editors
 * ({@link ActorPolicy#managesContentOf}), and nothing more: they never manage participants.
 */
@ApplicationScoped
public class CollaborationPolicy {

    /** A participant row {@code p} (joined to its actor {@code pa}) that counts: accepted, actor active. */
    public static final String COUNTS_SQL = "p.status = 'ACCEPTED' and pa.status = 'ACTIVE'";

    /**
     * The one rule for what the public sees, as SQL over {@code collaboration c}: published, not
     * taken down, its lead active, and at least two participants that count. Every public list,
     * facet and feed uses it; {@link #isPublic(Collaboration)} is the same rule for one.
     */
    public static final String PUBLIC_SQL = "c.publication = 'PUBLISHED' and c.taken_down_at is null"
            + " and exists (select 1 from collaboration_participant lp join actor la on la.id = lp.actor_id"
            + " where lp.collaboration_id = c.id and lp.role = 'LEAD' and la.status = 'ACTIVE')"
            + " and (select count(*) from collaboration_participant p join actor pa on pa.id = p.actor_id"
            + " where p.collaboration_id = c.id and " + COUNTS_SQL + ") >= 2";

    /** The fewest participants that count for a collaboration to be public. */
    public static final int MIN_PUBLIC_PARTICIPANTS = 2;

    @Inject
    EntityManager em;

    /** {@link #PUBLIC_SQL} for a loaded collaboration. */
    public static boolean isPublic(Collaboration c) {
        return c.publication == Publication.PUBLISHED && !c.isTakenDown() && c.leadActive()
                && c.counting().size() >= MIN_PUBLIC_PARTICIPANTS;
    }

    /** The caller's membership role in each actor named in a collaboration (absent: none). */
    public record Standing(UUID leadActorId, Map<UUID, MemberRole> roles) {
        public MemberRole in(UUID actorId) {
            return roles.get(actorId);
        }

        public MemberRole inLead() {
            return roles.get(leadActorId);
        }
    }

    /** Reads the caller's memberships in the actors of the collaboration's rows; anonymous callers have none. */
    public Standing standing(CurrentUser user, Collaboration c) {
        Map<UUID, MemberRole> roles = new HashMap<>();
        UUID lead = c.lead().id;
        user.subjectIfKnown().ifPresent(subject -> {
            List<UUID> actorIds = c.participants.stream().map(p -> p.actor.id).toList();
            em.createQuery("from Membership m where m.id.subject = :subject and m.id.actorId in :actors", Membership.class)
                    .setParameter("subject", subject).setParameter("actors", actorIds)
                    .getResultList().forEach(m -> roles.put(m.id.actorId(), m.role));
        });
        return new Standing(lead, Map.copyOf(roles));
    }

    /** People (any role) of an invited or accepted participant. */
    private static boolean involved(Collaboration c, Standing standing) {
        return c.participants.stream().anyMatch(p -> p.involved() && standing.in(p.actor.id) != null);
    }

    /** The public sees what is public; the people of an invited or accepted participant, and moderators, see it all. */
    public boolean canSee(CurrentUser user, Collaboration c, Standing standing) {
        return isPublic(c) || canSeeHidden(user, c, standing);
    }

    /**
     * Why the public does not see it (moderation): the people of an invited or accepted participant,
     * the lead's integrators, and moderators.
     */
    public boolean canSeeHidden(CurrentUser user, Collaboration c, Standing standing) {
        return user.isModerator() || involved(c, standing) || ActorPolicy.integratesFor(user, standing.leadActorId());
    }

    /** Every row with its answer (declined and left ones too): the lead's people and moderators. */
    public boolean canSeeInvitations(CurrentUser user, Standing standing) {
        return standing.inLead() != null || user.isModerator();
    }

    /** The lead's owners, editors and integrators start a collaboration for it, and edit it; admins may, to help. */
    public boolean canEdit(CurrentUser user, UUID leadActorId, MemberRole leadRole) {
        return ActorPolicy.managesContentOf(user, leadActorId, leadRole);
    }

    /** Editing, publishing and archiving: as {@link #canEdit}, but never while a moderator has it taken down. */
    public boolean canChange(CurrentUser user, MemberRole leadRole, Collaboration c) {
        return canEdit(user, c.lead().id, leadRole) && !c.isTakenDown();
    }

    /**
     * Inviting, removing and handing the lead over commit other actors, so the lead's people do it
     * (owners and editors; admins may, to help), not its integrators; never while it is taken down.
     */
    public boolean canManageParticipants(CurrentUser user, MemberRole leadRole, Collaboration c) {
        return ActorPolicy.actsFor(user, leadRole) && !c.isTakenDown();
    }

    /** Only an active actor leads a collaboration it starts or publishes. */
    public boolean canLeadFor(ActorStatus leadStatus) {
        return leadStatus == ActorStatus.ACTIVE;
    }

    /** Moderators (and admins, who can do what moderators can) take collaborations down and restore them. */
    public boolean canModerate(CurrentUser user) {
        return user.isModerator();
    }

    /** Taking part commits the invited actor, so its owners answer (admins may, to help). */
    public boolean canAnswerInvitation(CurrentUser user, MemberRole invitedRole) {
        return ActorPolicy.commits(user, invitedRole);
    }

    /** An actor's owners take it out of a collaboration (admins may, to help); the lead never leaves. */
    public boolean canLeave(CurrentUser user, MemberRole participantRole) {
        return ActorPolicy.commits(user, participantRole);
    }
}
