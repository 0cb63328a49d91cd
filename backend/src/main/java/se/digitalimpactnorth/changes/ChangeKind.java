package se.digitalimpactnorth.changes;

import java.util.Locale;

/** UPSERT: the entity is public now (fetch it); DELETE: it left public view (a tombstone). */
public enum ChangeKind {
    UPSERT,
    DELETE;

    /** The name in the API (item change). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
