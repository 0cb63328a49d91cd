package se.digitalimpactnorth.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.digitalimpactnorth.actor.MembershipService;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Roles;
import se.digitalimpactnorth.person.PersonService;

/** What the caller can see about themselves. */
@ApplicationScoped
public class MeService {

    @Inject
    CurrentUser user;

    @Inject
    PersonService people;

    @Inject
    MembershipService memberships;

    @Transactional
    public Me me() {
        String subject = people.touch();
        return new Me(subject, user.name(), user.email(),
                Roles.ALL.stream().filter(user::hasRole).sorted().toList(),
                memberships.myMemberships(subject), memberships.myPendingRequests(subject));
    }
}
