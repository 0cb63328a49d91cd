package se.digitalimpactnorth.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;

/**
 * The unanswered invitations to the actors the caller owns, counted, for the navigation's badge
 * and the inbox on "my organisations". Only owners answer invitations, so only owned actors count.
 */
@Schema(name = "MyInvitations", requiredProperties = {"total", "actors"})
public record MyInvitations(
        @Schema(description = "Every unanswered invitation of every actor below", minimum = "0") int total,
        @Schema(description = "Each actor the caller owns, in name order, with its unanswered invitations") List<ActorInvitations> actors) {

    @Schema(name = "ActorInvitationCounts", requiredProperties = {"actor", "collaborationInvitations", "coOrganiserInvitations"})
    public record ActorInvitations(
            ActorRef actor,
            @Schema(description = "Invitations to take part in collaborations (GET /api/v1/actors/{id}/collaboration-invitations)",
                    minimum = "0") int collaborationInvitations,
            @Schema(description = "Invitations to co-organise resources (GET /api/v1/actors/{id}/co-organiser-invitations)",
                    minimum = "0") int coOrganiserInvitations) {}
}
