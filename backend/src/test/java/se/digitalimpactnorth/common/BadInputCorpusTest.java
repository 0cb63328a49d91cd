package se.digitalimpactnorth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.collaboration.CollaborationFixtures;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;
import se.digitalimpactnorth.common.OpenApiBodies.Field;
import se.digitalimpactnorth.common.validation.OrgNumber;
import se.digitalimpactnorth.resource.ResourceStatus;
import se.digitalimpactnorth.webhook.WebhookFixtures;

/**
 * The bad-input corpus: for EVERY operation of the committed openapi.yaml that takes a JSON body,
 * a valid body is generated from the schema, then mutated in every way a careless or hostile
 * client might (see {@link #mutations}); each mutation must get a 4xx problem+json and leave the
 * database exactly as it was. Last, the unmutated body must be accepted on the same fixtures, so
 * the refusals were about the body and not about the state or the token.
 *
 * <p>A new write endpoint is covered without anyone remembering it. If it has a path parameter
 * this test does not know, or needs a fixture in another state, the test fails naming it: add the
 * parameter to {@link #pathParameter} or the state to {@link #ACTOR_STATUS} or {@link #RESOURCE_STATUS}.
 */
@QuarkusTest
class BadInputCorpusTest {

    private static final Logger LOG = Logger.getLogger(BadInputCorpusTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Text-level placeholders, for what Jackson will not write: lone surrogates, invalid UTF-8, duplicate keys. */
    private static final String LONE = "@@lone-surrogate@@";
    private static final String BAD_UTF8 = "@@invalid-utf8@@";
    private static final String DUPLICATE = "@@duplicate@@";

    /** The one persona allowed to write everywhere (admins pass every policy). */
    private static final String ADMIN = "corpus-admin";

    /** Operations whose valid call needs the fixture actor in another status than ACTIVE. */
    private static final Map<String, ActorStatus> ACTOR_STATUS = Map.of(
            "POST /api/v1/actors/{id}/approve", ActorStatus.PENDING,
            "POST /api/v1/actors/{id}/reinstate", ActorStatus.SUSPENDED);

    /** Operations whose valid call needs the fixture resource in another status than PUBLISHED. */
    private static final Map<String, ResourceStatus> RESOURCE_STATUS = Map.of();

    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger WRITES = new AtomicInteger();
    private static final AtomicInteger OPERATIONS = new AtomicInteger();
    private static long started;

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    @Inject
    WebhookFixtures webhooks;

    @Inject
    Sql sql;

    private final OpenApiBodies contract = new OpenApiBodies();
    private String technologyArea;

    /**
     * The rows one operation works on; fresh for each operation. The collaboration is a draft led by
     * {@code actor}, with {@code otherActor} an accepted partner; {@code spare} is an active actor
     * named nowhere, to invite.
     */
    record World(UUID actor, UUID otherActor, UUID resource, UUID joinRequest, String member, UUID collaboration, UUID spare,
            UUID webhook) {}

    record Operation(String method, String path, JsonNode spec) {
        String key() {
            return method + " " + path;
        }
    }

    /** A bad request: what is wrong with it, and its bytes. */
    record Mutation(String name, byte[] body) {}

    @TestFactory
    Stream<DynamicNode> every_write_operation_refuses_bad_input() {
        started = System.nanoTime();
        technologyArea = RestAssured.get("/api/v1/vocabularies/technology-areas").then().statusCode(200)
                .extract().path("items[0].code");
        List<Operation> operations = new ArrayList<>();
        contract.document.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            if (Set.of("post", "put", "patch").contains(m.getKey()) && contract.requestSchema(m.getValue()) != null) {
                operations.add(new Operation(m.getKey().toUpperCase(), p.getKey(), m.getValue()));
            }
        }));
        assertFalse(operations.isEmpty(), "openapi.yaml has no operation with a JSON body");
        return operations.stream().map(op -> dynamicContainer(op.key(), corpus(op)));
    }

    @AfterAll
    static void report() {
        LOG.infof("bad-input corpus: %d operations, %d requests, %d responses of 5xx, %d writes by bad input, %.1f s",
                OPERATIONS.get(), REQUESTS.get(), SERVER_ERRORS.get(), WRITES.get(), (System.nanoTime() - started) / 1e9);
    }

    private Stream<DynamicNode> corpus(Operation op) {
        OPERATIONS.incrementAndGet();
        lastDigest = null; // the fixtures below change the database

        JsonNode schema = contract.requestSchema(op.spec());
        List<List<Object>> dropped = new ArrayList<>();
        try {
            findValidBody(op, schema, dropped);
        } catch (AssertionError | RuntimeException e) {
            return Stream.of(dynamicTest("a valid body is accepted", () -> {
                throw e;
            }));
        }
        World world = world(op);
        JsonNode valid = body(op, schema, world, dropped);
        List<Field> fields = contract.fields(valid, schema);
        List<DynamicNode> tests = new ArrayList<>();
        for (Mutation m : mutations(op, schema, valid, fields)) {
            tests.add(dynamicTest(m.name(), () -> refused(op, world, m)));
        }
        tests.add(dynamicTest("the unmutated body is accepted on the same rows", () -> {
            lastDigest = null;
            Response response = send(op, world, bytes(valid));
            assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                    () -> op.key() + ": the valid body was refused, so the refusals above prove nothing: "
                            + response.statusCode() + " " + response.asString() + "\nbody: " + valid);
        }));
        return tests.stream();
    }

    // ------------------------------------------------------------------ fixtures

    private World world(Operation op) {
        ActorStatus status = ACTOR_STATUS.getOrDefault(op.key(), ActorStatus.ACTIVE);
        UUID actor = fixtures.actor("Corpus " + UUID.randomUUID(), status);
        fixtures.member(actor, "corpus-owner", MemberRole.OWNER);
        String member = "corpus-member-" + UUID.randomUUID();
        fixtures.member(actor, member, MemberRole.MEMBER);
        UUID other = fixtures.actor("Corpus partner " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(other, "corpus-partner-owner", MemberRole.OWNER);
        UUID resource = fixtures.resource(actor, RESOURCE_STATUS.getOrDefault(op.key(), ResourceStatus.PUBLISHED), null);
        UUID request = fixtures.joinRequest(actor, "corpus-applicant-" + UUID.randomUUID());
        // A draft led by the fixture actor, with the other actor as an accepted partner.
        UUID collaboration = collaborations.collaboration(actor, "Corpus samverkan " + UUID.randomUUID(),
                CollaborationFixtures.Spec.draft());
        collaborations.participant(collaboration, other, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        UUID spare = fixtures.actor("Corpus spare " + UUID.randomUUID(), ActorStatus.ACTIVE);
        // A webhook of the actor, to a closed port on loopback (the corpus never sends deliveries).
        UUID webhook = webhooks.subscription(actor, "https://127.0.0.1:9/corpus", "resource.published");
        // The upserts by external id replace these two (an upsert that creates is the batch's valid body).
        sql.update("update resource set external_id = ?2 where id = ?1", resource, EXTERNAL_ID);
        sql.update("update collaboration set external_id = ?2, external_actor_id = ?3 where id = ?1", collaboration, EXTERNAL_ID, actor);
        return new World(actor, other, resource, request, member, collaboration, spare, webhook);
    }

    /** The fixture a path parameter names; unknown names fail, so no endpoint is skipped silently. */
    private static String pathParameter(Operation op, String name, World w) {
        return switch (name) {
            case "id" -> op.path().startsWith("/api/v1/actors/{actorId}/webhooks/") ? w.webhook().toString()
                    : op.path().startsWith("/api/v1/actors/") ? w.actor().toString()
                    : op.path().startsWith("/api/v1/resources/") ? w.resource().toString()
                    : op.path().startsWith("/api/v1/collaborations/") ? w.collaboration().toString()
                    : fail(op.key() + ": no fixture for the path parameter {id} under this path; add one to BadInputCorpusTest.pathParameter");
            case "requestId" -> w.joinRequest().toString();
            // The fixture resource's or collaboration's external id (see world()).
            case "externalId" -> EXTERNAL_ID;
            case "subject" -> w.member();
            // A participant of the fixture collaboration that is not its lead.
            case "actorId" -> op.path().startsWith("/api/v1/collaborations/") ? w.otherActor().toString()
                    // The actor whose API clients, webhooks (and other integration settings) are written.
                    : op.path().startsWith("/api/v1/actors/{actorId}/") ? w.actor().toString()
                    : fail(op.key() + ": no fixture for the path parameter {actorId} under this path; add one to BadInputCorpusTest.pathParameter");
            default -> fail(op.key() + ": no fixture for the path parameter {" + name + "}; add one to BadInputCorpusTest.pathParameter");
        };
    }

    /** The external id the world's resource and collaboration carry, for the upserts by external id. */
    private static final String EXTERNAL_ID = "corpus-1";

    /** Values the schema cannot know: ids that must exist, unique numbers, vocabulary codes. */
    private Function<String, JsonNode> hints(Operation op, World w) {
        return name -> switch (name) {
            // The fixture resource is a meeting place, and a resource's kind cannot change.
            case "kind" -> op.path().startsWith("/api/v1/resources/{") || op.path().endsWith("/resources/by-external-id/{externalId}")
                    ? TextNode.valueOf("MEETING_PLACE") : null;
            // A batch item's own id: new, so the valid batch creates.
            case "externalId" -> TextNode.valueOf("corpus-new-1");
            // The world's resource is published, and nothing goes back to draft.
            case "status" -> op.path().endsWith("/resources/by-external-id/{externalId}") ? TextNode.valueOf("PUBLISHED") : null;
            // Whom to invite (named nowhere yet), whom to hand the lead to (an accepted partner), else the publisher or lead.
            case "actorId" -> TextNode.valueOf(op.path().endsWith("/participants") ? w.spare().toString()
                    : op.path().endsWith("/lead") ? w.otherActor().toString() : w.actor().toString());
            case "leadActorId" -> TextNode.valueOf(w.actor().toString());
            case "funderActorId" -> TextNode.valueOf(w.otherActor().toString());
            case "linkedResourceIds" -> TextNode.valueOf(w.resource().toString());
            // An SSIF subject and a municipality that exist.
            case "knowledgeAreas" -> TextNode.valueOf("10201");
            case "places" -> TextNode.valueOf("2480");
            case "coOrganiserIds" -> TextNode.valueOf(w.otherActor().toString());
            case "orgNumber" -> TextNode.valueOf(orgNumber());
            case "technologyAreas", "domains" -> TextNode.valueOf(technologyArea);
            case "timeZone" -> TextNode.valueOf("Europe/Stockholm");
            case "eventTypes" -> TextNode.valueOf("resource.published");
            // A webhook's URL must resolve to an allowed address: loopback, allowed by the test configuration; nothing is sent.
            case "url" -> TextNode.valueOf(op.path().contains("/webhooks") ? "https://127.0.0.1:9/corpus" : "https://example.se/corpus");
            default -> name.toLowerCase().endsWith("email") ? TextNode.valueOf("corpus@example.se")
                    : name.endsWith("Url") || name.equals("url") || name.equals("website")
                            ? TextNode.valueOf("https://example.se/corpus") : null;
        };
    }

    private static String orgNumber() {
        while (true) {
            String nine = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            for (int check = 0; check < 10; check++) {
                String candidate = nine.substring(0, 6) + "-" + nine.substring(6) + check;
                if (OrgNumber.Validator.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }

    // ------------------------------------------------------------------ the valid body

    private JsonNode body(Operation op, JsonNode schema, World world, List<List<Object>> dropped) {
        JsonNode body = contract.new Generator(hints(op, world), op.key()).value(schema, null, "");
        for (List<Object> path : dropped) {
            remove(body, path);
        }
        return body;
    }

    /**
     * Generates a body with every property and sends it on throwaway fixtures; while it is refused
     * with a 400 naming fields, drops the nearest optional property of each named field (the
     * details of another kind, a recurrence with both count and until, ...). What it drops is logged.
     */
    private void findValidBody(Operation op, JsonNode schema, List<List<Object>> dropped) {
        for (int attempt = 0; attempt < 40; attempt++) {
            World world = world(op);
            JsonNode body = body(op, schema, world, dropped);
            Response response = send(op, world, bytes(body));
            List<String> itemFaults = isBatch(op) && response.statusCode() == 200 ? failedItemFields(op, response, body) : List.of();
            if (response.statusCode() >= 200 && response.statusCode() < 300 && itemFaults.isEmpty()) {
                if (!dropped.isEmpty()) {
                    LOG.infof("%s: valid without %s", op.key(), dropped);
                }
                return;
            }
            List<String> faults = !itemFaults.isEmpty() ? itemFaults
                    : response.statusCode() == 400 ? response.jsonPath().getList("errors.field") : null;
            if (faults == null || faults.isEmpty()) {
                fail(op.key() + ": the generated body was refused: " + response.statusCode() + " " + response.asString()
                        + "\nbody: " + body);
            }
            for (String fault : faults) {
                List<Object> optional = nearestOptional(body, schema, fault);
                if (optional == null) {
                    fail(op.key() + ": the generated body was refused for a required field: " + response.asString()
                            + "\nbody: " + body);
                }
                if (!dropped.contains(optional)) {
                    dropped.add(optional);
                }
            }
        }
        fail(op.key() + ": no valid body found");
    }

    private List<Object> nearestOptional(JsonNode body, JsonNode schema, String dotted) {
        List<Object> path = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            path.add(part.replaceAll("\\[\\d+]", ""));
        }
        List<Field> fields = contract.fields(body, schema);
        for (int length = path.size(); length > 0; length--) {
            List<Object> prefix = path.subList(0, length);
            for (Field f : fields) {
                // A field inside a list (a batch's items[0].resource.event) matches without its indices.
                if (f.path().stream().filter(step -> !(step instanceof Integer)).toList().equals(prefix) && !f.required()) {
                    return new ArrayList<>(f.path());
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ mutations

    /** The whole catalogue of bad input for one operation. */
    private List<Mutation> mutations(Operation op, JsonNode schema, JsonNode valid, List<Field> fields) {
        List<Mutation> out = new ArrayList<>();
        String text = new String(bytes(valid), StandardCharsets.UTF_8);
        boolean bodyRequired = contract.resolve(schema).has("required");
        if (bodyRequired) {
            // An action whose body has no required field takes a bare POST on purpose (EmptyBodyFilter).
            out.add(raw("empty body", ""));
            out.add(raw("null body", "null"));
        }
        out.add(raw("not JSON", "this is not JSON"));
        out.add(raw("XML", "<body/>"));
        out.add(raw("truncated", text.substring(0, text.length() / 2)));
        out.add(raw("trailing garbage x", text + "x"));
        out.add(raw("trailing second value", text + " {}"));
        out.add(raw("trailing comment", text + " // more"));
        out.add(raw("top-level array", "[" + text + "]"));
        out.add(raw("top-level string", "\"" + text.replace("\"", "'") + "\""));
        out.add(raw("top-level number", "42"));
        out.add(raw("deep nesting at the top", "[".repeat(5000) + "]".repeat(5000)));
        out.add(raw("deep nesting in an unknown field",
                text.replaceFirst("\\{", "{\"deep\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + ",")));
        out.add(raw("duplicate key at the top", text.replaceFirst("\\{", "{" + firstProperty(valid) + ",")));
        out.add(raw("invalid UTF-8 bytes", text.replaceFirst("\\{", "{\"\u00ff\":1,"), true));
        out.add(raw("single quotes", text.replace('"', '\'')));
        out.add(raw("unknown field", with(valid, List.of("unexpectedField"), NODES.numberNode(1))));
        for (Map.Entry<String, JsonNode> p : contract.responseProperties(op.spec()).entrySet()) {
            if (!contract.resolve(schema).path("properties").has(p.getKey())) {
                JsonNode value;
                try {
                    value = contract.new Generator(n -> null, op.key()).value(p.getValue(), p.getKey(), p.getKey());
                } catch (IllegalStateException e) {
                    value = TextNode.valueOf("1");
                }
                out.add(raw("read-only field " + p.getKey(), with(valid, List.of(p.getKey()), value)));
            }
        }
        for (String readOnly : List.of("id", "version", "createdAt", "updatedAt", "status", "slug")) {
            if (!contract.resolve(schema).path("properties").has(readOnly)
                    && !contract.responseProperties(op.spec()).containsKey(readOnly)) {
                out.add(raw("server-set field " + readOnly, with(valid, List.of(readOnly), TextNode.valueOf("1"))));
            }
        }
        boolean invalidUtf8Done = false;
        for (Field f : fields) {
            String at = f.dotted();
            JsonNode value = at(valid, f.path());
            boolean item = f.path().get(f.path().size() - 1) instanceof Integer;
            if (f.required()) {
                out.add(raw(at + ": missing", without(valid, f.path())));
            }
            if (f.required() || item) {
                out.add(raw(at + ": null", with(valid, f.path(), NODES.nullNode())));
            }
            if (f.schema().has("enum")) {
                out.add(raw(at + ": not one of the enum", with(valid, f.path(), TextNode.valueOf("NOT_A_VALUE"))));
            }
            String format = f.schema().path("format").asText("");
            if (format.equals("uuid") || format.equals("date") || format.equals("date-time")) {
                out.add(raw(at + ": not a " + format, with(valid, f.path(), TextNode.valueOf("2027-02-30"))));
            }
            if (value.isObject()) {
                out.add(raw(at + ": unknown field inside", with(valid, append(f.path(), "unexpectedField"), NODES.numberNode(1))));
                if (!value.isEmpty()) {
                    out.add(raw(at + ": duplicate key inside", duplicateIn(valid, f.path())));
                }
            }
            for (JsonNode wrong : wrongTypes(f.type())) {
                out.add(raw(at + ": wrong type " + wrong, with(valid, f.path(), wrong)));
            }
            switch (f.type()) {
                case "string" -> {
                    String s = value.asText();
                    int max = f.schema().path("maxLength").asInt(10_000);
                    out.add(raw(at + ": over-long (" + (max + 1) + " characters)",
                            with(valid, f.path(), TextNode.valueOf(s + "a".repeat(Math.max(1, max + 1 - s.length()))))));
                    out.add(raw(at + ": NUL", with(valid, f.path(), TextNode.valueOf(s + "\u0000"))));
                    out.add(raw(at + ": lone surrogate", with(valid, f.path(), TextNode.valueOf(s + LONE))));
                    if (!f.multiLine()) {
                        out.add(raw(at + ": CR/LF in a single-line field", with(valid, f.path(), TextNode.valueOf(s + "\r\nInjected: 1"))));
                        out.add(raw(at + ": tab in a single-line field", with(valid, f.path(), TextNode.valueOf(s + "\tx"))));
                        out.add(raw(at + ": line separator in a single-line field", with(valid, f.path(), TextNode.valueOf(s + "\u2028x"))));
                    }
                    if (!invalidUtf8Done) {
                        // Once per body: the same reader handles every value.
                        invalidUtf8Done = true;
                        out.add(raw(at + ": bell control character", with(valid, f.path(), TextNode.valueOf(s + "\u0007"))));
                        if (!f.multiLine()) {
                            out.add(raw(at + ": LF in a single-line field", with(valid, f.path(), TextNode.valueOf(s + "\nx"))));
                        }
                        out.add(raw(at + ": reversed surrogate pair", with(valid, f.path(), TextNode.valueOf(s + LONE + "rev"))));
                        out.add(raw(at + ": invalid UTF-8 in a value", new String(bytes(with(valid, f.path(), TextNode.valueOf(s + BAD_UTF8))), StandardCharsets.UTF_8), true));
                    }
                    if (f.url()) {
                        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)",
                                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)",
                                "file:///etc/passwd", "//example.se/relative", "https://", "http://exa mple.se/")) {
                            out.add(raw(at + ": URL " + url.strip(), with(valid, f.path(), TextNode.valueOf(url))));
                        }
                    }
                }
                case "integer", "number" -> {
                    // 2^31 is out of range only for a 32-bit integer; an int64 field (funding's amountSek) takes it.
                    boolean int64 = f.schema().path("format").asText("").equals("int64");
                    for (String big : Stream.of("1e400", "-1e400", "99999999999999999999", int64 ? null : "2147483648",
                            "1" + "0".repeat(40), "0." + "0".repeat(40) + "1").filter(java.util.Objects::nonNull).toList()) {
                        out.add(raw(at + ": number " + (big.length() > 12 ? big.substring(0, 12) + "…" : big),
                                replaceValue(valid, f.path(), big)));
                    }
                    if (f.schema().has("maximum")) {
                        out.add(raw(at + ": above maximum", with(valid, f.path(),
                                NODES.numberNode(f.schema().get("maximum").decimalValue().add(java.math.BigDecimal.ONE)))));
                    }
                    if (f.type().equals("integer")) {
                        out.add(raw(at + ": fraction for an integer", with(valid, f.path(), NODES.numberNode(1.5))));
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    private static List<JsonNode> wrongTypes(String type) {
        List<JsonNode> out = new ArrayList<>();
        if (!type.equals("string")) {
            out.add(TextNode.valueOf("text"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            out.add(NODES.numberNode(12));
        }
        if (!type.equals("boolean")) {
            out.add(NODES.booleanNode(true));
        }
        if (!type.equals("object")) {
            out.add(NODES.objectNode());
        }
        if (!type.equals("array")) {
            out.add(NODES.arrayNode().add("x"));
        }
        return out;
    }

    private static Mutation raw(String name, String text) {
        return raw(name, text, false);
    }

    private static Mutation raw(String name, String text, boolean invalidUtf8) {
        byte[] body = text.replace(LONE + "rev", "\\udc00\\ud800")
                .replace(LONE, "\\ud800").getBytes(StandardCharsets.UTF_8);
        if (invalidUtf8) {
            body = replaceBytes(body, BAD_UTF8.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28});
            body = replaceBytes(body, "\u00ff".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
        }
        return new Mutation(name, body);
    }

    private static Mutation raw(String name, JsonNode body) {
        return raw(name, new String(bytes(body), StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ sending and checking

    /** The database's digest after the last refused request; null when it must be read again. */
    private String lastDigest;

    private void refused(Operation op, World world, Mutation m) {
        String before = lastDigest != null ? lastDigest : fixtures.digest();
        Response response = send(op, world, m.body());
        int status = response.statusCode();
        if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        String after = fixtures.digest();
        lastDigest = after;
        if (!before.equals(after)) {
            WRITES.incrementAndGet();
        }
        String context = op.key() + " with " + m.name() + ": " + status + " " + response.asString();
        if (isBatch(op) && status == 200) {
            // A well-formed batch whose item is bad: that item fails with its own 400 problem (the others would land).
            List<Map<String, Object>> items = response.jsonPath().getList("items");
            assertFalse(items.isEmpty(), context);
            for (Map<String, Object> item : items) {
                assertEquals("failed", item.get("outcome"), context);
                assertEquals(400, ((Map<?, ?>) item.get("problem")).get("status"), context);
            }
            assertEquals(before, after, op.key() + " with " + m.name() + " was refused but changed the database");
            return;
        }
        // 400 (or 413/415 for the body as a whole); 401/403/404/409/412 would mean the fixtures, not the body, were refused.
        assertTrue(status == 400 || status == 413 || status == 415, context);
        assertEquals("application/problem+json", String.valueOf(response.contentType()).split(";")[0], context);
        assertNotNull(response.jsonPath().getString("type"), context);
        assertNotNull(response.jsonPath().getString("title"), context);
        assertEquals(status, response.jsonPath().getInt("status"), context);
        assertEquals(before, after, op.key() + " with " + m.name() + " was refused but changed the database");
    }

    /** The batch upserts answer 200 with an outcome per item; a bad item is refused inside it. */
    private static boolean isBatch(Operation op) {
        return op.path().endsWith("/batch");
    }

    /** The fields the failed items of a batch's answer name (items[0].resource.event, ...); fails for a failure without fields. */
    private static List<String> failedItemFields(Operation op, Response response, JsonNode body) {
        List<String> fields = new ArrayList<>();
        for (Map<String, Object> item : response.jsonPath().<Map<String, Object>>getList("items")) {
            if ("failed".equals(item.get("outcome"))) {
                Object errors = ((Map<?, ?>) item.get("problem")).get("errors");
                if (!(errors instanceof List<?> list) || list.isEmpty()) {
                    fail(op.key() + ": an item of the generated batch failed without naming a field: " + item + "\nbody: " + body);
                }
                ((List<?>) errors).forEach(e -> fields.add((String) ((Map<?, ?>) e).get("field")));
            }
        }
        return fields;
    }

    private Response send(Operation op, World world, byte[] body) {
        REQUESTS.incrementAndGet();
        RequestSpecification request = RestAssured.given().contentType(ContentType.JSON).auth().oauth2(adminToken());
        String path = op.path();
        for (JsonNode parameter : op.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("path")) {
                path = path.replace("{" + name + "}", pathParameter(op, name, world));
            }
        }
        for (JsonNode parameter : op.spec().path("parameters")) {
            if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equalsIgnoreCase("If-Match")) {
                // The current ETag of the object the path is about: the path up to its first parameter.
                String object = op.path().substring(0, op.path().indexOf('}') + 1);
                object = object.replaceAll("\\{[^}]+}", pathParameter(op, object.replaceAll(".*\\{([^}]+)}", "$1"), world));
                if (op.path().contains("/by-external-id/")) {
                    // An upsert by external id is about the object at its whole path, which GET reads.
                    object = op.path().replace("{actorId}", pathParameter(op, "actorId", world))
                            .replace("{externalId}", pathParameter(op, "externalId", world));
                }
                String etag = TestTokens.as(ADMIN, "member", "admin").get(object).then().statusCode(200).extract().header("ETag");
                request = request.header("If-Match", etag);
            }
        }
        return request.body(body).request(op.method(), path);
    }

    private static String adminToken;
    private static long adminTokenSigned;

    /** One signed token for a minute of requests: signing one per request would cost more than the request. */
    private static String adminToken() {
        if (adminToken == null || System.nanoTime() - adminTokenSigned > 60_000_000_000L) {
            adminToken = TestTokens.person(ADMIN, "Corpus admin", "corpus-admin@example.se", "member", "admin").sign();
            adminTokenSigned = System.nanoTime();
        }
        return adminToken;
    }

    // ------------------------------------------------------------------ JSON helpers

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static JsonNode with(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    private static JsonNode without(JsonNode root, List<Object> path) {
        JsonNode copy = root.deepCopy();
        remove(copy, path);
        return copy;
    }

    private static void remove(JsonNode root, List<Object> path) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ArrayNode a && last instanceof Integer i) {
            a.remove(i);
        } else if (parent instanceof ObjectNode o) {
            o.remove((String) last);
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> out = new ArrayList<>(path);
        out.add(step);
        return out;
    }

    /** The body with a raw JSON number (any length) in place of the value at {@code path}. */
    private static String replaceValue(JsonNode root, List<Object> path, String rawNumber) {
        String marker = "@@number-" + UUID.randomUUID() + "@@";
        String text = new String(bytes(with(root, path, TextNode.valueOf(marker))), StandardCharsets.UTF_8);
        return text.replace("\"" + marker + "\"", rawNumber);
    }

    /** The body with the first property of the object at {@code path} written twice. */
    private static String duplicateIn(JsonNode root, List<Object> path) {
        ObjectNode copy = root.deepCopy();
        ObjectNode object = (ObjectNode) at(copy, path);
        String first = firstProperty(object);
        ObjectNode rebuilt = NODES.objectNode();
        rebuilt.put(DUPLICATE, true);
        rebuilt.setAll(object);
        object.removeAll();
        object.setAll(rebuilt);
        String text = new String(bytes(copy), StandardCharsets.UTF_8);
        return text.replace("\"" + DUPLICATE + "\":true", first);
    }

    private static String firstProperty(JsonNode object) {
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        Map.Entry<String, JsonNode> e = it.next();
        ObjectNode one = NODES.objectNode();
        one.set(e.getKey(), e.getValue());
        String text = new String(bytes(one), StandardCharsets.UTF_8);
        return text.substring(1, text.length() - 1);
    }

    private static byte[] replaceBytes(byte[] in, byte[] find, byte[] with) {
        String marker = new String(in, StandardCharsets.ISO_8859_1);
        String f = new String(find, StandardCharsets.ISO_8859_1);
        String w = new String(with, StandardCharsets.ISO_8859_1);
        return marker.replace(f, w).getBytes(StandardCharsets.ISO_8859_1);
    }
}
