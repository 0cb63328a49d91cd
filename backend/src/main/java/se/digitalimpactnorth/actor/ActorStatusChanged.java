package se.digitalimpactnorth.actor;

import java.util.UUID;

/**
 * Fired (synchronously, inside the moderating transaction) when an actor's status changed: what the
 * public sees of its resources and collaborations changes with it.
 */
public record ActorStatusChanged(UUID actorId) {}
