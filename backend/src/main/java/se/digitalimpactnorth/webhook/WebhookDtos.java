package se.digitalimpactnorth.webhook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of webhook subscriptions and their delivery log. */
public final class WebhookDtos {

    private WebhookDtos() {}

    @Schema(name = "WebhookInput", requiredProperties = {"url", "eventTypes"})
    public record WebhookInput(
            @NotNull @Size(max = WebhookUrls.MAX_LENGTH) @Schema(format = "uri", description = "An absolute https URL without user name or password, "
                    + "whose host resolves only to public addresses", examples = "https://calendar.example.se/hooks/din") String url,
            @NotNull @Size(min = 1, max = 7) @Schema(description = "Event types to receive: " + WebhookEvents.TYPES_TEXT)
            List<@NotNull @Size(max = 64) String> eventTypes,
            @Size(max = 500) String description) {}

    @Schema(name = "Webhook", requiredProperties = {"id", "actorId", "url", "eventTypes", "status", "createdAt"})
    public record WebhookView(UUID id, UUID actorId, String url, List<String> eventTypes, String description,
            WebhookSubscription.Status status,
            @Schema(description = "Why the platform turned the subscription off (a 410 from the receiver, or failing for a day); "
                    + "saving the subscription again (PUT) turns it back on") String disabledReason,
            OffsetDateTime createdAt, OffsetDateTime secretRotatedAt) {}

    @Schema(name = "WebhookList", requiredProperties = "items")
    public record WebhookList(List<WebhookView> items) {}

    @Schema(name = "WebhookSecret", requiredProperties = {"webhook", "secret"})
    public record WebhookSecret(WebhookView webhook,
            @Schema(description = "The signing secret (whsec_ and base64); shown only now", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret) {}

    @Schema(name = "Delivery", requiredProperties = {"id", "eventType", "status", "attempts", "createdAt"})
    public record DeliveryView(UUID id, String eventType,
            WebhookDelivery.Status status,
            int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt, Integer lastResponseStatus, String lastError,
            @Schema(description = "The first bytes (at most 1024) of the receiver's last answer") String lastResponseBody,
            OffsetDateTime createdAt) {}

    @Schema(name = "DeliveryPage", requiredProperties = "items")
    public record DeliveryPage(List<DeliveryView> items, String nextCursor) {}

    static WebhookView view(WebhookSubscription s) {
        return new WebhookView(s.id, s.actorId, s.url, List.copyOf(s.eventTypes), s.description, s.status, s.disabledReason,
                s.createdAt, s.secretRotatedAt);
    }

    static DeliveryView view(WebhookDelivery d) {
        return new DeliveryView(d.id, d.eventType, d.status, d.attempts, d.nextAttemptAt, d.lastAttemptAt, d.lastResponseStatus,
                d.lastError, d.lastResponseBody, d.createdAt);
    }
}
