package se.digitalimpactnorth.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The API's one rule for absent values: a property or map entry without a value is left out of the
 * body, never written as {@code null}. The contract follows it: what is in a schema's
 * {@code required} list is always present, anything else may be missing, and nothing is nullable,
 * so strictly generated clients (the SPA's types among them) get {@code field?: string}.
 */
@Singleton
public class AbsentValues implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    }
}
