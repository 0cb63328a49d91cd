package se.digitalimpactnorth.collaboration;

/** What kind of collaboration it is. */
public enum CollaborationKind {
    PROJECT, PARTNERSHIP, NETWORK, INNOVATION_CHALLENGE, CONSORTIUM, TESTBED_USE
}
