package se.digitalimpactnorth.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Writes the corpus of the judged relevance fixture ({@code search/corpus.json}) through the API, as
 * people would: actors are registered and approved by a moderator, resources created and
 * published; the hidden ones are left as a draft, archived, taken down, pending or suspended. Every
 * write goes through the services, so the index sees it (through the outbox) as it sees real data.
 * Remembers which id each key got, and the ids of the demo data it was asked about.
 */
final class RelevanceCorpus {

    /** Owns every actor of the corpus, and is made an owner of the demo actors that publish in it. */
    private static final String OWNER = "relevance-owner";

    private final Fixtures fixtures;
    /** "type:key" → id, for the corpus and the demo data asked about. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    /** id → "type:key", to name the hits in a report. */
    private final Map<String, String> keys = new HashMap<>();
    /** Actor key or demo slug → actor id. */
    private final Map<String, String> actors = new HashMap<>();
    /** The "type:key" of every item that must never be found. */
    private final List<String> hidden = new java.util.ArrayList<>();

    private RelevanceCorpus(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** Reads {@code search/corpus.json} and writes it all. */
    @SuppressWarnings("unchecked")
    static RelevanceCorpus write(Fixtures fixtures) {
        Map<String, Object> corpus;
        try (InputStream in = RelevanceCorpus.class.getResourceAsStream("/search/corpus.json")) {
            corpus = new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RelevanceCorpus written = new RelevanceCorpus(fixtures);
        for (Map<String, Object> actor : (List<Map<String, Object>>) corpus.get("actors")) {
            written.actor(actor, "ACTIVE");
        }
        for (Map<String, Object> actor : (List<Map<String, Object>>) corpus.get("hiddenActors")) {
            // Both start active or pending; the suspended one is suspended once its resource is published.
            written.actor(actor, "PENDING".equals(actor.get("state")) ? "PENDING" : "ACTIVE");
        }
        for (String list : List.of("resources", "distractors")) {
            for (Map<String, Object> resource : (List<Map<String, Object>>) corpus.get(list)) {
                written.resource(resource, "PUBLISHED");
            }
        }
        for (Map<String, Object> resource : (List<Map<String, Object>>) corpus.get("hidden")) {
            written.resource(resource, (String) resource.get("state"));
        }
        for (Map<String, Object> actor : (List<Map<String, Object>>) corpus.get("hiddenActors")) {
            if ("SUSPENDED".equals(actor.get("state"))) {
                SearchRequests.moderator().body(Map.of("reason", "Skräppost"))
                        .post("/api/v1/actors/" + written.actors.get((String) actor.get("key")) + "/suspend")
                        .then().statusCode(200).body("status", equalTo("SUSPENDED"));
            }
        }
        return written;
    }

    /** The id of {@code type:key}: a corpus key, or the slug of a demo actor, resource or collaboration. */
    String id(String typeAndKey) {
        return ids.computeIfAbsent(typeAndKey, k -> {
            String[] parts = k.split(":", 2);
            String path = switch (parts[0]) {
                case "actor" -> "/api/v1/actors/";
                case "resource" -> "/api/v1/resources/";
                case "collaboration" -> "/api/v1/collaborations/";
                default -> throw new IllegalArgumentException("unknown hit type in " + k);
            };
            var response = given().get(path + parts[1]);
            if (response.statusCode() != 200) {
                throw new IllegalArgumentException("the fixture names " + k + ", which is neither in corpus.json nor public demo data");
            }
            String id = response.jsonPath().getString("id");
            keys.put(id, k);
            return id;
        });
    }

    /** The "type:key" of an id, or null for an item the fixture does not name. */
    String key(String id) {
        return keys.get(id);
    }

    /** The ids of everything that must never be found. */
    List<String> hiddenIds() {
        return hidden.stream().map(ids::get).toList();
    }

    @SuppressWarnings("unchecked")
    private void actor(Map<String, Object> actor, String state) {
        Map<String, Object> body = new HashMap<>(actor);
        body.remove("key");
        body.remove("state");
        String id = TestTokens.as(OWNER, "member").body(body).post("/api/v1/actors")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        if ("ACTIVE".equals(state)) {
            SearchRequests.moderator().post("/api/v1/actors/" + id + "/approve").then().statusCode(200);
        }
        String key = (String) actor.get("key");
        actors.put(key, id);
        remember("actor:" + key, id);
        if (actor.containsKey("state")) {
            hidden.add("actor:" + key);
        }
    }

    @SuppressWarnings("unchecked")
    private void resource(Map<String, Object> resource, String state) {
        String actorId = actorId((String) resource.get("actor"));
        String kind = (String) resource.get("kind");
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("actorId", actorId);
        for (String field : List.of("title", "summary", "language", "technologyAreas", "municipalityCode", "tags")) {
            if (resource.containsKey(field)) {
                body.put(field, resource.get(field));
            }
        }
        switch (kind) {
            case "EVENT" -> body.put("event", Map.of("start", "2027-03-10T10:00:00", "end", "2027-03-10T12:00:00",
                    "timeZone", "Europe/Stockholm"));
            case "HORIZON_SCAN" -> body.put("horizonScan", Map.of("publicationDate", "2026-09-01"));
            case "RESEARCH_RESULT" -> body.put("researchResult", Map.of("authors", List.of("A. Forskare"), "date", "2026-05-01"));
            case "EDUCATION" -> body.put("education", Map.of("level", resource.getOrDefault("educationLevel", "FIRST_CYCLE"),
                    "mode", "CAMPUS"));
            case "LAB", "TESTBED" -> body.put("facility", Map.of("accessCondition", "OPEN"));
            default -> { }
        }
        String id = TestTokens.as(OWNER, "member").body(body).post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
        if (!"DRAFT".equals(state)) {
            TestTokens.as(OWNER, "member").post("/api/v1/resources/" + id + "/publish").then().statusCode(200);
        }
        switch (state) {
            case "ARCHIVED" -> TestTokens.as(OWNER, "member").post("/api/v1/resources/" + id + "/archive").then().statusCode(200);
            case "TAKEN_DOWN" -> SearchRequests.moderator().body(Map.of("reason", "Skräppost"))
                    .post("/api/v1/resources/" + id + "/takedown").then().statusCode(200);
            default -> { }
        }
        String key = "resource:" + resource.get("key");
        remember(key, id);
        if (resource.containsKey("state")) {
            hidden.add(key);
        }
    }

    /** The id of a corpus actor, or of a demo actor, which then gets the corpus owner as an owner. */
    private String actorId(String keyOrSlug) {
        return actors.computeIfAbsent(keyOrSlug, slug -> {
            String id = id("actor:" + slug);
            fixtures.member(UUID.fromString(id), OWNER, MemberRole.OWNER);
            return id;
        });
    }

    private void remember(String key, String id) {
        ids.put(key, id);
        keys.put(id, key);
    }
}
