package se.digitalimpactnorth.me;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.common.Sql;
import se.digitalimpactnorth.common.TestTokens;
import se.digitalimpactnorth.resource.CoOrganiser;

/**
 * A person with something in every table that can hold their subject, made through the API where
 * the API makes it (so the audit trail is the real one) and by SQL where only another role or a
 * background job would write it (a moderator's takedown, an invitation's answer, a webhook).
 */
@ApplicationScoped
public class GdprWorld {

    @Inject
    Fixtures fixtures;

    @Inject
    Sql sql;

    /** What one person has, by id. {@code owned} is the actor they created and own (alone unless {@code coOwner} is set). */
    public record Person(String subject, String name, String email, UUID owned, UUID joined, UUID askedToJoin, String resource,
            String collaboration, String apiClientId, UUID webhook, UUID decidedRequest, String decidedRequester,
            String idempotencyKey, UUID coOrganiser) {

        public RequestSpecification request() {
            return GdprWorld.as(subject, name, email);
        }
    }

    static RequestSpecification as(String subject, String name, String email) {
        return RestAssured.given().contentType(ContentType.JSON)
                .auth().oauth2(TestTokens.person(subject, name, email, "member").sign());
    }

    public Person person() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String subject = "gdpr-" + UUID.randomUUID();
        String name = "Greta Dahl" + tag;
        String email = "greta." + tag + "@example.se";
        RequestSpecification me = as(subject, name, email);

        // The actor they create (and own), made active so that it can publish and have API clients.
        String owned = as(subject, name, email).body(Map.of("name", "Gdpr AB " + tag, "kind", "COMPANY"))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        UUID ownedId = UUID.fromString(owned);
        fixtures.setStatus(ownedId, ActorStatus.ACTIVE);

        String key = "gdpr-key-" + tag;
        String resource = as(subject, name, email).header("Idempotency-Key", key)
                .body(Map.of("kind", "EVENT", "actorId", owned, "title", Map.of("sv", "Gretas träff " + tag),
                        "event", Map.of("start", "2027-06-01T10:00:00", "end", "2027-06-01T12:00:00")))
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        String collaboration = as(subject, name, email)
                .body(Map.of("leadActorId", owned, "kind", "PROJECT", "status", "ACTIVE", "title", Map.of("sv", "Gretas projekt " + tag),
                        "startDate", "2026-01-01"))
                .post("/api/v1/collaborations").then().statusCode(201).extract().path("id");
        String apiClientId = as(subject, name, email).body(Map.of("name", "Gretas CRM"))
                .post("/api/v1/actors/" + owned + "/api-clients").then().statusCode(201).extract().path("client.clientId");

        // An actor they joined: they asked, its owner approved (an audit entry by someone else that names them).
        UUID joined = fixtures.actor("Gdpr Nätverk " + tag, ActorStatus.ACTIVE);
        String joinedOwner = "gdpr-owner-" + UUID.randomUUID();
        fixtures.member(joined, joinedOwner, MemberRole.OWNER);
        String request = as(subject, name, email).body(Map.of("message", "Hej, jag är " + name))
                .post("/api/v1/actors/" + joined + "/join-requests").then().statusCode(201).extract().path("id");
        TestTokens.as(joinedOwner, "member").body(Map.of()).post("/api/v1/actors/" + joined + "/join-requests/" + request + "/approve")
                .then().statusCode(200);

        // An actor they asked to join, still pending.
        UUID asked = fixtures.actor("Gdpr Klubb " + tag, ActorStatus.ACTIVE);
        fixtures.member(asked, "gdpr-owner-" + UUID.randomUUID(), MemberRole.OWNER);
        me.body(Map.of("message", "Får jag vara med? /" + name + ", " + email))
                .post("/api/v1/actors/" + asked + "/join-requests").then().statusCode(201);

        // Someone asks to join their actor, and they approve it.
        String requester = "gdpr-requester-" + UUID.randomUUID();
        UUID decided = fixtures.joinRequest(ownedId, requester);
        as(subject, name, email).body(Map.of()).post("/api/v1/actors/" + owned + "/join-requests/" + decided + "/approve")
                .then().statusCode(200);

        // What other roles or jobs write: a webhook they made, a takedown, invitations sent and answered.
        UUID webhook = UUID.randomUUID();
        sql.update("""
                insert into webhook_subscription (id, actor_id, url, event_types, secret, status, created_at, created_by)
                values (?1, ?2, 'https://hooks.example.se/din', array['resource.published'], 'whsec_c2VjcmV0c2VjcmV0c2VjcmV0', 'ACTIVE', now(), ?3)
                """, webhook, ownedId, subject);
        UUID coOrganiser = fixtures.actor("Gdpr Medarrangör " + tag, ActorStatus.ACTIVE);
        fixtures.coOrganiser(UUID.fromString(resource), coOrganiser, CoOrganiser.Status.ACCEPTED);
        sql.update("update resource_co_organiser set answered_by = ?1, answered_at = now() where resource_id = ?2", subject,
                UUID.fromString(resource));
        sql.update("update collaboration_participant set invited_by = ?1, answered_by = ?1 where collaboration_id = ?2", subject,
                UUID.fromString(collaboration));
        sql.update("update resource set taken_down_at = now(), takedown_reason = 'Spam', taken_down_by = ?1 where id = ?2", subject,
                UUID.fromString(resource));
        sql.update("update collaboration set taken_down_at = now(), takedown_reason = 'Spam', taken_down_by = ?1 where id = ?2", subject,
                UUID.fromString(collaboration));

        return new Person(subject, name, email, ownedId, joined, asked, resource, collaboration, apiClientId, webhook, decided, requester,
                key, coOrganiser);
    }

    /** Another owner for the person's own actor, so that they are no longer its only owner. */
    public String coOwner(Person p) {
        String owner = "gdpr-coowner-" + UUID.randomUUID();
        fixtures.member(p.owned(), owner, MemberRole.OWNER);
        return owner;
    }

    /** How many rows of every column that can hold a subject hold this one. */
    public Map<String, Long> references(String subject) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String column : PersonalData.SUBJECT_COLUMNS) {
            String[] tc = column.split("\\.");
            counts.put(column, sql.number("select count(*) from " + tc[0] + " where " + tc[1] + " = ?1", subject));
        }
        return counts;
    }

    /** Audit entries whose summary holds this text anywhere. */
    public long summariesHolding(String text) {
        return sql.number("select count(*) from audit_entry where strpos(lower(summary::text), lower(?1)) > 0", text);
    }

    public List<String> auditIds(String subject) {
        return sql.texts("select id from audit_entry where subject = ?1 order by id", subject);
    }

    public void assertEveryColumnHolds(String subject) {
        references(subject).forEach((column, count) ->
                assertEquals(true, count > 0, column + " holds nothing of the world's person; the fixture misses a table"));
    }
}
