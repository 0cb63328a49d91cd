package se.digitalimpactnorth.apiclient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the API clients of an actor. */
public final class ApiClientDtos {

    private ApiClientDtos() {}

    /** Whether a client's tokens are accepted. */
    public enum ApiClientStatus { ACTIVE, REVOKED }

    @Schema(name = "ApiClientInput", requiredProperties = "name")
    public record ApiClientInput(
            @Schema(description = "What the client is for, for the actor's owners (e.g. the system it runs in)")
            @NotNull @NotBlank @Size(min = 1, max = 100) String name) {}

    @Schema(name = "ApiClientCreator", requiredProperties = "name")
    public record Creator(String name) {}

    @Schema(name = "ApiClient", requiredProperties = {"id", "actorId", "name", "clientId", "status", "createdAt"})
    public record ApiClientView(
            UUID id,
            UUID actorId,
            String name,
            @Schema(description = "The OAuth2 client_id to get tokens with (client credentials grant)") String clientId,
            ApiClientStatus status,
            OffsetDateTime createdAt,
            @Schema(description = "Who registered it (absent when unknown)") Creator createdBy,
            OffsetDateTime secretRotatedAt,
            OffsetDateTime revokedAt) {}

    @Schema(name = "ApiClientSecret", requiredProperties = {"client", "clientSecret", "tokenUrl"},
            description = "The only time the secret is shown: store it now; rotate it to get a new one")
    public record ApiClientSecret(
            ApiClientView client,
            String clientSecret,
            @Schema(description = "The realm's token endpoint: POST grant_type=client_credentials with client_id and client_secret")
            String tokenUrl) {}

    @Schema(name = "ApiClientList", requiredProperties = "items")
    public record ApiClientList(@Schema(description = "Newest first, revoked ones too") List<ApiClientView> items) {}
}
