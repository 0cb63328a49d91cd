package se.digitalimpactnorth.actor;

/** What kind of organisation an actor is; the kind decides its sector. */
public enum ActorKind {
    COMPANY(Sector.BUSINESS),
    UNIVERSITY(Sector.ACADEMIA),
    RESEARCH_INSTITUTE(Sector.ACADEMIA),
    PUBLIC_AUTHORITY(Sector.PUBLIC),
    SCIENCE_PARK(Sector.BUSINESS),
    NON_PROFIT(Sector.CIVIL),
    INVESTOR(Sector.BUSINESS),
    OTHER(Sector.CIVIL);

    private final Sector sector;

    ActorKind(Sector sector) {
        this.sector = sector;
    }

    /** Mirrors the generated column actor.sector (migration V2); a test keeps the two equal. */
    public Sector sector() {
        return sector;
    }
}
