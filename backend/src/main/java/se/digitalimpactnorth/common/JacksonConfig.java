package se.digitalimpactnorth.common;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.UUID;

/**
 * Strict JSON for every request body, so a client's mistake is a 400 and never half-read input:
 * <ul>
 *   <li>one JSON value and nothing after it; no field twice in an object;</li>
 *   <li>bounded nesting depth, number length and string length ({@link #MAX_DEPTH} and friends;
 *       the README's API conventions list them);</li>
 *   <li>no coercion: {@code "42"} is not a number, {@code 1.5} is not an integer, {@code 0} is not
 *       an enum constant, {@code 1e400} is not a finite number;</li>
 *   <li>text is single-line unless its field is {@link MultiLine}: CR, LF, tabs and every other
 *       control character are refused; multi-line text keeps CR, LF and tabs only; lone UTF-16
 *       surrogates ({@code "\ud800"}) are refused everywhere.</li>
 * </ul>
 * Unknown fields are refused too ({@code quarkus.jackson.fail-on-unknown-properties}).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    /** Deepest nesting of objects and arrays in a body. Our deepest input is five levels. */
    public static final int MAX_DEPTH = 20;
    /** Longest number, in characters (digits, sign, point and exponent). */
    public static final int MAX_NUMBER_LENGTH = 30;
    /** Longest string value, in characters; fields have their own, smaller limits. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Longest field name, in characters. */
    public static final int MAX_NAME_LENGTH = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "42" for a number, "true" or 1 for a boolean, 1.5 for an integer, "" for a date or an id: all refused.
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);

        // A null inside a list is refused like a wrong type, whatever the element's annotations say.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));

        SimpleModule module = new SimpleModule("din-strict-json");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                boolean textual = type == UUID.class || type.getPackageName().equals("java.time");
                return textual ? new ExactText(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription bean, JsonDeserializer<?> deserializer) {
                return new ExactText(deserializer);
            }
        });
        // The registered instance is used as is only where there is no field to ask (values of
        // untyped maps, as when a stored details record is converted to a map): there only the
        // rules for all text apply. Every field of a request body gets a contextual one below.
        module.addDeserializer(String.class, new TextDeserializer(true));
        module.addDeserializer(Double.class, new FiniteDoubleDeserializer(Double.class));
        module.addDeserializer(double.class, new FiniteDoubleDeserializer(double.class));
        mapper.registerModule(module);
    }

    /** Text as described above; contextual, because {@link MultiLine} sits on the field, not the type. */
    static final class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        TextDeserializer(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            // No property (a root value) is single-line too: the safe default.
            boolean marked = property != null && property.getAnnotation(MultiLine.class) != null;
            return marked == multiLine ? this : new TextDeserializer(marked);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                // No silent coercion: 42 or true where text belongs is a client error.
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = parser.getText();
            String fault = fault(value, multiLine);
            if (fault != null) {
                throw InvalidFormatException.from(parser, fault, value, String.class);
            }
            return value;
        }
    }

    static final String SINGLE_LINE = "must be a single line (no line breaks or tabs)";
    static final String NO_CONTROL_CHARACTERS = "must not contain control characters";

    /** Whether a {@link #fault} is about line breaks or control characters (field code control-characters). */
    static boolean isControlCharacterFault(String fault) {
        return SINGLE_LINE.equals(fault) || NO_CONTROL_CHARACTERS.equals(fault);
    }

    /** Why this text may not be stored, or null when it may. */
    static String fault(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (a lone surrogate at character " + i + ")";
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (multiLine && lineBreak) {
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return lineBreak || type != Character.CONTROL ? SINGLE_LINE : NO_CONTROL_CHARACTERS;
            }
        }
        return null;
    }

    /**
     * Enum constants, ids, dates and times come only as JSON strings, exactly: Jackson would trim
     * spaces and control characters off them ({@code "EVENT\u0000"} read as EVENT) and read a
     * date from a number (12 as 1970-01-13) or an array.
     */
    static final class ExactText extends DelegatingDeserializer {
        ExactText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactText(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            if (!text.equals(text.strip()) || fault(text, false) != null) {
                throw InvalidFormatException.from(parser, "must be exactly one of the allowed values, without spaces or control characters",
                        text, handledType());
            }
            return super.deserialize(parser, context);
        }
    }

    /** A JSON number is finite: 1e400 would otherwise become Infinity without a word. */
    static final class FiniteDoubleDeserializer extends NumberDeserializers.DoubleDeserializer {
        FiniteDoubleDeserializer(Class<Double> type) {
            super(type, type.isPrimitive() ? 0.0 : null);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw InvalidFormatException.from(parser, JsonFaults.OUT_OF_RANGE, parser.getText(), Double.class);
            }
            return value;
        }
    }
}
