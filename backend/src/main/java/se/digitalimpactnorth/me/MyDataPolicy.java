package se.digitalimpactnorth.me;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.digitalimpactnorth.common.CurrentUser;

/** Who may take out or erase their own data, and when an erasure must wait. */
@ApplicationScoped
public class MyDataPolicy {

    /** A person's own data only: an API client (integrator) has no account of its own to export or erase here. */
    public boolean isPersonsOwn(CurrentUser user) {
        return !user.isAnonymous() && !user.isIntegrator();
    }

    /** An account is erased only when no actor would be left without an owner ({@code solelyOwned} empty). */
    public boolean canErase(List<ErasurePlan.ActorNamed> solelyOwned) {
        return solelyOwned.isEmpty();
    }
}
