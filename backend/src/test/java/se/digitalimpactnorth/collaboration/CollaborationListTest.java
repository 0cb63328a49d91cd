package se.digitalimpactnorth.collaboration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.collaboration.CollaborationFixtures.Spec;
import se.digitalimpactnorth.common.TestTokens;

/**
 * The public directory's filters and facets on a small world with known answers. Every title
 * carries a word no other test uses, and every query passes it as {@code q}, so the answers hold
 * whatever else the database holds.
 */
@QuarkusTest
class CollaborationListTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    String word;
    UUID university;
    UUID company;
    UUID municipality;
    UUID region;
    UUID nonProfit;
    /** University (Umeå) + company (Skellefteå): sectors ACADEMIA, BUSINESS; AI + HPC; two SSIF areas. Score 5. */
    UUID aiProject;
    /** Two public authorities in Umeå: a network; one area, one group. Score 1. */
    UUID network;
    /** Company + non-profit (no municipality) with a place in Piteå: a challenge in 2028. Score 3. */
    UUID challenge;
    /** Not public: a draft, one with the lead alone, one whose partner only is invited, one taken down. */
    UUID draft;
    UUID alone;
    UUID invitedOnly;
    UUID takenDown;

    static RequestSpecification anonymous() {
        return TestTokens.as(null);
    }

    @BeforeEach
    void world() {
        word = "Zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        university = collaborations.actor("Universitetet " + word, ActorKind.UNIVERSITY, "2480");
        company = collaborations.actor("Bolaget " + word, ActorKind.COMPANY, "2482");
        municipality = collaborations.actor("Kommunen " + word, ActorKind.PUBLIC_AUTHORITY, "2480");
        region = collaborations.actor("Regionen " + word, ActorKind.PUBLIC_AUTHORITY, "2480");
        nonProfit = collaborations.actor("Föreningen " + word, ActorKind.NON_PROFIT, null);

        aiProject = collaborations.collaboration(university, "AI-projekt " + word, Spec.published()
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).sdgs(9, 4).technologyAreas("ai", "hpc")
                .knowledgeAreas("10201", "20201"));
        collaborations.participant(aiProject, company, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);

        network = collaborations.collaboration(municipality, "Nätverk " + word, Spec.published().kind(CollaborationKind.NETWORK)
                .status(CollaborationStatus.PLANNED).period(LocalDate.of(2027, 1, 1), null).sdgs(11).technologyAreas("data")
                .knowledgeAreas("2", "20206"));
        collaborations.participant(network, region, ParticipantRole.ASSOCIATE, ParticipantStatus.ACCEPTED);

        challenge = collaborations.collaboration(company, "Utmaning " + word, Spec.published().kind(CollaborationKind.INNOVATION_CHALLENGE)
                .period(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 6, 30)).sdgs(9).places("2581"));
        collaborations.participant(challenge, nonProfit, ParticipantRole.FUNDER, ParticipantStatus.ACCEPTED);

        draft = collaborations.collaboration(university, "Utkast " + word, Spec.draft().technologyAreas("ai"));
        collaborations.participant(draft, company, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        alone = collaborations.collaboration(university, "Ensam " + word, Spec.published().technologyAreas("ai"));
        invitedOnly = collaborations.collaboration(university, "Inbjuden " + word, Spec.published().technologyAreas("ai"));
        collaborations.participant(invitedOnly, company, ParticipantRole.PARTNER, ParticipantStatus.INVITED);
        takenDown = collaborations.collaboration(university, "Nedtagen " + word, Spec.published().technologyAreas("ai"));
        collaborations.participant(takenDown, company, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
        collaborations.takeDown(takenDown, "Fel");
    }

    JsonPath list(String query) {
        return anonymous().get("/api/v1/collaborations?q=" + word + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200).extract().jsonPath();
    }

    List<String> ids(String query) {
        return list(query).getList("items.id");
    }

    private static String s(UUID id) {
        return id.toString();
    }

    @Test
    @DisplayName("only public collaborations are listed, newest first, with lead, participant count and profile")
    void publicOnly() {
        JsonPath page = list("");
        assertEquals(List.of(s(challenge), s(network), s(aiProject)), page.getList("items.id"));
        assertEquals(2, page.getInt("items[2].participantCount"));
        assertEquals(s(university), page.getString("items[2].lead.id"));
        assertEquals(5, page.getInt("items[2].boundaryProfile.score"));
        assertEquals(1, page.getInt("items[1].boundaryProfile.score"));
        assertEquals(3, page.getInt("items[0].boundaryProfile.score"));
        assertEquals(null, (Object) page.get("items[0].moderation"));
    }

    @Test
    @DisplayName("actor, sector (all given), municipality, county: from the participants that count and the places")
    void whoAndWhere() {
        assertEquals(List.of(s(challenge), s(aiProject)), ids("actor=" + company));
        assertEquals(List.of(), ids("actor=" + UUID.randomUUID()));
        assertEquals(List.of(s(challenge), s(aiProject)), ids("sector=BUSINESS"));
        assertEquals(List.of(s(aiProject)), ids("sector=BUSINESS&sector=ACADEMIA"));
        assertEquals(List.of(s(network)), ids("sector=PUBLIC"));
        assertEquals(List.of(s(network), s(aiProject)), ids("municipality=2480"));
        // Piteå is only a place of the challenge, in Norrbotten (25).
        assertEquals(List.of(s(challenge)), ids("municipality=2581"));
        assertEquals(List.of(s(challenge)), ids("county=25"));
        assertEquals(List.of(s(challenge), s(network), s(aiProject)), ids("county=24"));
    }

    @Test
    @DisplayName("sdg, technology area, knowledge area at any level, kind and status")
    void what() {
        assertEquals(List.of(s(challenge), s(aiProject)), ids("sdg=9"));
        assertEquals(List.of(s(aiProject)), ids("technologyArea=ai"));
        // 10201 lies in group 102 and area 1; 20201 and 20206 in group 202 and area 2.
        assertEquals(List.of(s(aiProject)), ids("knowledgeArea=1"));
        assertEquals(List.of(s(aiProject)), ids("knowledgeArea=102"));
        assertEquals(List.of(s(aiProject)), ids("knowledgeArea=10201"));
        assertEquals(List.of(s(network), s(aiProject)), ids("knowledgeArea=2"));
        assertEquals(List.of(s(network), s(aiProject)), ids("knowledgeArea=202"));
        assertEquals(List.of(s(network)), ids("knowledgeArea=20206"));
        assertEquals(List.of(), ids("knowledgeArea=3"));
        assertEquals(List.of(s(network)), ids("kind=NETWORK"));
        assertEquals(List.of(s(network)), ids("status=PLANNED"));
        assertEquals(List.of(s(challenge), s(aiProject)), ids("status=ACTIVE"));
    }

    @Test
    @DisplayName("from/to: the period overlaps; an open end runs on")
    void period() {
        assertEquals(List.of(s(aiProject)), ids("from=2026-06-01&to=2026-06-30"));
        assertEquals(List.of(s(network), s(aiProject)), ids("from=2026-12-31&to=2027-01-01"));
        assertEquals(List.of(s(challenge), s(network)), ids("from=2028-01-01"));
        assertEquals(List.of(s(network)), ids("from=2029-01-01"));
        assertEquals(List.of(s(aiProject)), ids("to=2026-12-31"));
    }

    @Test
    @DisplayName("crosses (all must hold) and minScore")
    void boundaries() {
        assertEquals(List.of(s(challenge), s(aiProject)), ids("crosses=SECTOR"));
        assertEquals(List.of(s(aiProject)), ids("crosses=SECTOR&crosses=KNOWLEDGE"));
        assertEquals(List.of(s(challenge), s(network), s(aiProject)), ids("crosses=ORGANISATION"));
        assertEquals(List.of(s(challenge), s(aiProject)), ids("minScore=3"));
        assertEquals(List.of(s(aiProject)), ids("minScore=5"));
        assertEquals(List.of(s(challenge), s(network), s(aiProject)), ids("minScore=0"));
    }

    @Test
    @DisplayName("facets count what the other filters leave; sector and crosses keep their own choices")
    void facets() {
        JsonPath all = list("");
        assertEquals(Map.of("PROJECT", 1, "NETWORK", 1, "INNOVATION_CHALLENGE", 1), all.getMap("facets.kind"));
        assertEquals(Map.of("ACTIVE", 2, "PLANNED", 1), all.getMap("facets.status"));
        assertEquals(Map.of("BUSINESS", 2, "ACADEMIA", 1, "PUBLIC", 1, "CIVIL", 1), all.getMap("facets.sector"));
        assertEquals(Map.of("9", 2, "4", 1, "11", 1), all.getMap("facets.sdg"));
        assertEquals(Map.of("ai", 1, "hpc", 1, "data", 1), all.getMap("facets.technologyArea"));
        assertEquals(Map.of("1", 1, "2", 2), all.getMap("facets.knowledgeArea"));
        assertEquals(Map.of("2480", 2, "2482", 2, "2581", 1), all.getMap("facets.municipality"));
        assertEquals(Map.of("24", 3, "25", 1), all.getMap("facets.county"));
        assertEquals(Map.of("SECTOR", 2, "ORGANISATION", 3, "PLACE", 2, "KNOWLEDGE", 1, "TECHNOLOGY", 1), all.getMap("facets.crosses"));
        assertEquals(Map.of("5", 1, "3", 1, "1", 1), all.getMap("facets.score"));

        JsonPath projects = list("kind=PROJECT&sector=BUSINESS");
        assertEquals(List.of(s(aiProject)), projects.getList("items.id"));
        // kind ignores its own filter but keeps sector=BUSINESS: the project and the challenge.
        assertEquals(Map.of("PROJECT", 1, "INNOVATION_CHALLENGE", 1), projects.getMap("facets.kind"));
        // sector keeps sector=BUSINESS and kind=PROJECT: adding ACADEMIA still leaves the project.
        assertEquals(Map.of("BUSINESS", 1, "ACADEMIA", 1), projects.getMap("facets.sector"));
        assertEquals(Map.of("5", 1), projects.getMap("facets.score"));
    }

    @Test
    @DisplayName("keyset paging: one page at a time, no item twice, no cursor after the last")
    void paging() {
        JsonPath first = list("limit=2");
        assertEquals(List.of(s(challenge), s(network)), first.getList("items.id"));
        String cursor = first.getString("nextCursor");
        JsonPath second = anonymous().get("/api/v1/collaborations?q=" + word + "&limit=2&cursor=" + cursor)
                .then().statusCode(200).body("nextCursor", nullValue()).extract().jsonPath();
        assertEquals(List.of(s(aiProject)), second.getList("items.id"));
    }

    @Test
    @DisplayName("bad filters are a 400 naming the parameter")
    void badFilters() {
        for (String[] bad : new String[][] {{"sdg=18", "sdg"}, {"minScore=6", "minScore"}, {"kind=GUILD", "kind"},
            {"crosses=OCEAN", "crosses"}, {"sector=ROYAL", "sector"}, {"from=2026-13-01", "from"},
            {"from=2026-02-01&to=2026-01-01", "to"}, {"actor=nope", "actor"}, {"knowledgeArea=x1", "knowledgeArea"},
            {"municipality=12", "municipality"}, {"limit=0", "limit"}, {"cursor=%21%21", "cursor"}}) {
            anonymous().get("/api/v1/collaborations?" + bad[0]).then().statusCode(400).body("errors.field", contains(bad[1]));
        }
    }

    @Test
    @DisplayName("an actor's list: public ones for everyone; its people also see its hidden ones, with moderation")
    void actorsList() {
        anonymous().get("/api/v1/actors/" + university + "/collaborations").then().statusCode(200)
                .body("items.id", contains(s(aiProject)))
                .body("items[0].moderation", nullValue())
                .body("facets.kind", equalTo(Map.of()));
        anonymous().get("/api/v1/actors/" + company + "/collaborations").then().statusCode(200)
                .body("items.id", contains(s(challenge), s(aiProject)));
        String owner = "list-owner-" + word;
        fixtures.member(university, owner, MemberRole.MEMBER);
        TestTokens.as(owner, "member").get("/api/v1/actors/" + university + "/collaborations").then().statusCode(200)
                .body("items.id", containsInAnyOrder(s(takenDown), s(invitedOnly), s(alone), s(draft), s(aiProject)))
                .body("items.find { it.id == '" + takenDown + "' }.moderation.hiddenBecause", contains("TAKEN_DOWN"))
                .body("items.find { it.id == '" + alone + "' }.moderation.hiddenBecause", contains("TOO_FEW_PARTICIPANTS"));
        // The company only accepted the AI project, the challenge, the draft and the taken-down one; the invitation is not its.
        TestTokens.as("collab-moderator", "member", "moderator").get("/api/v1/actors/" + company + "/collaborations").then()
                .statusCode(200).body("items.id", containsInAnyOrder(s(challenge), s(aiProject), s(draft), s(takenDown)))
                .body("items[0].moderation", notNullValue());
        anonymous().get("/api/v1/actors/" + UUID.randomUUID() + "/collaborations").then().statusCode(404);
        anonymous().get("/api/v1/actors/" + company + "/collaborations?limit=1").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", notNullValue());
    }
}
