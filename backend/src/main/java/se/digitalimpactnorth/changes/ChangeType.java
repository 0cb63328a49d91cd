package se.digitalimpactnorth.changes;

import java.util.Locale;

/** What kind of entity a change is about; on the wire in lower case (resource, actor, collaboration). */
public enum ChangeType {
    RESOURCE,
    ACTOR,
    COLLABORATION;

    /** The name in the API (query parameter types, item type). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
