package se.digitalimpactnorth.apiclient;

import jakarta.enterprise.context.ApplicationScoped;
import se.digitalimpactnorth.actor.ActorPolicy;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.CurrentUser;

/** Who manages the API clients of an actor. {@code role} is the caller's membership role in the actor, or null. */
@ApplicationScoped
public class ApiClientPolicy {

    /**
     * A client acts for the actor unattended, so only those who commit the actor register, rotate
     * and revoke them: its owners (admins may, to help). Never an integrator: a client does not
     * mint clients.
     */
    public boolean canManage(CurrentUser user, MemberRole role) {
        return ActorPolicy.commits(user, role);
    }
}
