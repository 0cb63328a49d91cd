package se.digitalimpactnorth.resource;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.digitalimpactnorth.actor.ActorPolicy;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.CurrentUser;

/**
 * Who may do what with a resource, and what the public sees. {@code role} is the caller's role
 * in the publishing actor, or null. Co-organisers show the resource on their pages but do not edit it.
 * The publisher's integrators (API clients) read, create, edit, publish and archive its resources
 * like its editors ({@link ActorPolicy#managesContentOf}), and nothing more.
 */
@ApplicationScoped
public class ResourcePolicy {

    /**
     * The one rule for what the public sees, as SQL over {@code resource r}: published, not taken
     * down by a moderator, and published by an active actor (a pending or suspended actor's
     * content is hidden at once, and back when it is reinstated). Every public list, facet, feed,
     * embed and search uses this; {@link #isPublic(Resource)} is the same rule for one resource.
     */
    public static final String PUBLIC_SQL = "r.status = 'PUBLISHED' and r.taken_down_at is null"
            + " and exists (select 1 from actor pub where pub.id = r.actor_id and pub.status = 'ACTIVE')";

    /** {@link #PUBLIC_SQL} for a loaded resource. */
    public static boolean isPublic(Resource r) {
        return r.status == ResourceStatus.PUBLISHED && !r.isTakenDown() && r.actor.status == ActorStatus.ACTIVE;
    }

    /** The public reads what is public; the publisher's people and moderators read everything of it. */
    public boolean canRead(CurrentUser user, Resource resource, MemberRole role) {
        return isPublic(resource) || canSeeHidden(user, resource.actor.id, role);
    }

    /**
     * Drafts, archived, taken-down and suspended publishers' resources, and why they are hidden
     * (the takedown reason, pending invitations): the publisher's people, its integrators and moderators.
     */
    public boolean canSeeHidden(CurrentUser user, UUID publisherId, MemberRole role) {
        return ActorPolicy.seesHiddenContentOf(user, publisherId, role);
    }

    /** The publisher's owners, editors and integrators create; admins may, to help. */
    public boolean canEdit(CurrentUser user, UUID publisherId, MemberRole role) {
        return ActorPolicy.managesContentOf(user, publisherId, role);
    }

    /**
     * Editing, publishing and archiving an existing resource: as {@link #canEdit}, but never while a
     * moderator has it taken down, so no one but a moderator undoes a takedown.
     */
    public boolean canChange(CurrentUser user, MemberRole role, Resource resource) {
        return canEdit(user, resource.actor.id, role) && !resource.isTakenDown();
    }

    /** Only active actors publish. */
    public boolean canPublishFor(ActorStatus publisherStatus) {
        return publisherStatus == ActorStatus.ACTIVE;
    }

    /** Moderators (and admins) take resources down and restore them. */
    public boolean canModerate(CurrentUser user) {
        return user.isModerator();
    }

    /**
     * Co-organising commits the invited actor, so its owners answer the invitation (admins may, to
     * help); {@code invitedRole} is the caller's role in the invited actor.
     */
    public boolean canAnswerInvitation(CurrentUser user, MemberRole invitedRole) {
        return ActorPolicy.commits(user, invitedRole);
    }
}
