package se.digitalimpactnorth.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The extension member of the 409 problem an erasure gets while the caller is the only owner of
 * actors (the body is a Problem with {@code actors} added). Documentation only: the body is built
 * by the one problem mapper from {@code ProblemException}'s extensions.
 */
@Schema(name = "LastOwnerExtension", requiredProperties = "actors")
public record LastOwnerExtension(
        @Schema(description = "The actors whose only owner the caller is") List<ErasurePlan.ActorNamed> actors) {}
