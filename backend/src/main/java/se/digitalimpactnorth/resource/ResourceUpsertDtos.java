package se.digitalimpactnorth.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.common.Batches;
import se.digitalimpactnorth.common.ExternalIds;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceInput;

/** Bodies of the upsert by external id, with which integrators keep their resources in sync. */
public final class ResourceUpsertDtos {

    private ResourceUpsertDtos() {}

    @Schema(name = "ResourceUpsert", requiredProperties = "resource",
            description = "The whole resource as it should be, and optionally where it should stand")
    public record ResourceUpsert(
            @Schema(description = "Move it here: DRAFT (only while it is a draft), PUBLISHED or ARCHIVED, by the rules of"
                    + " publish and archive; absent: leave it as it is (a new one is a draft)") ResourceStatus status,
            @NotNull @Valid @Schema(description = "`actorId` must be the actor of the path") ResourceInput resource) {}

    /** One item of a batch. Not cascaded from {@link ResourceBatch}: each item is validated on its own. */
    @Schema(name = "ResourceBatchItem", requiredProperties = {"externalId", "resource"})
    public record ResourceBatchItem(
            @NotNull @Pattern(regexp = ExternalIds.REGEX, message = "must be 1–200 characters of A-Z a-z 0-9 . _ : ~ -")
            @Schema(description = ExternalIds.DESCRIPTION, maxLength = 200) String externalId,
            @Schema(description = "As in ResourceUpsert") ResourceStatus status,
            @NotNull @Valid ResourceInput resource) {}

    @Schema(name = "ResourceBatch", requiredProperties = "items")
    public record ResourceBatch(
            @NotNull @Size(min = 1, max = Batches.MAX_ITEMS) List<@NotNull ResourceBatchItem> items) {}
}
