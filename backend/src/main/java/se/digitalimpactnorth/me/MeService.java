package se.digitalimpactnorth.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.digitalimpactnorth.actor.ActorDtos.MyMembership;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.actor.MembershipService;
import se.digitalimpactnorth.collaboration.ParticipantService;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Roles;
import se.digitalimpactnorth.person.PersonService;
import se.digitalimpactnorth.resource.ResourceService;
import se.digitalimpactnorth.webhook.WebhookService;

/** What the caller can see about themselves. */
@ApplicationScoped
public class MeService {

    @Inject
    CurrentUser user;

    @Inject
    PersonService people;

    @Inject
    MembershipService memberships;

    @Inject
    ParticipantService participants;

    @Inject
    ResourceService resources;

    @Inject
    WebhookService webhooks;

    @Transactional
    public Me me() {
        String subject = people.touch();
        return new Me(subject, user.name(), user.email(),
                Roles.ALL.stream().filter(user::hasRole).sorted().toList(),
                memberships.myMemberships(subject), memberships.myPendingRequests(subject));
    }

    /**
     * The unanswered invitations of each actor the caller owns (its collaboration and co-organiser
     * invitations) and its webhooks the delivery worker disabled, which its owners must look at.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MyInvitations invitations() {
        user.requirePerson("Invitations to answer");
        List<MyMembership> owned = memberships.myMemberships(user.subject()).stream()
                .filter(m -> m.role() == MemberRole.OWNER).toList();
        List<UUID> ids = owned.stream().map(m -> m.actor().id()).toList();
        Map<UUID, Integer> collaborations = participants.pendingInvitationCounts(ids);
        Map<UUID, Integer> coOrganising = resources.pendingInvitationCounts(ids);
        Map<UUID, Integer> disabled = webhooks.disabledCounts(ids);
        List<MyInvitations.ActorInvitations> actors = owned.stream().map(m -> new MyInvitations.ActorInvitations(m.actor(),
                collaborations.getOrDefault(m.actor().id(), 0), coOrganising.getOrDefault(m.actor().id(), 0),
                disabled.getOrDefault(m.actor().id(), 0))).toList();
        return new MyInvitations(actors.stream().mapToInt(a -> a.collaborationInvitations() + a.coOrganiserInvitations()).sum(),
                actors.stream().mapToInt(MyInvitations.ActorInvitations::disabledWebhooks).sum(), actors);
    }
}
