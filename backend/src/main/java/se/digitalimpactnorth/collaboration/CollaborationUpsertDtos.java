package se.digitalimpactnorth.collaboration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.common.Batches;
import se.digitalimpactnorth.common.ExternalIds;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationInput;

/** Bodies of the upsert by external id, with which integrators keep the collaborations their actor leads in sync. */
public final class CollaborationUpsertDtos {

    private CollaborationUpsertDtos() {}

    @Schema(name = "CollaborationUpsert", requiredProperties = "collaboration",
            description = "The whole collaboration as it should be, and optionally its publication")
    public record CollaborationUpsert(
            @Schema(description = "Its publication (who sees it; `collaboration.status` is how the work stands): DRAFT (only"
                    + " while it is a draft), PUBLISHED or ARCHIVED, by the rules of publish and archive; absent: leave it as it"
                    + " is (a new one is a draft)") Publication status,
            @NotNull @Valid @Schema(description = "`leadActorId` must be the actor of the path") CollaborationInput collaboration) {}

    /** One item of a batch. Not cascaded from {@link CollaborationBatch}: each item is validated on its own. */
    @Schema(name = "CollaborationBatchItem", requiredProperties = {"externalId", "collaboration"})
    public record CollaborationBatchItem(
            @NotNull @Pattern(regexp = ExternalIds.REGEX, message = "must be 1–200 characters of A-Z a-z 0-9 . _ : ~ -")
            @Schema(description = ExternalIds.DESCRIPTION, maxLength = 200) String externalId,
            @Schema(description = "As in CollaborationUpsert") Publication status,
            @NotNull @Valid CollaborationInput collaboration) {}

    @Schema(name = "CollaborationBatch", requiredProperties = "items")
    public record CollaborationBatch(
            @NotNull @Size(min = 1, max = Batches.MAX_ITEMS) List<@NotNull CollaborationBatchItem> items) {}
}
