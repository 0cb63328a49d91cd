package se.digitalimpactnorth.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start on a {@code DIN_LOG_FORMAT} other than {@code json} or {@code text}. The
 * setting itself is applied by application.properties (quarkus.log.console.json.enabled), which
 * would quietly keep JSON for a value it does not know: an operator who asked for something else
 * should hear about it instead.
 */
@ApplicationScoped
public class LogFormat {

    void check(@Observes StartupEvent ignored, @ConfigProperty(name = "din.log-format") String format) {
        if (!format.equals("json") && !format.equals("text")) {
            throw new IllegalArgumentException("DIN_LOG_FORMAT must be json or text, not '" + format + "'");
        }
    }
}
