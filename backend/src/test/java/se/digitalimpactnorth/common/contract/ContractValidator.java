package se.digitalimpactnorth.common.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks one HTTP exchange against the committed {@code openapi.yaml}: the path and method must be
 * an operation of the contract, the status one of its responses (or {@code default}), the
 * Content-Type one it declares, and a JSON body must validate against the declared schema
 * (OpenAPI 3.1 schemas are JSON Schema 2020-12, checked with formats asserted). A body of another
 * type (iCalendar, RSS, HTML) is checked by status and Content-Type only.
 *
 * <p>Stricter than a client needs: an object schema that lists its properties and says nothing
 * about others is read as closed, so a property the contract does not name fails the test (a
 * schema that means to allow others says {@code additionalProperties}).
 *
 * <p>Outside the contract: only {@code /q/*} (health, metrics, the contract itself). A path or method
 * the contract does not have (the test build's hidden {@code /api/v1/test-only/*} among them) may
 * only answer with an error, and any body must be the API's one error shape, a {@code Problem}.
 */
public final class ContractValidator {

    /** The name the contract is known by inside the schema registry; never fetched. */
    private static final String DOCUMENT = "https://contract.din.invalid/openapi.json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final JsonNode contract;
    private final SchemaRegistry registry;
    private final List<Route> routes;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, int literalLength, JsonNode pathItem) {}

    /** The contract's response for one exchange, once found. */
    private record Expected(String pointer, JsonNode response) {}

    public ContractValidator(String openApiYaml) {
        this.contract = new YAMLMapper().readTree(openApiYaml);
        if (!contract.path("openapi").asString("").startsWith("3.1")) {
            throw new IllegalArgumentException("Expected an OpenAPI 3.1 document, got " + contract.path("openapi"));
        }
        closeObjects(contract);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        // The document is handed over by name, so $refs resolve inside it and nothing is fetched.
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b
                .schemaRegistryConfig(config)
                .schemas(Map.of(DOCUMENT, contract.toString())));
        this.routes = new ArrayList<>();
        contract.path("paths").properties().forEach(e -> routes.add(route(e.getKey(), e.getValue())));
        // A literal path wins over a template (`/actors/mine` before `/actors/{id}`).
        routes.sort(Comparator.comparingInt(Route::literalLength).reversed());
    }

    /** The contract the tests run against: the committed ../openapi.yaml, seen from backend/. */
    public static ContractValidator ofCommittedContract() {
        try {
            return new ContractValidator(Files.readString(Path.of("..", "openapi.yaml"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ../openapi.yaml", e);
        }
    }

    /**
     * What is wrong with this exchange according to the contract; empty when it conforms.
     *
     * @param path the request path as sent (no query string), still percent-encoded
     * @param contentType the response's Content-Type header, or null
     * @param body the response body as text (empty when none)
     */
    public List<String> check(String method, String path, int status, String contentType, String body) {
        String where = method.toUpperCase(Locale.ROOT) + " " + path + " → " + status;
        List<String> problems = new ArrayList<>();
        boolean hasBody = body != null && !body.isEmpty() && !"HEAD".equalsIgnoreCase(method);
        String mediaType = mediaType(contentType);

        Expected expected = expected(method.toLowerCase(Locale.ROOT), path, status, problems, where);
        if (expected == null) {
            // Outside the contract, or refused before reaching an operation: the one error shape, if any body.
            if (hasBody && !outsideContract(path)) {
                if (!"application/problem+json".equals(mediaType)) {
                    problems.add(where + ": Content-Type " + contentType + " where only a problem+json body is described");
                } else {
                    validate(PROBLEM_SCHEMA, body, problems, where);
                }
            }
            return problems;
        }

        JsonNode content = expected.response().path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                problems.add(where + ": the contract declares no body, but one came (" + contentType + ")");
            }
            return problems;
        }
        if (!hasBody) {
            if (!"HEAD".equalsIgnoreCase(method)) {
                problems.add(where + ": the contract declares a body (" + names(content) + "), but none came");
            }
            return problems;
        }
        String declared = declaredMediaType(content, mediaType);
        if (declared == null) {
            problems.add(where + ": Content-Type " + contentType + " is not declared (declared: " + names(content) + ")");
            return problems;
        }
        if (isJson(mediaType) && content.path(declared).has("schema")) {
            String pointer = expected.pointer() + "/content/" + escape(declared) + "/schema";
            validate("#" + pointer, body, problems, where);
        }
        return problems;
    }

    private Expected expected(String method, String path, int status, List<String> problems, String where) {
        if (outsideContract(path)) {
            return null;
        }
        Route route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst().orElse(null);
        if (route == null) {
            if (status < 400) {
                problems.add(where + ": no path of the contract matches");
            }
            return null;
        }
        JsonNode operation = route.pathItem().path(method);
        if (operation.isMissingNode()) {
            if (status < 400 && !"options".equals(method) && !"head".equals(method)) {
                problems.add(where + ": the contract has no " + method.toUpperCase(Locale.ROOT) + " for " + route.template());
            }
            return null;
        }
        JsonNode responses = operation.path("responses");
        String key = String.valueOf(status);
        if (!responses.has(key)) {
            key = (status / 100) + "XX";
        }
        if (!responses.has(key)) {
            key = "default";
        }
        if (!responses.has(key)) {
            problems.add(where + ": status " + status + " is not among the responses of "
                    + method.toUpperCase(Locale.ROOT) + " " + route.template() + " (" + names(responses) + ")");
            return null;
        }
        JsonNode response = responses.path(key);
        String pointer = "/paths/" + escape(route.template()) + "/" + method + "/responses/" + escape(key);
        if (response.has("$ref")) {
            String ref = response.path("$ref").asString();
            pointer = ref.substring(1);
            response = contract.at(pointer);
        }
        return new Expected(pointer, response);
    }

    private void validate(String fragment, String body, List<String> problems, String where) {
        Schema schema = schemas.computeIfAbsent(fragment, f -> registry.getSchema(SchemaLocation.of(DOCUMENT + f)));
        List<Error> errors;
        try {
            errors = schema.validate(body, InputFormat.JSON);
        } catch (RuntimeException e) {
            problems.add(where + ": the body is not JSON: " + e.getMessage());
            return;
        }
        for (Error error : errors) {
            problems.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage()
                    + " (schema " + error.getSchemaLocation() + ")");
        }
    }

    /**
     * Closes every object schema that lists properties and does not say whether others may come:
     * {@code unevaluatedProperties: false} (not {@code additionalProperties}, so that properties
     * named by {@code allOf} and {@code $ref} siblings still count as described).
     */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.path("properties").isObject()
                    && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.properties().forEach(e -> {
                // Property names are data, not schemas: only descend into their values' schemas.
                closeObjects(e.getValue());
            });
        } else if (node != null && node.isArray()) {
            node.forEach(ContractValidator::closeObjects);
        }
    }

    private static boolean outsideContract(String path) {
        return path.startsWith("/q/") || path.equals("/q");
    }

    private static Route route(String template, JsonNode pathItem) {
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                literal += template.length() - i;
                break;
            }
            regex.append(Pattern.quote(template.substring(i, open)));
            literal += open - i;
            int close = template.indexOf('}', open);
            // A parameter at the end of a segment that is not the whole segment (`events{ext}`) may be empty.
            boolean wholeSegment = template.charAt(open - 1) == '/';
            regex.append(wholeSegment ? "[^/]+" : "[^/]*");
            i = close + 1;
        }
        return new Route(template, Pattern.compile(regex.toString()), literal, pathItem);
    }

    private static String declaredMediaType(JsonNode content, String mediaType) {
        if (mediaType == null) {
            return null;
        }
        if (content.has(mediaType)) {
            return mediaType;
        }
        String type = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        if (content.has(type)) {
            return type;
        }
        return content.has("*/*") ? "*/*" : null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"));
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return String.join(", ", names);
    }

    /** JSON Pointer escaping (RFC 6901) of one reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
