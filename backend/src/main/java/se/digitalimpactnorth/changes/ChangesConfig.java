package se.digitalimpactnorth.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the change log keeps changes (DIN_CHANGES_RETENTION, ISO-8601, default P30D). */
@ConfigMapping(prefix = "din.changes")
public interface ChangesConfig {
    @WithDefault("P30D")
    Duration retention();
}
