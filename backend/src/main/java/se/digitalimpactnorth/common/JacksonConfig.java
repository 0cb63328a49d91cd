package se.digitalimpactnorth.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON rules for every body: text must be a JSON string (no coercion from numbers or booleans)
 * without NUL or other control characters (tabs and newlines are fine).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("din-strings");
        module.addDeserializer(String.class, new CleanStringDeserializer());
        mapper.registerModule(module);
    }

    static final class CleanStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                // No silent coercion: 42 or true where text belongs is a client error.
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = parser.getText();
            if (value != null) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                        throw InvalidFormatException.from(parser, "must not contain control characters", value, String.class);
                    }
                }
            }
            return value;
        }
    }
}
