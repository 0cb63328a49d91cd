package se.digitalimpactnorth.changes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What GET /api/v1/changes answers. */
final class ChangeDtos {
    private ChangeDtos() {}

    @Schema(name = "ChangeItem", description = "One change of public data")
    record ChangeItem(
            @Schema(required = true, enumeration = {"resource", "actor", "collaboration"}) String type,
            @Schema(required = true) UUID id,
            @Schema(required = true, enumeration = {"upsert", "delete"}, description = "upsert: the item is public "
                    + "now, fetch it (GET /api/v1/{type}s/{id}); delete: it left public view (a tombstone)") String change,
            @Schema(description = "The item's version at the change; for a "
                    + "tombstone its last known version (absent when none is known)") Long version,
            @Schema(required = true, description = "When the change was committed") OffsetDateTime at,
            @Schema(description = "Why a deleted item left public view: archived, "
                    + "unpublished, taken-down, publisher-not-active, lead-not-active, too-few-participants "
                    + "(a collaboration with fewer than two participants that count), suspended, not-active, "
                    + "deleted; absent for upsert") String reason) {

        static ChangeItem of(Change c) {
            return new ChangeItem(c.type().wire(), c.id(), c.kind().wire(), c.version(), c.at(), c.reason());
        }
    }

    @Schema(name = "ChangeList", description = "A page of changes, oldest first")
    record ChangeList(
            @Schema(required = true) List<ChangeItem> items,
            @Schema(required = true, description = "Always present: pass it as since to read what comes next "
                    + "(also to poll when hasMore is false)") String nextCursor,
            @Schema(required = true, description = "More changes are there already: read again at once") boolean hasMore) {}
}
