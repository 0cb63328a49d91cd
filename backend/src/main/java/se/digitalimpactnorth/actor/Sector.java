package se.digitalimpactnorth.actor;

/** The four sectors whose boundaries collaborations cross. */
public enum Sector {
    BUSINESS, ACADEMIA, PUBLIC, CIVIL
}
