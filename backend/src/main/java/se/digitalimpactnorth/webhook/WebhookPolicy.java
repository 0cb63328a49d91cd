package se.digitalimpactnorth.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import se.digitalimpactnorth.actor.ActorPolicy;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.CurrentUser;

/**
 * Who may manage an actor's webhooks: its owners (they commit the actor to sending its data
 * elsewhere); admins may, to help. Not editors, moderators or the actor's integrators.
 */
@ApplicationScoped
public class WebhookPolicy {

    public boolean canManage(CurrentUser user, MemberRole role) {
        return ActorPolicy.commits(user, role);
    }
}
