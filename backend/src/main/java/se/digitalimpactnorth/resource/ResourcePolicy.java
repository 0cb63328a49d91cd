package se.digitalimpactnorth.resource;

import jakarta.enterprise.context.ApplicationScoped;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.CurrentUser;

/**
 * Who may do what with a resource. {@code role} is the caller's role in the publishing actor,
 * or null. Co-organisers show the resource on their pages but do not edit it.
 */
@ApplicationScoped
public class ResourcePolicy {

    /** Published and archived resources are public; drafts only for the publisher's people and moderators. */
    public boolean canRead(CurrentUser user, ResourceStatus status, MemberRole role) {
        return status != ResourceStatus.DRAFT || role != null || user.isModerator();
    }

    /** The publisher's owners and editors create and edit; admins may, to help. */
    public boolean canEdit(CurrentUser user, MemberRole role) {
        return role == MemberRole.OWNER || role == MemberRole.EDITOR || user.isAdmin();
    }

    /** Only active actors publish. */
    public boolean canPublishFor(ActorStatus publisherStatus) {
        return publisherStatus == ActorStatus.ACTIVE;
    }

    /** Editors archive their own; moderators archive anything, to take it down. */
    public boolean canArchive(CurrentUser user, MemberRole role) {
        return canEdit(user, role) || user.isModerator();
    }
}
