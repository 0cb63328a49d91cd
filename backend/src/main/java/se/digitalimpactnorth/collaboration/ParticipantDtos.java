package se.digitalimpactnorth.collaboration;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.common.LocalizedText;

/** The request and response bodies of participants and invitations (the collaboration's own are in CollaborationDtos). */
public final class ParticipantDtos {

    private ParticipantDtos() {}

    /** The roles one invites an actor to, or changes its role to; the lead changes only by handing it over (POST .../lead). */
    static final List<String> INVITABLE = List.of("PARTNER", "FUNDER", "ASSOCIATE");

    @Schema(name = "ParticipantInviteInput", requiredProperties = {"actorId", "role"})
    public record ParticipantInviteInput(
            @NotNull @Schema(description = "The actor invited: active, and not already invited or taking part") UUID actorId,
            @NotNull @Schema(type = SchemaType.STRING, enumeration = {"PARTNER", "FUNDER", "ASSOCIATE"},
                    description = "Not LEAD: the lead is handed over, never invited") ParticipantRole role) {}

    @Schema(name = "ParticipantRoleInput", requiredProperties = "role")
    public record ParticipantRoleInput(
            @NotNull @Schema(type = SchemaType.STRING, enumeration = {"PARTNER", "FUNDER", "ASSOCIATE"},
                    description = "Not LEAD: hand the lead over instead") ParticipantRole role) {}

    @Schema(name = "LeadInput", requiredProperties = "actorId")
    public record LeadInput(
            @NotNull @Schema(description = "An accepted participant that is not the lead; the old lead becomes a partner")
            UUID actorId) {}

    @Schema(name = "ReceivedCollaborationInvitation", requiredProperties = {"collaboration", "lead", "role", "status", "invitedAt"},
            description = "An invitation to an actor to take part in a collaboration")
    public record ReceivedCollaborationInvitation(InvitedCollaboration collaboration, ActorRef lead, ParticipantRole role,
            ParticipantStatus status, OffsetDateTime invitedAt) {}

    @Schema(name = "InvitedCollaboration", requiredProperties = {"id", "slug", "kind", "status", "publication", "title"})
    public record InvitedCollaboration(UUID id, String slug, CollaborationKind kind, CollaborationStatus status,
            Publication publication, LocalizedText title) {}

    @Schema(name = "ReceivedCollaborationInvitationList", requiredProperties = "items")
    public record ReceivedCollaborationInvitationList(List<ReceivedCollaborationInvitation> items) {}

    static boolean invitable(ParticipantRole role) {
        return INVITABLE.contains(role.name());
    }
}
