package se.digitalimpactnorth.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.Fixtures;

/** What the database refuses is a 4xx problem naming the field, and never shows SQL. */
@QuarkusTest
class DatabaseProblemsTest {

    @Inject
    EntityManager em;

    @Inject
    Fixtures fixtures;

    @Test
    @DisplayName("a name that passes validation but not the database's check (one letter inside spaces) is a 400 naming name, and nothing is stored")
    void checkViolationIsBadRequest() {
        String before = fixtures.digest();
        TestTokens.as("db-check-" + UUID.randomUUID(), "member")
                .body(Map.of("name", "  x  ", "kind", "COMPANY"))
                .post("/api/v1/actors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:validation"))
                .body("errors[0].field", equalTo("name"))
                .body(not(containsString("actor_name_check")))
                .body(not(containsString("SQL")));
        assertEquals(before, fixtures.digest());
    }

    @Test
    @DisplayName("a unique violation at commit (wrapped in the failed commit) is a 409 problem without SQL")
    void uniqueViolationAtCommit() {
        String subject = "db-twin-" + UUID.randomUUID();
        fixtures.person(subject);
        io.restassured.RestAssured.given().post("/api/v1/test-only/commit-failures/duplicate-person/" + subject)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:conflict"))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body(not(containsString("person_pkey")))
                .body(not(containsString("duplicate key")));
    }

    @Test
    @DisplayName("a stale version found at commit is a 412 problem, and the faster change is what stays")
    void staleVersionAtCommit() {
        UUID actor = fixtures.actor("Långsam AB " + UUID.randomUUID(), se.digitalimpactnorth.actor.ActorStatus.ACTIVE);
        io.restassured.RestAssured.given().post("/api/v1/test-only/commit-failures/stale-actor/" + actor)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:precondition-failed"));
        assertEquals("Changed by the faster transaction", name(actor));
        assertEquals(1, fixtures.version(actor));
    }

    @Test
    @DisplayName("a stale version found at commit of a resource is a 412 problem too, and the faster change stays")
    void staleResourceAtCommit() {
        UUID actor = fixtures.actor("Snabb AB " + UUID.randomUUID(), se.digitalimpactnorth.actor.ActorStatus.ACTIVE);
        UUID resource = fixtures.resource(actor, se.digitalimpactnorth.resource.ResourceStatus.DRAFT, null);
        io.restassured.RestAssured.given().post("/api/v1/test-only/commit-failures/stale-resource/" + resource)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:din:problem:precondition-failed"));
        assertEquals("Changed by the faster transaction", title(resource));
    }

    @Transactional
    String title(UUID resource) {
        return (String) em.createNativeQuery("select title_sv from resource where id = ?1").setParameter(1, resource).getSingleResult();
    }

    @Transactional
    String name(UUID actor) {
        return (String) em.createNativeQuery("select name from actor where id = ?1").setParameter(1, actor).getSingleResult();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> constraintNames() {
        return em.createNativeQuery("select conname::text from pg_constraint union select indexname::text from pg_indexes")
                .getResultList();
    }

    @Test
    @DisplayName("every constraint the mapping table names exists in the schema, so none is mapped by a misspelt name")
    void mappedConstraintsExist() {
        TreeSet<String> missing = new TreeSet<>(DatabaseErrors.CONSTRAINTS.keySet());
        missing.removeAll(constraintNames());
        assertEquals(new TreeSet<>(), missing);
    }
}
