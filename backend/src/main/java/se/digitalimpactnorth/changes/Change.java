package se.digitalimpactnorth.changes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the change log: an entity entered or changed in public view (UPSERT) or left it
 * (DELETE, with a reason: archived, unpublished, taken-down, publisher-not-active,
 * lead-not-active, too-few-participants, suspended, not-active, deleted).
 *
 * @param version the entity's version at the change (for a tombstone its last known version)
 * @param at when the writing transaction recorded it (at commit)
 * @param actorId the publisher of a resource, the lead of a collaboration, or the actor itself
 * @param firstPublication the entity was never public before this UPSERT
 */
public record Change(ChangeType type, UUID id, ChangeKind kind, Long version, OffsetDateTime at, String reason,
        UUID actorId, boolean firstPublication) {}
