package se.digitalimpactnorth.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the committed contract (../openapi.yaml) and builds request bodies from its schemas: a
 * valid value for every property (required and optional, so every field gets mutated), and the
 * list of fields of a body with what the schema says about each. Used by {@link BadInputCorpusTest}.
 *
 * <p>Values come from the schema (enum, format, minimum, minLength, maxLength, examples that match
 * their pattern); where the schema cannot say what is valid (a pattern, an id that must exist) a
 * hint by property name or pattern below gives it. An unknown pattern fails loudly, naming the field.
 */
final class OpenApiBodies {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Samples for the patterns of the contract; add one when a new pattern appears. */
    private static final Map<String, String> PATTERN_SAMPLES = Map.of(
            "[0-9]{4}", "2480",
            "sv|en", "sv",
            "[a-z]{2}", "sv",
            "\\S", "Corpus text",
            "\\+?[0-9 ()-]{5,30}", "+46 90 786 50 00",
            "10\\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+", "10.1000/corpus123");

    /** A field of a body: where it is, its (resolved) schema, and what the contract says about it. */
    record Field(List<Object> path, String name, JsonNode schema, boolean required) {
        String dotted() {
            StringBuilder s = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer i) {
                    s.append('[').append(i).append(']');
                } else {
                    s.append(s.isEmpty() ? "" : ".").append(step);
                }
            }
            return s.toString();
        }

        String type() {
            return OpenApiBodies.type(schema);
        }

        boolean multiLine() {
            return schema.path("x-multiline").asBoolean(false);
        }

        /** A URL by format, or by name as the contract's URL fields are named. */
        boolean url() {
            String format = schema.path("format").asText("");
            return "string".equals(type()) && (format.equals("uri") || format.equals("url")
                    || name.endsWith("Url") || name.equals("url") || name.equals("website"));
        }
    }

    final JsonNode document;

    OpenApiBodies() {
        try {
            this.document = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + CONTRACT.toAbsolutePath(), e);
        }
    }

    /** A schema with its {@code $ref} replaced by what it points to (the sibling keywords win, except examples). */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        String ref = schema.get("$ref").asText();
        JsonNode target = resolve(document.at(ref.substring(1)));
        ObjectNode merged = target.deepCopy();
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$ref") && !(e.getKey().equals("examples") && merged.has("pattern"))) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : schema.has("enum") ? "string" : "any";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }

    /** Builds valid values; one per body, since dates are handed out in increasing order (start before end). */
    final class Generator {
        private final Function<String, JsonNode> hints;
        private final String where;
        private LocalDate nextDate = LocalDate.now().plusMonths(6);

        /** @param hints a value by property name, or null when the schema decides */
        Generator(Function<String, JsonNode> hints, String where) {
            this.hints = hints;
            this.where = where;
        }

        JsonNode value(JsonNode rawSchema, String name, String path) {
            JsonNode schema = resolve(rawSchema);
            JsonNode hinted = name == null ? null : hints.apply(name);
            if (hinted != null && !type(schema).equals("array")) {
                return hinted;
            }
            if (schema.has("enum")) {
                return schema.get("enum").get(0);
            }
            return switch (type(schema)) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                    while (properties.hasNext()) {
                        Map.Entry<String, JsonNode> p = properties.next();
                        object.set(p.getKey(), value(p.getValue(), p.getKey(), path + "." + p.getKey()));
                    }
                    yield object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    int items = Math.max(1, schema.path("minItems").asInt(1));
                    for (int i = 0; i < items; i++) {
                        array.add(value(schema.get("items"), name, path + "[" + i + "]"));
                    }
                    yield array;
                }
                case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
                case "number" -> schema.has("minimum") ? schema.get("minimum") : NODES.numberNode(1);
                case "boolean" -> NODES.booleanNode(false);
                case "string" -> TextNode.valueOf(text(schema, name, path));
                default -> throw new IllegalStateException(where + ": no value for " + path + " of type " + type(schema));
            };
        }

        private String text(JsonNode schema, String name, String path) {
            String format = schema.path("format").asText("");
            String pattern = schema.path("pattern").asText(null);
            if (format.equals("uuid")) {
                return UUID.randomUUID().toString();
            }
            if (format.equals("date")) {
                return date().toString();
            }
            if (format.equals("date-time") || (pattern != null && pattern.contains("T[0-9]{2}"))) {
                // A local date-time when the pattern has no offset; else with one.
                String local = date() + "T10:00:00";
                return pattern != null && pattern.contains("T[0-9]{2}") ? local : local + "+01:00";
            }
            if (pattern != null) {
                if (PATTERN_SAMPLES.containsKey(pattern)) {
                    return PATTERN_SAMPLES.get(pattern);
                }
                for (JsonNode example : schema.path("examples")) {
                    if (Pattern.compile(pattern).matcher(example.asText()).find()) {
                        return example.asText();
                    }
                }
                throw new IllegalStateException(where + ": no sample for the pattern " + pattern + " of " + path
                        + "; add one to OpenApiBodies.PATTERN_SAMPLES");
            }
            String text = "Corpus " + UUID.randomUUID().toString().substring(0, 8);
            int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
            int min = schema.path("minLength").asInt(0);
            while (text.length() < min) {
                text = text + "x";
            }
            return text.length() > max ? text.substring(0, max) : text;
        }

        private LocalDate date() {
            LocalDate d = nextDate;
            nextDate = nextDate.plusDays(1);
            return d;
        }
    }

    /** Every field present in {@code body}, depth first, with its schema. */
    List<Field> fields(JsonNode body, JsonNode rawSchema) {
        List<Field> out = new ArrayList<>();
        collect(body, resolve(rawSchema), new ArrayList<>(), out);
        return out;
    }

    private void collect(JsonNode value, JsonNode schema, List<Object> path, List<Field> out) {
        if (value.isObject()) {
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode propertySchema = resolve(schema.path("properties").get(e.getKey()));
                List<Object> p = new ArrayList<>(path);
                p.add(e.getKey());
                out.add(new Field(p, e.getKey(), propertySchema, required.contains(e.getKey())));
                collect(e.getValue(), propertySchema, p, out);
            }
        } else if (value.isArray()) {
            JsonNode items = resolve(schema.get("items"));
            for (int i = 0; i < value.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                String name = path.isEmpty() ? "" : String.valueOf(path.get(path.size() - 1));
                out.add(new Field(p, name, items, false));
                collect(value.get(i), items, p, out);
            }
        }
    }

    /** The schema of the JSON request body of an operation, or null. */
    JsonNode requestSchema(JsonNode operation) {
        return operation.path("requestBody").path("content").path("application/json").get("schema");
    }

    /** Property names of the operation's success response body: what the server sets, never the client. */
    Map<String, JsonNode> responseProperties(JsonNode operation) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        operation.path("responses").properties().forEach(r -> {
            if (r.getKey().startsWith("2")) {
                JsonNode schema = resolve(r.getValue().path("content").path("application/json").get("schema"));
                if (schema != null) {
                    schema.path("properties").properties().forEach(p -> out.putIfAbsent(p.getKey(), p.getValue()));
                }
            }
        });
        return out;
    }
}
