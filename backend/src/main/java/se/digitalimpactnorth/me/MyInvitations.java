package se.digitalimpactnorth.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;

/**
 * The unanswered invitations to the actors the caller owns, counted, for the navigation's badge
 * and the inbox on "my organisations". Only owners answer invitations, so only owned actors count.
 * Webhooks the delivery worker disabled are counted apart ({@code disabledWebhooks}), never in
 * {@code total}: the badge reads "N invitations", and a disabled webhook is not one.
 */
@Schema(name = "MyInvitations", requiredProperties = {"total", "disabledWebhooks", "actors"})
public record MyInvitations(
        @Schema(description = "Every unanswered invitation of every actor below (disabled webhooks are not counted here)",
                minimum = "0") int total,
        @Schema(description = "Every webhook subscription of every actor below that the delivery worker disabled after"
                + " repeated failures (status DISABLED); counted apart from total, which counts invitations only",
                minimum = "0") int disabledWebhooks,
        @Schema(description = "Each actor the caller owns, in name order, with its unanswered invitations") List<ActorInvitations> actors) {

    @Schema(name = "ActorInvitationCounts", requiredProperties = {"actor", "collaborationInvitations", "coOrganiserInvitations",
            "disabledWebhooks"})
    public record ActorInvitations(
            ActorRef actor,
            @Schema(description = "Invitations to take part in collaborations (GET /api/v1/actors/{id}/collaboration-invitations)",
                    minimum = "0") int collaborationInvitations,
            @Schema(description = "Invitations to co-organise resources (GET /api/v1/actors/{id}/co-organiser-invitations)",
                    minimum = "0") int coOrganiserInvitations,
            @Schema(description = "This actor's webhook subscriptions with status DISABLED, turned off by the delivery worker"
                    + " after repeated failures; an owner re-enables one with PUT /api/v1/actors/{actorId}/webhooks/{id}"
                    + " (status ACTIVE). Not an invitation: not counted in total",
                    minimum = "0") int disabledWebhooks) {}
}
