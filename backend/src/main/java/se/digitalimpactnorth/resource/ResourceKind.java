package se.digitalimpactnorth.resource;

/** The ten kinds of resources, in their two families. */
public enum ResourceKind {
    EVENT(Family.KNOWLEDGE),
    MEETING_PLACE(Family.KNOWLEDGE),
    HORIZON_SCAN(Family.KNOWLEDGE),
    RESEARCH_RESULT(Family.KNOWLEDGE),
    EDUCATION(Family.KNOWLEDGE),
    PROJECT_OFFICE(Family.INNOVATION),
    BUSINESS_DEVELOPMENT_UNIT(Family.INNOVATION),
    LAB(Family.INNOVATION),
    TESTBED(Family.INNOVATION),
    SEMINAR_SERIES(Family.INNOVATION);

    /** Knowledge resources raise knowledge; innovation resources raise the tempo of innovation. */
    public enum Family { KNOWLEDGE, INNOVATION }

    private final Family family;

    ResourceKind(Family family) {
        this.family = family;
    }

    /** Mirrors the generated column resource.family (migration V3). */
    public Family family() {
        return family;
    }
}
