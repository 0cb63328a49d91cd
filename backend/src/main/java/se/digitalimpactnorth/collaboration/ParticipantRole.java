package se.digitalimpactnorth.collaboration;

/** An actor's part in a collaboration; exactly one LEAD per collaboration. */
public enum ParticipantRole {
    LEAD, PARTNER, FUNDER, ASSOCIATE
}
