package se.digitalimpactnorth.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.collaboration.CollaborationFixtures;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;
import se.digitalimpactnorth.common.TestTokens;

/**
 * The public collaborations feed: JSON, Atom and JSON-LD, the collaboration list's filters, the
 * shared cache (one entry per meaning, 304, dropped on any change of what it shows) and its 400s.
 *
 * <p>Every test reads the feed of one company made for it (actor=...), so collaborations of other
 * tests never show. The company leads a five-boundary project with a university and a region, and a
 * one-boundary network with another company; a draft and a collaboration of the lead alone never show.
 */
@QuarkusTest
class CollaborationFeedsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    @Inject
    FeedService feeds;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "din.api-url")
    String apiUrl;

    @ConfigProperty(name = "din.spa-url")
    String spaUrl;

    /** An actor as the feed names it. */
    record Org(UUID id, String name, String slug) {}

    String owner;
    Org company;
    Org university;
    Org region;
    Org neighbour;
    String project;
    String projectSlug;
    String network;
    String feed;

    @BeforeEach
    void collaborations() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        owner = "collab-feed-owner-" + tag;
        company = org("Norrskensdata " + tag, ActorKind.COMPANY, "2480");
        university = org("Skellefteå tekniska institut " + tag, ActorKind.UNIVERSITY, "2482");
        region = org("Region Norrbotten " + tag, ActorKind.PUBLIC_AUTHORITY, "2580");
        neighbour = org("Grannbolaget " + tag, ActorKind.COMPANY, "2480");
        fixtures.member(company.id(), owner, MemberRole.OWNER);

        Map<String, Object> projectInput = input("PROJECT", "ACTIVE", "AI-testbädd i norr", "2026-01-01", "2027-12-31");
        projectInput.put("title", Map.of("sv", "AI-testbädd i norr", "en", "AI testbed in the north"));
        projectInput.put("summary", Map.of("sv", "Sammanfattning på svenska.", "en", "Summary in English."));
        projectInput.put("website", "https://testbadd.example.org");
        projectInput.put("technologyAreas", List.of("ai", "iot"));
        projectInput.put("knowledgeAreas", List.of("10210", "202"));
        projectInput.put("funding", List.of(
                Map.of("funderActorId", region.id().toString(), "amountSek", 500000, "type", "PUBLIC"),
                Map.of("funderName", "Vinnova", "programme", "Avancerad digitalisering", "amountSek", 2000000, "type", "PUBLIC")));
        project = create(projectInput);
        accepted(project, university, ParticipantRole.PARTNER);
        accepted(project, region, ParticipantRole.FUNDER);
        projectSlug = publish(project);

        network = create(input("NETWORK", "PLANNED", "Nätverk för datadelning", "2028-01-01", null));
        accepted(network, neighbour, ParticipantRole.PARTNER);
        publish(network);

        // Never in the feed: a draft with two participants, and a published collaboration of the lead alone.
        String draft = create(input("PARTNERSHIP", "ACTIVE", "Utkast", "2026-01-01", null));
        accepted(draft, university, ParticipantRole.PARTNER);
        publish(create(input("CONSORTIUM", "ACTIVE", "Ensam", "2026-01-01", null)));

        feed = "/feeds/v1/collaborations";
    }

    /** An active actor, with the slug its page has. */
    private Org org(String name, ActorKind kind, String municipality) {
        UUID id = collaborations.actor(name, kind, municipality);
        return new Org(id, name, given().get("/api/v1/actors/" + id).then().statusCode(200).extract().path("slug"));
    }

    /** Where an invitation and its acceptance end (ParticipantService's flow is tested with it). */
    private void accepted(String collaboration, Org actor, ParticipantRole role) {
        collaborations.participant(UUID.fromString(collaboration), actor.id(), role, ParticipantStatus.ACCEPTED);
    }

    private Map<String, Object> input(String kind, String status, String title, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("leadActorId", company.id().toString());
        body.put("kind", kind);
        body.put("status", status);
        body.put("title", Map.of("sv", title));
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        return body;
    }

    private String create(Map<String, Object> body) {
        return TestTokens.as(owner, "member").body(body).post("/api/v1/collaborations").then().statusCode(201).extract().path("id");
    }

    /** Publishes with the current ETag; returns the slug. */
    private String publish(String id) {
        Response current = TestTokens.as(owner, "member").get("/api/v1/collaborations/" + id);
        current.then().statusCode(200);
        TestTokens.as(owner, "member").header("If-Match", current.header("ETag"))
                .post("/api/v1/collaborations/" + id + "/publish").then().statusCode(200);
        return current.path("slug");
    }

    private Response get(String ext, String query) {
        return given().urlEncodingEnabled(false).get(feed + ext + "?actor=" + company.id() + (query.isEmpty() ? "" : "&" + query));
    }

    private List<String> ids(String query) {
        return get(".json", query).then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    @DisplayName("JSON: the public collaborations newest first, each with lead, members, funders and boundary profile; cacheable")
    void json() {
        Response r = get("", "");
        r.then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", FeedRequests.CACHE_CONTROL)
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .header("Vary", "Accept")
                .body("title", equalTo("Samverkan – Digital Impact North"))
                .body("feedUrl", equalTo(apiUrl + "/feeds/v1/collaborations.json?actor=" + company.id()))
                .body("items.id", contains(network, project))
                .body("items[1].url", equalTo(spaUrl + "/samverkan/" + projectSlug))
                .body("items[1].kind", equalTo("PROJECT"))
                .body("items[1].status", equalTo("ACTIVE"))
                .body("items[1].title", equalTo("AI-testbädd i norr"))
                .body("items[1].summary", equalTo("Sammanfattning på svenska."))
                .body("items[1].startDate", equalTo("2026-01-01"))
                .body("items[1].endDate", equalTo("2027-12-31"))
                .body("items[1].website", equalTo("https://testbadd.example.org"))
                .body("items[1].lead.name", equalTo(company.name()))
                .body("items[1].lead.url", equalTo(spaUrl + "/aktorer/" + company.slug()))
                // the lead first, then in the order they joined
                .body("items[1].members.name", contains(company.name(), university.name(), region.name()))
                .body("items[1].members.role", contains("LEAD", "PARTNER", "FUNDER"))
                .body("items[1].members.sector", contains("BUSINESS", "ACADEMIA", "PUBLIC"))
                // the funding lines' funders, the region once although it is a FUNDER participant too
                .body("items[1].funders.name", contains(region.name(), "Vinnova"))
                .body("items[1].funders[0].url", equalTo(spaUrl + "/aktorer/" + region.slug()))
                .body("items[1].funders[1]", not(org.hamcrest.Matchers.hasKey("url")))
                .body("items[1].boundaryProfile.score", equalTo(5))
                .body("items[1].boundaryProfile.sectors.helix", equalTo("TRIPLE"))
                .body("items[1].boundaryProfile.places.reachesOutsideRegion", equalTo(true))
                .body("items[0].boundaryProfile.score", equalTo(1))
                .body("items[0].boundaryProfile.crossed", contains("ORGANISATION"))
                .body("items[0].members.name", contains(company.name(), neighbour.name()));
        // .json is the same feed, the same bytes; lang=en picks English, falling back to Swedish.
        Response json = get(".json", "");
        assertEquals(r.asString(), json.asString());
        assertEquals(r.header("ETag"), json.header("ETag"));
        get(".json", "lang=en").then().statusCode(200)
                .body("title", equalTo("Collaborations – Digital Impact North"))
                .body("items[1].title", equalTo("AI testbed in the north"))
                .body("items[1].summary", equalTo("Summary in English."))
                .body("items[0].title", equalTo("Nätverk för datadelning"));
    }

    @Test
    @DisplayName("Atom: one entry per collaboration, the lead as author, kind, status and boundaries crossed as categories")
    void atom() throws Exception {
        String atom = get(".atom", "").then().statusCode(200).contentType(containsString("application/atom+xml")).extract().asString();
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(atom));
        String self = apiUrl + "/feeds/v1/collaborations.atom?actor=" + company.id();
        assertTrue(parsed.getLinks().stream().anyMatch(l -> "self".equals(l.getRel()) && self.equals(l.getHref())), atom);
        assertEquals(2, parsed.getEntries().size());
        SyndEntry entry = parsed.getEntries().get(1);
        assertEquals("urn:uuid:" + project, entry.getUri());
        assertEquals("AI-testbädd i norr", entry.getTitle());
        assertEquals(spaUrl + "/samverkan/" + projectSlug, entry.getLink());
        assertEquals(company.name(), entry.getAuthor());
        assertEquals("Sammanfattning på svenska.", entry.getDescription().getValue());
        assertEquals(List.of("PROJECT", "ACTIVE", "SECTOR", "ORGANISATION", "PLACE", "KNOWLEDGE", "TECHNOLOGY"),
                entry.getCategories().stream().map(SyndCategory::getName).toList());
        // By Accept too, the same bytes.
        assertEquals(atom, given().accept("application/atom+xml").get(feed + "?actor=" + company.id()).then().statusCode(200)
                .extract().asString());
    }

    @Test
    @DisplayName("JSON-LD: an ItemList of schema.org Project, members and funders as Organization with the platform page as url")
    void jsonLd() {
        String orgPage = spaUrl + "/aktorer/";
        get(".jsonld", "").then().statusCode(200).contentType(containsString("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("ItemList"))
                .body("itemListElement.position", contains(1, 2))
                .body("itemListElement[1].item.'@type'", equalTo("Project"))
                .body("itemListElement[1].item.'@id'", equalTo(spaUrl + "/samverkan/" + projectSlug))
                .body("itemListElement[1].item.url", equalTo(spaUrl + "/samverkan/" + projectSlug))
                .body("itemListElement[1].item.name", equalTo("AI-testbädd i norr"))
                .body("itemListElement[1].item.sameAs", equalTo("https://testbadd.example.org"))
                .body("itemListElement[1].item.foundingDate", equalTo("2026-01-01"))
                .body("itemListElement[1].item.dissolutionDate", equalTo("2027-12-31"))
                .body("itemListElement[1].item.member.'@type'", contains("Organization", "Organization", "Organization"))
                .body("itemListElement[1].item.member.url", contains(orgPage + company.slug(), orgPage + university.slug(), orgPage + region.slug()))
                .body("itemListElement[1].item.member.'@id'", contains(orgPage + company.slug(), orgPage + university.slug(), orgPage + region.slug()))
                .body("itemListElement[1].item.funder.name", contains(region.name(), "Vinnova"))
                .body("itemListElement[1].item.funder.'@type'", contains("Organization", "Organization"))
                .body("itemListElement[1].item.funder[0].url", equalTo(orgPage + region.slug()))
                .body("itemListElement[1].item.funder[1]", not(org.hamcrest.Matchers.hasKey("url")))
                // the network has no funding: no funder at all
                .body("itemListElement[0].item", not(org.hamcrest.Matchers.hasKey("funder")))
                .body("itemListElement[0].item.member.name", contains(company.name(), neighbour.name()));
    }

    @Test
    @DisplayName("the collaboration list's filters: sector, crosses, minScore, kind, status, knowledge area at any level, places, period")
    void filters() {
        assertEquals(List.of(network, project), ids(""));
        assertEquals(List.of(project), ids("sector=ACADEMIA"));
        assertEquals(List.of(network, project), ids("sector=BUSINESS"));
        assertEquals(List.of(project), ids("crosses=SECTOR&crosses=PLACE"));
        assertEquals(List.of(network, project), ids("crosses=ORGANISATION"));
        assertEquals(List.of(project), ids("minScore=2"));
        assertEquals(List.of(), ids("minScore=5&kind=NETWORK"));
        assertEquals(List.of(network), ids("kind=NETWORK"));
        assertEquals(List.of(network), ids("status=PLANNED"));
        // 10210 was chosen: its group 102 and its area 1 match it too; 202 (a group) matches its area 2.
        assertEquals(List.of(project), ids("knowledgeArea=10210"));
        assertEquals(List.of(project), ids("knowledgeArea=102"));
        assertEquals(List.of(project), ids("knowledgeArea=1"));
        assertEquals(List.of(project), ids("knowledgeArea=2"));
        assertEquals(List.of(), ids("knowledgeArea=6"));
        assertEquals(List.of(project), ids("technologyArea=iot"));
        assertEquals(List.of(project), ids("sdg=&municipality=2580"));
        assertEquals(List.of(project), ids("county=25"));
        assertEquals(List.of(network, project), ids("county=24"));
        assertEquals(List.of(project), ids("to=2027-06-30"));
        assertEquals(List.of(network), ids("from=2028-06-01"));
        assertEquals(List.of(network), ids("limit=1"));
        // Another actor's feed has none of them.
        given().get(feed + ".json?actor=" + UUID.randomUUID()).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    @DisplayName("spellings of one request share one rendering and one ETag; the canonical URL names them in one order")
    void spellingsShareOneEntry() {
        feeds.clearForTests();
        long renders = feeds.renders();
        List<String> same = List.of(
                "sector=ACADEMIA&crosses=PLACE&crosses=SECTOR",
                "crosses=SECTOR&crosses=place&sector=academia",
                "crosses=SECTOR&sector=ACADEMIA&crosses=PLACE&crosses=SECTOR&limit=50&lang=SV&kind=");
        java.util.Set<String> etags = new java.util.HashSet<>();
        for (String query : same) {
            Response r = get(".json", query);
            r.then().statusCode(200).body("items.id", contains(project))
                    .body("feedUrl", equalTo(apiUrl + "/feeds/v1/collaborations.json?actor=" + company.id()
                            + "&sector=ACADEMIA&crosses=SECTOR&crosses=PLACE"));
            etags.add(r.header("ETag"));
        }
        assertEquals(1, etags.size(), "one ETag: " + etags);
        assertEquals(1, feeds.renders() - renders, "one rendering for every spelling");
    }

    @Test
    @DisplayName("conditional requests get 304 without a body, by ETag or Last-Modified; any origin may read the feed")
    void conditional() {
        Response first = get(".jsonld", "");
        first.then().statusCode(200);
        String url = feed + ".jsonld?actor=" + company.id();
        given().header("If-None-Match", first.header("ETag")).get(url).then().statusCode(304).body(equalTo(""))
                .header("ETag", first.header("ETag")).header("Cache-Control", FeedRequests.CACHE_CONTROL);
        given().header("If-Modified-Since", first.header("Last-Modified")).get(url).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get(url).then().statusCode(200);
        given().header("Origin", "https://partner.example.org").get(url).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    @DisplayName("a change anywhere the feed reads reaches it: the collaboration, a member's actor, participants, funding, knowledge areas")
    void changesInvalidate() {
        Response first = get(".json", "");
        first.then().statusCode(200);
        UUID projectId = UUID.fromString(project);

        sql("update collaboration set title_sv = 'Omdöpt testbädd' where id = ?", projectId);
        Response renamed = eventually(".json", "", r -> "Omdöpt testbädd".equals(r.path("items[1].title")));
        assertNotEquals(first.header("ETag"), renamed.header("ETag"));

        sql("update actor set name = 'Omdöpt institut' where id = ?", university.id());
        eventually(".json", "", r -> "Omdöpt institut".equals(r.path("items[1].members[1].name")));

        sql("update collaboration_funding set funder_name = 'Formas' where funder_name = 'Vinnova' and collaboration_id = ?", projectId);
        eventually(".jsonld", "", r -> "Formas".equals(r.path("itemListElement[1].item.funder[1].name")));

        sql("insert into collaboration_knowledge_area (collaboration_id, code) values (?, '60503')", projectId);
        eventually(".json", "knowledgeArea=6", r -> List.of(project).equals(r.path("items.id")));

        // The network's partner leaves: one participant is too few to be public.
        sql("update collaboration_participant set status = 'LEFT' where actor_id = ?", neighbour.id());
        eventually(".json", "", r -> List.of(project).equals(r.path("items.id")));
    }

    @Test
    @DisplayName("what the public may not see leaves the feed at once: a takedown, a suspended lead; a restore brings it back")
    void onlyPublicCollaborations() {
        assertEquals(List.of(network, project), ids(""));
        String moderator = "collab-feed-moderator-" + UUID.randomUUID();
        Response current = TestTokens.as(moderator, "member", "moderator").get("/api/v1/collaborations/" + project);
        current.then().statusCode(200);
        Response takenDown = TestTokens.as(moderator, "member", "moderator").header("If-Match", current.header("ETag"))
                .body(Map.of("reason", "Vilseledande uppgifter")).post("/api/v1/collaborations/" + project + "/takedown");
        takenDown.then().statusCode(200);
        // A write made to this replica drops its cached bodies at once (FeedWrites): no waiting.
        assertEquals(List.of(network), ids(""));
        TestTokens.as(moderator, "member", "moderator").header("If-Match", takenDown.header("ETag"))
                .post("/api/v1/collaborations/" + project + "/restore").then().statusCode(200);
        assertEquals(List.of(network, project), ids(""));

        fixtures.setStatus(company.id(), se.digitalimpactnorth.actor.ActorStatus.SUSPENDED);
        eventually(".json", "", r -> List.of().equals(r.path("items.id")));
    }

    @Test
    @DisplayName("unknown, repeated and bad parameters are 400 problems naming them, rendering nothing; other formats 404 or 406")
    void refusals() {
        get(".json", "").then().statusCode(200);
        long renders = feeds.renders();
        get(".json", "municipalty=2480").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("municipalty")).body("detail", containsString("municipalty"));
        get(".json", "cursor=abc").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        get(".json", "kind=PROJECT&kind=NETWORK").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().get(feed + ".json?actor=" + company.id() + "&actor=" + university.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("actor"));
        get(".json", "crosses=FRIENDSHIP").then().statusCode(400).body("errors[0].field", equalTo("crosses"));
        get(".json", "minScore=6").then().statusCode(400).body("errors[0].field", equalTo("minScore"));
        get(".json", "limit=501").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        get(".json", "lang=de").then().statusCode(400).body("errors[0].field", equalTo("lang"));
        get(".json", "from=2027-02-30").then().statusCode(400).body("errors[0].field", equalTo("from"));
        get(".json", "q=" + "a".repeat(201)).then().statusCode(400).body("errors[0].field", equalTo("q"));
        assertEquals(renders, feeds.renders(), "nothing rendered");

        get(".rss", "").then().statusCode(404).contentType("application/problem+json");
        get(".ics", "").then().statusCode(404);
        given().accept("text/calendar").get(feed).then().statusCode(406).contentType("application/problem+json");
        given().accept("application/rss+xml, application/json;q=0.5").get(feed + "?actor=" + company.id()).then().statusCode(200)
                .contentType(containsString("application/json"));
        given().get("/embed/v1/collaborations").then().statusCode(404);
    }

    /** The feed once it shows the change, within FeedChanges' bound (see FeedUpdates). */
    private Response eventually(String ext, String query, Predicate<Response> changed) {
        return FeedUpdates.eventually(() -> get(ext, query), changed);
    }

    private void sql(String statement, UUID id) {
        FeedUpdates.sql(dataSource, statement, id);
    }
}
