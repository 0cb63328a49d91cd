package se.digitalimpactnorth.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.digitalimpactnorth.search.SearchRequests.await;
import static se.digitalimpactnorth.search.SearchRequests.listIds;
import static se.digitalimpactnorth.search.SearchRequests.moderator;
import static se.digitalimpactnorth.search.SearchRequests.searchIds;
import static se.digitalimpactnorth.search.SearchRequests.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.TestTokens;

/**
 * Only what is public now is found: never a draft, an archived or taken-down resource, anything of
 * a suspended actor, or a pending actor; neither by search nor by the public lists. Publishing makes
 * a thing findable, and a takedown, archival or suspension makes it disappear, asynchronously (the
 * outbox): those tests skip the settle filter and poll, at most 10 s, logging how long it took.
 */
@QuarkusTest
class SearchVisibilityTest {

    /** The most a change may take to reach the results here; the contract's 2 s is the benchmark's to measure. */
    private static final Duration MAX = Duration.ofSeconds(10);

    @Inject
    Fixtures fixtures;

    /** Unique to the test: every title and name carries it, so a search for it finds only what the test wrote. */
    String word;
    String owner;
    UUID actor;

    @BeforeEach
    void activeActorWithOwner() {
        word = uniqueWord("Synlig");
        owner = "search-vis-owner-" + UUID.randomUUID();
        actor = fixtures.actor("Synlighetsbolaget " + word, ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
    }

    @Test
    @DisplayName("a draft, an archived or taken-down resource, a suspended actor with its resource and collaboration, and a pending"
            + " actor are found neither by search nor by the public lists; the public ones beside them are")
    void neverFound() {
        String visible = publish(create(actor, "MEETING_PLACE", word + " öppna mötesplatsen"));
        String draft = create(actor, "MEETING_PLACE", word + " utkastet");
        String archived = publish(create(actor, "MEETING_PLACE", word + " arkiverade lokalen"));
        as(owner).post("/api/v1/resources/" + archived + "/archive").then().statusCode(200);
        String takenDown = publish(create(actor, "MEETING_PLACE", word + " nedtagna lokalen"));
        moderator().body(Map.of("reason", "Bryter mot villkoren")).post("/api/v1/resources/" + takenDown + "/takedown")
                .then().statusCode(200);

        UUID partner = activeActor("Partnerbolaget " + word);
        String visibleCollaboration = publicCollaboration(actor, owner, partner, word + " synliga samverkan");

        String suspendedOwner = "search-vis-suspended-" + UUID.randomUUID();
        UUID suspended = fixtures.actor("Avstängda bolaget " + word, ActorStatus.ACTIVE);
        fixtures.member(suspended, suspendedOwner, MemberRole.OWNER);
        String ofSuspended = publish(create(suspended, suspendedOwner, "MEETING_PLACE", word + " avstängdas lokal"), suspendedOwner);
        String collaborationOfSuspended = publicCollaboration(suspended, suspendedOwner, partner, word + " avstängdas samverkan");
        moderator().body(Map.of("reason", "Bedrägeri")).post("/api/v1/actors/" + suspended + "/suspend").then().statusCode(200);

        String pending = as(owner).body(Map.of("name", "Väntande föreningen " + word, "kind", "NON_PROFIT"))
                .post("/api/v1/actors").then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");

        List<String> neverFound = List.of(draft, archived, takenDown, ofSuspended, collaborationOfSuspended, suspended.toString(), pending);
        // Settled requests (no header): the filter waits until the outbox reached the index, so absence is not a race.
        given().queryParam("q", word).queryParam("limit", 50).get("/api/v1/search").then().statusCode(200)
                .body("items.id", Matchers.<String>hasItems(visible, visibleCollaboration, actor.toString()))
                .body("items.id", noneOf(neverFound));
        given().queryParam("q", word).queryParam("limit", 100).get("/api/v1/resources").then().statusCode(200)
                .body("items.id", hasItem(visible))
                .body("items.id", noneOf(neverFound));
        given().queryParam("q", word).queryParam("limit", 100).get("/api/v1/actors").then().statusCode(200)
                .body("items.id", hasItem(actor.toString()))
                .body("items.id", noneOf(neverFound));
        given().queryParam("q", word).queryParam("limit", 100).get("/api/v1/collaborations").then().statusCode(200)
                .body("items.id", hasItem(visibleCollaboration))
                .body("items.id", noneOf(neverFound));
        // Nor by the words of their own titles alone, nor by the suspended actor's name.
        given().queryParam("q", word + " utkastet").get("/api/v1/search").then().statusCode(200).body("items.id", not(hasItem(draft)));
        given().queryParam("q", "Avstängda bolaget " + word).get("/api/v1/search").then().statusCode(200)
                .body("items.id", noneOf(List.of(suspended.toString(), ofSuspended, collaborationOfSuspended)));
    }

    @Test
    @DisplayName("a published resource becomes findable by search and the list; a takedown and an archival make it disappear")
    void publishTakedownArchive() {
        String taken = create(actor, "MEETING_PLACE", word + " första lokalen");
        publish(taken);
        await("published resource found by search", MAX, () -> searchIds(word).contains(taken));
        await("published resource in the public list", MAX, () -> listIds("/api/v1/resources", word).contains(taken));
        moderator().body(Map.of("reason", "Bryter mot villkoren")).post("/api/v1/resources/" + taken + "/takedown").then().statusCode(200);
        await("taken-down resource gone from search", MAX, () -> !searchIds(word).contains(taken));
        await("taken-down resource gone from the public list", MAX, () -> !listIds("/api/v1/resources", word).contains(taken));

        String archived = publish(create(actor, "MEETING_PLACE", word + " andra lokalen"));
        await("second published resource found by search", MAX, () -> searchIds(word).contains(archived));
        as(owner).post("/api/v1/resources/" + archived + "/archive").then().statusCode(200);
        await("archived resource gone from search", MAX, () -> !searchIds(word).contains(archived));
        await("archived resource gone from the public list", MAX, () -> !listIds("/api/v1/resources", word).contains(archived));
    }

    @Test
    @DisplayName("suspending an actor makes the actor, its resources and the collaborations it leads disappear")
    void suspension() {
        UUID partner = activeActor("Partnerbolaget " + word);
        String resource = publish(create(actor, "MEETING_PLACE", word + " lokalen"));
        String collaboration = publicCollaboration(actor, owner, partner, word + " samverkan");
        String actorId = actor.toString();
        await("actor, resource and collaboration found by search", MAX,
                () -> searchIds(word).containsAll(List.of(actorId, resource, collaboration)));
        await("collaboration in the public list", MAX, () -> listIds("/api/v1/collaborations", word).contains(collaboration));

        moderator().body(Map.of("reason", "Bedrägeri")).post("/api/v1/actors/" + actor + "/suspend").then().statusCode(200);
        await("suspended actor, its resource and collaboration gone from search", MAX, () -> {
            List<String> ids = searchIds(word);
            return !ids.contains(actorId) && !ids.contains(resource) && !ids.contains(collaboration);
        });
        await("suspended actor gone from the public list", MAX, () -> !listIds("/api/v1/actors", word).contains(actorId));
        await("its resource gone from the public list", MAX, () -> !listIds("/api/v1/resources", word).contains(resource));
        await("its collaboration gone from the public list", MAX, () -> !listIds("/api/v1/collaborations", word).contains(collaboration));
    }

    @Test
    @DisplayName("a pending actor is not found until a moderator approves it")
    void approval() {
        String pending = as(owner).body(Map.of("name", "Nya föreningen " + word, "kind", "NON_PROFIT",
                        "description", Map.of("sv", "Vi lär unga att programmera.")))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        // Settled: the registration has reached the index, and it is not there.
        given().queryParam("q", word).get("/api/v1/search").then().statusCode(200).body("items.id", not(hasItem(pending)));
        given().queryParam("q", word).get("/api/v1/actors").then().statusCode(200).body("items.id", not(hasItem(pending)));

        moderator().post("/api/v1/actors/" + pending + "/approve").then().statusCode(200).body("status", equalTo("ACTIVE"));
        await("approved actor found by search", MAX, () -> searchIds(word).contains(pending));
        await("approved actor in the public list", MAX, () -> listIds("/api/v1/actors", word).contains(pending));
    }

    // ------------------------------------------------------------------ helpers

    static RequestSpecification as(String subject) {
        return TestTokens.as(subject, "member");
    }

    private static Matcher<Iterable<? extends String>> noneOf(List<String> ids) {
        return Matchers.everyItem(Matchers.not(Matchers.in(ids)));
    }

    private UUID activeActor(String name) {
        UUID id = fixtures.actor(name, ActorStatus.ACTIVE);
        fixtures.member(id, owner, MemberRole.OWNER);
        return id;
    }

    private String create(UUID actorId, String kind, String title) {
        return create(actorId, owner, kind, title);
    }

    private static String create(UUID actorId, String subject, String kind, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("actorId", actorId.toString());
        body.put("title", Map.of("sv", title));
        body.put("summary", Map.of("sv", "En plats att ses på, i Umeå."));
        return as(subject).body(body).post("/api/v1/resources").then().statusCode(201).extract().path("id");
    }

    private String publish(String id) {
        return publish(id, owner);
    }

    private static String publish(String id, String subject) {
        as(subject).post("/api/v1/resources/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        return id;
    }

    /**
     * A published collaboration led by {@code lead} with {@code partner} as an accepted partner: two
     * participants that count, so it is public.
     */
    private String publicCollaboration(UUID lead, String leadOwner, UUID partner, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("leadActorId", lead.toString());
        body.put("kind", "PROJECT");
        body.put("status", "ACTIVE");
        body.put("title", Map.of("sv", title));
        body.put("summary", Map.of("sv", "Ett projekt om öppna data."));
        body.put("startDate", "2026-01-01");
        body.put("places", List.of("2480"));
        String id = as(leadOwner).body(body).post("/api/v1/collaborations").then().statusCode(201).extract().path("id");
        as(leadOwner).body(Map.of("actorId", partner.toString(), "role", "PARTNER")).post("/api/v1/collaborations/" + id + "/participants")
                .then().statusCode(201);
        as(owner).post("/api/v1/collaborations/" + id + "/participants/" + partner + "/accept").then().statusCode(200);
        as(leadOwner).post("/api/v1/collaborations/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
