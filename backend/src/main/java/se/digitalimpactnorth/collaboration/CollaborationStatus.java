package se.digitalimpactnorth.collaboration;

/** How the work stands, whoever sees it: planned → active → completed, or cancelled. */
public enum CollaborationStatus {
    PLANNED, ACTIVE, COMPLETED, CANCELLED
}
