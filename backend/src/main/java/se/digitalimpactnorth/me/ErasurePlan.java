package se.digitalimpactnorth.me;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What erasing the caller's account (GDPR Art. 17) would do, or what stands in its way, with the
 * confirmation that DELETE /api/v1/me takes.
 */
@Schema(name = "ErasurePlan", requiredProperties = {"possible", "blockingActors", "memberships", "pendingJoinRequests"})
public record ErasurePlan(
        @Schema(description = "Whether the account can be erased now (no blocking actors)") boolean possible,
        @Schema(description = "Actors whose only owner the caller is: make someone else owner first, or ask a moderator to"
                + " suspend the actor") List<ActorNamed> blockingActors,
        @Schema(description = "The memberships that end") List<EndingMembership> memberships,
        @Schema(description = "Pending join requests that are withdrawn", minimum = "0") int pendingJoinRequests,
        @Schema(description = "Pass it as DELETE /api/v1/me?confirmation=...; bound to the caller, valid for 10 minutes; null when"
                + " not possible") String confirmation,
        @Schema(description = "When the confirmation stops being accepted; null when not possible") OffsetDateTime confirmationExpiresAt) {

    /** An actor, by id, name and slug. */
    @Schema(name = "ErasureBlockingActor", requiredProperties = {"id", "name", "slug"})
    public record ActorNamed(UUID id, String name, String slug) {}

    @Schema(name = "ErasureMembership", requiredProperties = {"actorId", "actorName", "role"})
    public record EndingMembership(UUID actorId, String actorName, @Schema(description = "OWNER, EDITOR or MEMBER") String role) {}
}
