package se.digitalimpactnorth.actor;

/** The list filters of GET /actors, already parsed; null means "any". */
record ActorFilter(String q, Sector sector, ActorKind kind, String municipality, String county,
        String technologyArea, ActorStatus status) {}
