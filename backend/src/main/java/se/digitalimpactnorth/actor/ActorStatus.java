package se.digitalimpactnorth.actor;

/** pending → active (a moderator approves) → suspended → active (reinstated). */
public enum ActorStatus {
    PENDING, ACTIVE, SUSPENDED
}
