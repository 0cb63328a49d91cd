package se.digitalimpactnorth.me;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the platform stores about one person (GDPR Art. 15 and 20), as one JSON document:
 * every table with a column that holds their subject has its part here (PersonalData lists them).
 * Other people's subjects never appear in it.
 */
@Schema(name = "MyDataExport", description = "Everything stored about the caller (GDPR Art. 15 and 20)",
        requiredProperties = {"exportedAt", "subject", "memberships", "joinRequests", "created", "apiClients", "webhooks",
            "joinRequestsDecided", "invitations", "takedowns", "idempotencyKeys", "auditEntries", "auditEntriesAboutYou"})
public record MyDataExport(
        OffsetDateTime exportedAt,
        @Schema(description = "The token's subject: the person's id at the identity provider") String subject,
        @Schema(description = "The person record (name and email as the latest token carried them); absent if the person never"
                + " signed in to the API") Profile profile,
        @Schema(description = "The actors the person is in") List<Membership> memberships,
        @Schema(description = "Every request the person made to join an actor, whatever became of it") List<JoinRequest> joinRequests,
        @Schema(description = "What the audit trail records as created by the person") Created created,
        @Schema(description = "The API clients the person registered for their actors (never their secrets)") List<ApiClient> apiClients,
        @Schema(description = "The webhook subscriptions the person made for their actors (never their signing secrets)") List<Webhook> webhooks,
        @Schema(description = "Join requests of others that the person decided, as an owner") List<JoinDecision> joinRequestsDecided,
        @Schema(description = "Collaboration and co-organiser invitations the person sent or answered for an actor") List<Invitation> invitations,
        @Schema(description = "Resources and collaborations the person took down, as a moderator") List<Takedown> takedowns,
        @Schema(description = "Idempotency keys the person's requests sent, kept for 24 hours to replay their answers") List<IdempotencyKey> idempotencyKeys,
        @Schema(description = "Every audit entry of a change the person made, oldest first") List<AuditRecord> auditEntries,
        @Schema(description = "Audit entries of changes others made that name the person (a join request decided, a role"
                + " changed), oldest first; without who made them") List<AuditRecord> auditEntriesAboutYou) {

    @Schema(name = "MyDataProfile", requiredProperties = {"subject", "createdAt", "updatedAt"})
    public record Profile(String subject, String name, String email, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    @Schema(name = "MyDataMembership", requiredProperties = {"actorId", "actorName", "actorSlug", "role", "since"})
    public record Membership(UUID actorId, String actorName, String actorSlug,
            @Schema(description = "OWNER, EDITOR or MEMBER") String role, OffsetDateTime since) {}

    @Schema(name = "MyDataJoinRequest", requiredProperties = {"id", "actorId", "actorName", "status", "createdAt"})
    public record JoinRequest(UUID id, UUID actorId, String actorName, String message,
            @Schema(description = "PENDING, APPROVED, REJECTED or WITHDRAWN") String status, OffsetDateTime createdAt,
            OffsetDateTime decidedAt, @Schema(description = "The owner's reason, when they gave one") String reason) {}

    @Schema(name = "MyDataCreated", requiredProperties = {"actors", "resources", "collaborations"})
    public record Created(List<CreatedObject> actors, List<CreatedObject> resources, List<CreatedObject> collaborations) {}

    @Schema(name = "MyDataCreatedObject", requiredProperties = {"id", "createdAt"})
    public record CreatedObject(String id,
            @Schema(description = "Its name or title now; absent when it no longer exists") String name,
            @Schema(description = "Its slug now; absent when it no longer exists") String slug,
            OffsetDateTime createdAt) {}

    @Schema(name = "MyDataApiClient", requiredProperties = {"id", "actorId", "name", "clientId", "createdAt"})
    public record ApiClient(UUID id, UUID actorId, String name, String clientId,
            @Schema(description = "The person's name as it was when they registered it") String createdByName,
            OffsetDateTime createdAt, OffsetDateTime revokedAt) {}

    @Schema(name = "MyDataWebhook", requiredProperties = {"id", "actorId", "url", "eventTypes", "status", "createdAt"})
    public record Webhook(UUID id, UUID actorId, String url, List<String> eventTypes, String description, String status,
            OffsetDateTime createdAt) {}

    @Schema(name = "MyDataJoinDecision", requiredProperties = {"id", "actorId", "actorName", "status"})
    public record JoinDecision(UUID id, UUID actorId, String actorName,
            @Schema(description = "APPROVED or REJECTED") String status, OffsetDateTime decidedAt) {}

    @Schema(name = "MyDataInvitation", requiredProperties = {"objectType", "objectId", "actorId", "part", "status"})
    public record Invitation(
            @Schema(description = "collaboration or resource (co-organising)") String objectType,
            UUID objectId,
            @Schema(description = "The actor invited") UUID actorId,
            @Schema(description = "invited (the person sent the invitation) or answered (the person answered it)") String part,
            String status,
            @Schema(description = "When the person invited or answered, when known") OffsetDateTime at) {}

    @Schema(name = "MyDataTakedown", requiredProperties = {"objectType", "objectId", "takenDownAt"})
    public record Takedown(@Schema(description = "resource or collaboration") String objectType, UUID objectId,
            OffsetDateTime takenDownAt, String reason) {}

    @Schema(name = "MyDataIdempotencyKey", requiredProperties = {"key", "createdAt"})
    public record IdempotencyKey(String key, OffsetDateTime createdAt, OffsetDateTime completedAt,
            @Schema(description = "The HTTP status of the stored answer") Integer status) {}

    @Schema(name = "MyDataAuditEntry", requiredProperties = {"id", "at", "action", "objectType", "objectId", "summary"})
    public record AuditRecord(UUID id, OffsetDateTime at, String action, String objectType, String objectId,
            Map<String, Object> summary) {}
}
