package se.digitalimpactnorth.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.ActorDtos.JoinRequestView;
import se.digitalimpactnorth.actor.ActorDtos.MyMembership;

/** The caller, as their token describes them, with the actors they are in. */
@Schema(name = "Me", requiredProperties = {"subject", "roles", "memberships", "joinRequests"})
public record Me(
        @Schema(description = "The token's subject: the person's stable id at the identity provider") String subject,
        @Schema(description = "Display name, when the token carries one") String name,
        @Schema(description = "Email, when the token carries one; only ever shown to its owner") String email,
        @Schema(description = "The platform roles among the realm roles: member, moderator, admin, integrator", examples = "[\"member\"]") List<String> roles,
        @Schema(description = "The actors the caller is in, and their role there") List<MyMembership> memberships,
        @Schema(description = "The caller's pending requests to join actors") List<JoinRequestView> joinRequests) {}
