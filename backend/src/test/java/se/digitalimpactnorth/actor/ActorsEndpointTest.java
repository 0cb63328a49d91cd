package se.digitalimpactnorth.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.digitalimpactnorth.common.TestTokens;

@QuarkusTest
class ActorsEndpointTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    static RequestSpecification as(String subject, String... roles) {
        return TestTokens.as(subject, roles);
    }

    static RequestSpecification member(String subject) {
        return as(subject, "member");
    }

    static RequestSpecification moderator() {
        return as("moa-subject", "member", "moderator");
    }

    static Map<String, Object> input(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "COMPANY");
        return body;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh organisation number with a valid Luhn check digit, so tests never collide. */
    static String newOrgNumber() {
        String nine = String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
        for (int check = 0; check < 10; check++) {
            String candidate = nine.substring(0, 6) + "-" + nine.substring(6) + check;
            if (se.digitalimpactnorth.common.validation.OrgNumber.Validator.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    private String create(String owner, Map<String, Object> body) {
        return member(owner).body(body).post("/api/v1/actors").then().statusCode(201).extract().path("id");
    }

    @Nested
    class Registration {

        @Test
        @DisplayName("a member registers an actor: 201, pending, Location and ETag, the caller is its owner, and it is audited")
        void register() {
            Map<String, Object> body = input(unique("Norrsken Data AB"));
            body.put("orgNumber", newOrgNumber());
            body.put("description", Map.of("sv", "Vi bygger **AI** för skogen.", "en", "We build AI."));
            body.put("website", "https://norrsken.example.se");
            body.put("contactEmail", "hej@norrsken.example.se");
            body.put("municipalityCode", "2480");
            body.put("location", Map.of("lat", 63.8258, "lon", 20.2630));
            body.put("technologyAreas", List.of("ai", "forest-bioeconomy"));
            body.put("competences", List.of("  Maskininlärning ", "maskininlärning", "Fjärranalys"));

            String id = member("reg-anna").body(body).post("/api/v1/actors")
                    .then().statusCode(201)
                    .extract().path("id");
            member("reg-anna").get("/api/v1/actors/" + id)
                    .then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("status", equalTo("PENDING"))
                    .body("sector", equalTo("BUSINESS"))
                    .body("myRole", equalTo("OWNER"))
                    .body("municipality.countyName", equalTo("Västerbottens län"))
                    .body("technologyAreas.code", contains("ai", "forest-bioeconomy"))
                    .body("competences", contains("maskininlärning", "fjärranalys"))
                    .body("description.sv", equalTo("Vi bygger **AI** för skogen."))
                    .body("descriptionHtml.sv", equalTo("<p>Vi bygger <strong>AI</strong> för skogen.</p>\n"))
                    .body("location.lat", equalTo(63.8258f));
            assertEquals(MemberRole.OWNER, fixtures.role(UUID.fromString(id), "reg-anna"));
            long audited = (Long) em.createQuery("select count(e) from AuditEntry e where e.objectId = ?1 and e.action = 'actor.created'")
                    .setParameter(1, id).getSingleResult();
            assertEquals(1, audited);
        }

        @Test
        @DisplayName("the Location header names the new actor")
        void location() {
            var response = member("loc-anna").body(input(unique("Platsbolaget"))).post("/api/v1/actors");
            response.then().statusCode(201).header("ETag", "\"0\"");
            assertEquals(true, response.header("Location").endsWith("/api/v1/actors/" + response.path("id")));
        }

        @Test
        @DisplayName("a pending actor is not listed publicly; once a moderator approves it, it is")
        void approveMakesPublic() {
            String name = unique("Kvarkenbolaget");
            String id = create("flow-anna", input(name));
            given().queryParam("q", name).get("/api/v1/actors").then().statusCode(200).body("items", empty());
            given().get("/api/v1/actors/" + id).then().statusCode(404);

            moderator().body(Map.of("reason", "Välkomna!")).post("/api/v1/actors/" + id + "/approve")
                    .then().statusCode(200).body("status", equalTo("ACTIVE")).header("ETag", "\"1\"");

            given().queryParam("q", name).get("/api/v1/actors").then().statusCode(200)
                    .body("items.id", contains(id))
                    .body("nextCursor", nullValue());
            given().get("/api/v1/actors/" + id).then().statusCode(200)
                    .body("statusReason", nullValue())
                    .body("myRole", nullValue());
            member("flow-anna").get("/api/v1/actors/" + id).then().body("statusReason", equalTo("Välkomna!"));
        }

        @Test
        @DisplayName("slugs are made from the name, and stay unique")
        void slugs() {
            String name = unique("Umeå Ärlig Öst");
            String first = create("slug-anna", input(name));
            String second = create("slug-anna", input(name));
            String slug = member("slug-anna").get("/api/v1/actors/" + first).then().extract().path("slug");
            assertEquals(name.toLowerCase().replace("å", "a").replace("ä", "a").replace("ö", "o").replace(' ', '-'), slug);
            member("slug-anna").get("/api/v1/actors/" + slug).then().statusCode(200).body("id", equalTo(first));
            member("slug-anna").get("/api/v1/actors/" + second).then().body("slug", equalTo(slug + "-2"));
        }

        @Test
        @DisplayName("an organisation number is unique: a second registration is a 409 naming it")
        void duplicateOrgNumber() {
            Map<String, Object> body = input(unique("Första AB"));
            body.put("orgNumber", newOrgNumber());
            create("dup-anna", body);
            String before = fixtures.digest();
            body.put("name", unique("Andra AB"));
            member("dup-anna").body(body).post("/api/v1/actors")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("orgNumber"));
            assertEquals(before, fixtures.digest());
        }

        @Test
        @DisplayName("an integrator (no member role) cannot register an actor")
        void integratorCannotRegister() {
            String before = fixtures.digest();
            as("integrator-x", "integrator").body(input(unique("Robotbolaget"))).post("/api/v1/actors")
                    .then().statusCode(403);
            assertEquals(before, fixtures.digest());
        }
    }

    /** Every kind of bad input is a 400 problem naming the field, and stores nothing. */
    @Nested
    class BadInput {

        private void rejected(Object body, String field) {
            String before = fixtures.digest();
            member("bad-anna").body(body).post("/api/v1/actors")
                    .then().log().ifValidationFails().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:din:problem:validation"))
                    .body("errors.field", hasItem(field));
            assertEquals(before, fixtures.digest(), "a rejected body changed the database");
        }

        private Map<String, Object> with(String key, Object value) {
            Map<String, Object> body = input(unique("Felbolaget"));
            body.put(key, value);
            return body;
        }

        @ParameterizedTest
        @ValueSource(strings = {"556036-0794", "5560360793", "55603-60793", "abcdef-ghij", "556036-079"})
        @DisplayName("an invalid organisation number")
        void orgNumber(String value) {
            rejected(with("orgNumber", value), "orgNumber");
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "ftp://example.se", "/relative", "https://"})
        @DisplayName("a URL that is not absolute http or https")
        void url(String value) {
            rejected(with("website", value), "website");
            rejected(with("logoUrl", value), "logoUrl");
        }

        @Test
        @DisplayName("a 10,000-character name, and a one-character one")
        void nameLength() {
            rejected(with("name", "x".repeat(10_000)), "name");
            rejected(with("name", "x"), "name");
            rejected(with("name", "   "), "name");
        }

        @Test
        @DisplayName("a missing name or kind")
        void missing() {
            rejected(Map.of("kind", "COMPANY"), "name");
            rejected(Map.of("name", unique("Utan sort")), "kind");
        }

        @Test
        @DisplayName("unknown fields, status among them: an owner cannot approve their own actor")
        void unknownFields() {
            rejected(with("status", "ACTIVE"), "status");
            rejected(with("sector", "PUBLIC"), "sector");
            rejected(with("hacker", true), "hacker");
        }

        @Test
        @DisplayName("wrong types and unknown enum values")
        void wrongTypes() {
            rejected(with("kind", "SPACESHIP"), "kind");
            rejected(with("technologyAreas", "ai"), "technologyAreas");
            rejected(with("location", Map.of("lat", "north", "lon", 20.0)), "location.lat");
            rejected(with("name", 42), "name");
        }

        @Test
        @DisplayName("NUL bytes and other control characters in any text")
        void controlCharacters() {
            rejected(with("name", "Evil\u0000Corp"), "name");
            rejected(with("description", Map.of("sv", "a\u0000b")), "description.sv");
            rejected(with("competences", List.of("ok", "bad\u0007")), "competences[1]");
        }

        @Test
        @DisplayName("an unknown municipality or technology area, and a place outside Sweden")
        void vocabularies() {
            rejected(with("municipalityCode", "9999"), "municipalityCode");
            rejected(with("municipalityCode", "24"), "municipalityCode");
            rejected(with("technologyAreas", List.of("ai", "alchemy")), "technologyAreas[1]");
            rejected(with("location", Map.of("lat", 48.85, "lon", 2.35)), "location.lat");
            rejected(with("location", Map.of("lat", 60.0)), "location.lon");
        }

        @Test
        @DisplayName("a bad email, an overlong description, too many competences")
        void sizes() {
            rejected(with("contactEmail", "not-an-email"), "contactEmail");
            rejected(with("description", Map.of("en", "y".repeat(10_001))), "description.en");
            List<String> many = new ArrayList<>();
            for (int i = 0; i < 31; i++) {
                many.add("tag" + i);
            }
            rejected(with("competences", many), "competences");
        }

        @Test
        @DisplayName("a body that is not JSON, or no body at all")
        void notJson() {
            String before = fixtures.digest();
            member("bad-anna").body("{\"name\": ").post("/api/v1/actors").then().statusCode(400)
                    .contentType("application/problem+json");
            member("bad-anna").post("/api/v1/actors").then().statusCode(400)
                    .contentType("application/problem+json");
            assertEquals(before, fixtures.digest());
        }
    }

    @Nested
    class Editing {

        @Test
        @DisplayName("an owner updates with the current ETag; the ETag moves on and the change is audited")
        void update() {
            String id = create("edit-anna", input(unique("Gamla namnet")));
            Map<String, Object> body = input(unique("Nya namnet"));
            body.put("kind", "NON_PROFIT");
            member("edit-anna").header("If-Match", "\"0\"").body(body).put("/api/v1/actors/" + id)
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("name", equalTo(body.get("name")))
                    .body("sector", equalTo("CIVIL"))
                    .body("slug", not(containsString("nya")));
            Map<?, ?> summary = (Map<?, ?>) em.createQuery(
                    "select e.summary from AuditEntry e where e.objectId = ?1 and e.action = 'actor.updated'")
                    .setParameter(1, id).getSingleResult();
            assertEquals(Map.of("name", body.get("name"), "kind", "NON_PROFIT"), summary.get("after"));
        }

        @Test
        @DisplayName("a stale If-Match is a 412 and a missing one a 428; nothing is overwritten")
        void optimisticConcurrency() {
            String id = create("etag-anna", input(unique("Versionsbolaget")));
            member("etag-anna").header("If-Match", "\"0\"").body(input(unique("Först"))).put("/api/v1/actors/" + id)
                    .then().statusCode(200);
            String before = fixtures.digest();
            member("etag-anna").header("If-Match", "\"0\"").body(input(unique("Sen"))).put("/api/v1/actors/" + id)
                    .then().statusCode(412).contentType("application/problem+json")
                    .body("type", equalTo("urn:din:problem:precondition-failed"));
            member("etag-anna").body(input(unique("Utan"))).put("/api/v1/actors/" + id)
                    .then().statusCode(428).contentType("application/problem+json");
            assertEquals(before, fixtures.digest());
        }

        @Test
        @DisplayName("someone outside the actor cannot update it, and it stays unchanged")
        void outsider() {
            String id = create("own-anna", input(unique("Egetbolaget")));
            moderator().post("/api/v1/actors/" + id + "/approve").then().statusCode(200);
            String before = fixtures.digest();
            member("other-erik").header("If-Match", "\"1\"").body(input(unique("Kapat"))).put("/api/v1/actors/" + id)
                    .then().statusCode(403);
            assertEquals(before, fixtures.digest());
        }

        @Test
        @DisplayName("Markdown is kept raw and rendered to HTML without scripts, handlers or javascript: links")
        void sanitisedHtml() {
            Map<String, Object> body = input(unique("Skriptbolaget"));
            body.put("description", Map.of("sv", "Hej <script>alert(1)</script> [klick](javascript:alert(1)) "
                    + "<img src=x onerror=alert(1)> [RISE](https://www.ri.se)"));
            String id = create("md-anna", body);
            String html = member("md-anna").get("/api/v1/actors/" + id).then().extract().path("descriptionHtml.sv");
            String raw = member("md-anna").get("/api/v1/actors/" + id).then().extract().path("description.sv");
            assertEquals(true, raw.contains("<script>"));
            assertEquals(false, html.contains("<script"), html);
            assertEquals(false, html.contains("<img"), html);
            assertEquals(false, html.contains("javascript:"), html);
            assertEquals(true, html.contains("href=\"https://www.ri.se\""), html);
        }
    }

    @Nested
    class Moderation {

        @Test
        @DisplayName("a suspension needs a reason, which the owners see and the public does not; reinstating restores it")
        void suspendAndReinstate() {
            String id = create("mod-anna", input(unique("Tvistbolaget")));
            moderator().post("/api/v1/actors/" + id + "/approve").then().statusCode(200);
            String before = fixtures.digest();
            moderator().post("/api/v1/actors/" + id + "/suspend").then().statusCode(400).body("errors[0].field", equalTo("reason"));
            assertEquals(before, fixtures.digest());

            moderator().body(Map.of("reason", "Oseriösa uppgifter")).post("/api/v1/actors/" + id + "/suspend")
                    .then().statusCode(200).body("status", equalTo("SUSPENDED"));
            given().get("/api/v1/actors/" + id).then().statusCode(404);
            member("mod-anna").get("/api/v1/actors/" + id).then().statusCode(200)
                    .body("status", equalTo("SUSPENDED")).body("statusReason", equalTo("Oseriösa uppgifter"));

            moderator().post("/api/v1/actors/" + id + "/reinstate").then().statusCode(200).body("status", equalTo("ACTIVE"));
            given().get("/api/v1/actors/" + id).then().statusCode(200);
        }

        @Test
        @DisplayName("an action whose body is optional works as a bare POST, without Content-Type")
        void barePost() {
            String id = create("bare-anna", input(unique("Barbolaget")));
            given().auth().oauth2(TestTokens.moa()).post("/api/v1/actors/" + id + "/approve")
                    .then().statusCode(200).body("status", equalTo("ACTIVE"));
        }

        @Test
        @DisplayName("a transition from the wrong status is a 409 that changes nothing")
        void wrongTransition() {
            String id = create("mod2-anna", input(unique("Statusbolaget")));
            String before = fixtures.digest();
            moderator().post("/api/v1/actors/" + id + "/reinstate").then().statusCode(409);
            assertEquals(before, fixtures.digest());
            assertEquals(ActorStatus.PENDING, fixtures.status(UUID.fromString(id)));
        }

        @Test
        @DisplayName("a moderator turns a pending registration down by suspending it, with a reason the owner reads")
        void turnDown() {
            String id = create("down-anna", input(unique("Nejbolaget")));
            moderator().body(Map.of("reason", "Inte en organisation i regionen")).post("/api/v1/actors/" + id + "/suspend")
                    .then().statusCode(200).body("status", equalTo("SUSPENDED"));
            member("down-anna").get("/api/v1/actors/" + id).then().body("statusReason", equalTo("Inte en organisation i regionen"));
            moderator().body(Map.of("reason", "igen")).post("/api/v1/actors/" + id + "/suspend").then().statusCode(409);
        }

        @Test
        @DisplayName("a name that is a word of the SPA's routes does not become a slug")
        void reservedSlug() {
            String id = create("ny-anna", input("Ny"));
            member("ny-anna").get("/api/v1/actors/" + id).then().body("slug", org.hamcrest.Matchers.startsWith("ny-"));
        }

        @Test
        @DisplayName("moderators list pending actors; the audit trail shows who approved what")
        void queueAndAudit() {
            String name = unique("Köbolaget");
            String id = create("queue-anna", input(name));
            moderator().queryParam("status", "PENDING").queryParam("q", name).get("/api/v1/actors")
                    .then().statusCode(200).body("items.id", contains(id)).body("items.status", everyItem(equalTo("PENDING")));
            moderator().body(Map.of("reason", "OK")).post("/api/v1/actors/" + id + "/approve").then().statusCode(200);
            moderator().queryParam("objectId", id).get("/api/v1/audit")
                    .then().statusCode(200)
                    .body("items.action", contains("actor.approved", "actor.created"))
                    .body("items[0].subject", equalTo("moa-subject"))
                    .body("items[0].subjectName", equalTo("Name of moa-subject"))
                    .body("items[0].summary.reason", equalTo("OK"))
                    .body("items[1].subject", equalTo("queue-anna"));
            member("queue-anna").get("/api/v1/me/audit").then().statusCode(200)
                    .body("items.action", hasItem("actor.created"))
                    .body("items.subject", everyItem(equalTo("queue-anna")));
        }
    }

    @Nested
    class Directory {

        @Test
        @DisplayName("filters by sector, kind, municipality, county and technology area")
        void filters() {
            String tag = unique("Filtertest");
            Map<String, Object> uni = input(tag + " universitet");
            uni.put("kind", "UNIVERSITY");
            uni.put("municipalityCode", "2480");
            uni.put("technologyAreas", List.of("hpc"));
            Map<String, Object> company = input(tag + " bolag");
            company.put("municipalityCode", "2482");
            company.put("technologyAreas", List.of("ai"));
            Map<String, Object> region = input(tag + " region");
            region.put("kind", "PUBLIC_AUTHORITY");
            region.put("municipalityCode", "0180");
            for (Map<String, Object> body : List.of(uni, company, region)) {
                moderator().post("/api/v1/actors/" + create("filter-anna", body) + "/approve").then().statusCode(200);
            }
            expectNames(Map.of("q", tag, "sector", "ACADEMIA"), tag + " universitet");
            expectNames(Map.of("q", tag, "kind", "public_authority"), tag + " region");
            expectNames(Map.of("q", tag, "municipality", "2482"), tag + " bolag");
            expectNames(Map.of("q", tag, "county", "24"), tag + " bolag", tag + " universitet");
            expectNames(Map.of("q", tag, "technologyArea", "hpc"), tag + " universitet");
            expectNames(Map.of("q", tag), tag + " bolag", tag + " region", tag + " universitet");
        }

        private void expectNames(Map<String, String> query, String... names) {
            given().queryParams(query).get("/api/v1/actors").then().statusCode(200).body("items.name", contains(names));
        }

        @Test
        @DisplayName("free text matches % and _ literally, and a quote is just a character")
        void literalSearch() {
            String tag = unique("Procent");
            String id = create("lit-anna", input(tag + " 100% _ AB"));
            moderator().post("/api/v1/actors/" + id + "/approve").then().statusCode(200);
            given().queryParam("q", tag + " 100%").get("/api/v1/actors").then().statusCode(200).body("items.id", contains(id));
            given().queryParam("q", "%").get("/api/v1/actors").then().statusCode(200).body("items.name", everyItem(containsString("%")));
            given().queryParam("q", "_").get("/api/v1/actors").then().statusCode(200).body("items.name", everyItem(containsString("_")));
            given().queryParam("q", "' OR 1=1--").get("/api/v1/actors").then().statusCode(200).body("items", empty());
        }

        @Test
        @DisplayName("cursor paging walks every actor once, in name order")
        void paging() {
            String tag = unique("Sida");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String id = create("page-anna", input(tag + " " + i));
                moderator().post("/api/v1/actors/" + id + "/approve").then().statusCode(200);
                ids.add(id);
            }
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                RequestSpecification request = given().queryParam("q", tag).queryParam("limit", 2);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                ValidatableResponse page = request.get("/api/v1/actors").then().statusCode(200);
                seen.addAll(page.extract().path("items.id"));
                cursor = page.extract().path("nextCursor");
                pages++;
            } while (cursor != null);
            assertEquals(ids, seen);
            assertEquals(3, pages);
        }

        @ParameterizedTest
        @ValueSource(strings = {"limit=0", "limit=101", "limit=100000", "limit=abc", "cursor=not-a-cursor", "sector=SPACE",
            "kind=x", "status=DELETED", "county=2", "municipality=abc"})
        @DisplayName("bad paging or filter parameters are a 400 problem naming the parameter")
        void badParameters(String query) {
            String name = query.substring(0, query.indexOf('='));
            given().get("/api/v1/actors?" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(name));
        }

        @Test
        @DisplayName("only moderators list pending actors")
        void pendingListIsForModerators() {
            member("curious-erik").queryParam("status", "PENDING").get("/api/v1/actors").then().statusCode(403);
            given().queryParam("status", "PENDING").get("/api/v1/actors").then().statusCode(401);
        }
    }

    @Nested
    class People {

        private String activeActor(String owner) {
            String id = create(owner, input(unique("Folkbolaget")));
            moderator().post("/api/v1/actors/" + id + "/approve").then().statusCode(200);
            return id;
        }

        @Test
        @DisplayName("a member asks to join, sees the request in /me, the owner accepts, and the member is in")
        void joinFlow() {
            String id = activeActor("people-anna");
            String requestId = member("people-erik").body(Map.of("message", "Vi vill vara med!"))
                    .post("/api/v1/actors/" + id + "/join-requests")
                    .then().statusCode(201).body("status", equalTo("PENDING")).body("name", equalTo("Name of people-erik"))
                    .extract().path("id");
            member("people-erik").body(Map.of()).post("/api/v1/actors/" + id + "/join-requests").then().statusCode(409);
            member("people-erik").get("/api/v1/me").then().statusCode(200)
                    .body("joinRequests.id", contains(requestId))
                    .body("memberships", empty());
            member("people-anna").get("/api/v1/actors/" + id + "/join-requests").then().statusCode(200)
                    .body("items.id", contains(requestId)).body("items[0].message", equalTo("Vi vill vara med!"));

            member("people-anna").post("/api/v1/actors/" + id + "/join-requests/" + requestId + "/approve")
                    .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedAt", notNullValue());

            assertEquals(MemberRole.MEMBER, fixtures.role(UUID.fromString(id), "people-erik"));
            member("people-erik").get("/api/v1/me").then()
                    .body("memberships.actor.id", contains(id))
                    .body("memberships[0].role", equalTo("MEMBER"))
                    .body("joinRequests", empty());
            member("people-erik").get("/api/v1/actors/" + id + "/members").then().statusCode(200)
                    .body("items.subject", contains("people-anna", "people-erik"))
                    .body("items.email", everyItem(nullValue()));
        }

        @Test
        @DisplayName("an owner can reject a request, and a requester can withdraw one")
        void rejectAndWithdraw() {
            String id = activeActor("rej-anna");
            String first = member("rej-erik").post("/api/v1/actors/" + id + "/join-requests").then().statusCode(201).extract().path("id");
            member("rej-anna").body(Map.of("reason", "Inte nu")).post("/api/v1/actors/" + id + "/join-requests/" + first + "/reject")
                    .then().statusCode(200).body("status", equalTo("REJECTED"));
            assertNull(fixtures.role(UUID.fromString(id), "rej-erik"));
            String second = member("rej-erik").post("/api/v1/actors/" + id + "/join-requests").then().statusCode(201).extract().path("id");
            member("rej-other").delete("/api/v1/actors/" + id + "/join-requests/" + second).then().statusCode(403);
            member("rej-erik").delete("/api/v1/actors/" + id + "/join-requests/" + second).then().statusCode(204);
            member("rej-anna").post("/api/v1/actors/" + id + "/join-requests/" + second + "/approve").then().statusCode(409);
        }

        @Test
        @DisplayName("nobody can remove or demote the last owner; with a second owner, the first may leave")
        void lastOwner() {
            String id = activeActor("own-anna2");
            UUID actor = UUID.fromString(id);
            String before = fixtures.digest();
            member("own-anna2").delete("/api/v1/actors/" + id + "/members/own-anna2").then().statusCode(409)
                    .body("detail", containsString("owner"));
            member("own-anna2").body(Map.of("role", "MEMBER")).put("/api/v1/actors/" + id + "/members/own-anna2").then().statusCode(409);
            assertEquals(before, fixtures.digest());

            fixtures.member(actor, "own-erik2", MemberRole.MEMBER);
            member("own-anna2").body(Map.of("role", "OWNER")).put("/api/v1/actors/" + id + "/members/own-erik2")
                    .then().statusCode(200).body("role", equalTo("OWNER"));
            member("own-anna2").delete("/api/v1/actors/" + id + "/members/own-anna2").then().statusCode(204);
            assertNull(fixtures.role(actor, "own-anna2"));
            assertEquals(MemberRole.OWNER, fixtures.role(actor, "own-erik2"));
        }

        @Test
        @DisplayName("only active actors take join requests")
        void pendingActorTakesNoRequests() {
            String id = create("pend-anna", input(unique("Väntebolaget")));
            member("pend-erik").post("/api/v1/actors/" + id + "/join-requests").then().statusCode(404);
            moderator().post("/api/v1/actors/" + id + "/join-requests").then().statusCode(409);
        }
    }

    @ParameterizedTest
    @EnumSource(ActorKind.class)
    @DisplayName("the sector the database derives from each kind is the one the code names")
    void sectorOfKind(ActorKind kind) {
        UUID id = fixtures.actor(unique("Sektor"), ActorStatus.ACTIVE);
        fixtures.setKind(id, kind);
        String sector = (String) em.createNativeQuery("select sector from actor where id = ?1").setParameter(1, id).getSingleResult();
        assertEquals(kind.sector().name(), sector);
    }
}
