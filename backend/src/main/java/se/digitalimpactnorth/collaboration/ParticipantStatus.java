package se.digitalimpactnorth.collaboration;

/** Where an actor's participation stands; only ACCEPTED rows of ACTIVE actors count anywhere. */
public enum ParticipantStatus {
    INVITED, ACCEPTED, DECLINED, LEFT
}
