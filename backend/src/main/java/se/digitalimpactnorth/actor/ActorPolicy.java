package se.digitalimpactnorth.actor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Roles;

/**
 * Who may do what with an actor: the one place these rules live. {@code role} is the caller's
 * membership role in this actor, or null. Token roles say what kind of user the caller is;
 * memberships say which actors they may act for.
 */
@ApplicationScoped
public class ActorPolicy {

    /**
     * Who acts for an actor in what it publishes or leads: its owners and editors; admins may, to
     * help. The resource and collaboration policies build on this rule rather than restate it.
     */
    public static boolean actsFor(CurrentUser user, MemberRole role) {
        return role == MemberRole.OWNER || role == MemberRole.EDITOR || user.isAdmin();
    }

    /**
     * An integrator registered for this actor (an API client of it that is not revoked). This is
     * all an integrator is ever granted: it works on the actor's content through
     * {@link #managesContentOf}, and has no part in any other rule here (it is not a person of the
     * actor: it does not edit the actor, see or manage its people, answer invitations or moderate).
     */
    public static boolean integratesFor(CurrentUser user, UUID actorId) {
        return user.integratorActor().filter(actorId::equals).isPresent();
    }

    /**
     * Who creates, edits, publishes and archives the content of an actor (the resources it
     * publishes, the collaborations it leads): those who act for it ({@link #actsFor}) and its
     * integrators ({@link #integratesFor}). The resource and collaboration policies build on this.
     */
    public static boolean managesContentOf(CurrentUser user, UUID actorId, MemberRole role) {
        return actsFor(user, role) || integratesFor(user, actorId);
    }

    /**
     * Who reads what the public does not see of an actor's content (drafts, archived and
     * taken-down items, and why): its people (any role), its integrators, and moderators.
     */
    public static boolean seesHiddenContentOf(CurrentUser user, UUID actorId, MemberRole role) {
        return role != null || user.isModerator() || integratesFor(user, actorId);
    }

    /**
     * Who commits an actor (manages its people, joins it to others' work or takes it out): its
     * owners; admins may, to help.
     */
    public static boolean commits(CurrentUser user, MemberRole role) {
        return role == MemberRole.OWNER || user.isAdmin();
    }

    /** Active actors are public; pending and suspended ones only for their people and moderators. */
    public boolean canRead(CurrentUser user, Actor actor, MemberRole role) {
        return actor.status == ActorStatus.ACTIVE || role != null || user.isModerator();
    }

    public boolean canCreate(CurrentUser user) {
        return user.hasRole(Roles.MEMBER);
    }

    /** Owners and editors edit the actor's content; admins may, to help. Moderators moderate, not edit. */
    public boolean canEdit(CurrentUser user, MemberRole role) {
        return actsFor(user, role);
    }

    public boolean canModerate(CurrentUser user) {
        return user.isModerator();
    }

    /** The people of an actor, and why its status changed, are for its people and moderators. */
    public boolean canSeeInside(CurrentUser user, MemberRole role) {
        return role != null || user.isModerator();
    }

    public boolean canManagePeople(CurrentUser user, MemberRole role) {
        return commits(user, role);
    }

    public boolean canSeeJoinRequests(CurrentUser user, MemberRole role) {
        return role == MemberRole.OWNER || user.isModerator();
    }

    /** Anyone may leave; owners (and admins) may remove others. */
    public boolean canRemove(CurrentUser user, MemberRole role, String subject) {
        return subject.equals(user.subject()) || canManagePeople(user, role);
    }

    public boolean canAskToJoin(CurrentUser user, MemberRole role) {
        return user.hasRole(Roles.MEMBER) && role == null;
    }
}
