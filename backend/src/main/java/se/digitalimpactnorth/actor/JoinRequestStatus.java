package se.digitalimpactnorth.actor;

public enum JoinRequestStatus {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
