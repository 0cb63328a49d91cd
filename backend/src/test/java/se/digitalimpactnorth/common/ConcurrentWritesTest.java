package se.digitalimpactnorth.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.actor.MemberRole;

/**
 * Races between requests end in a 4xx problem that tells the client what to do, never in a 500:
 * N requests start on real threads at the same instant (a latch) against the HTTP API, and the
 * database is checked afterwards for the one write that won.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWritesTest {

    private static final int WRITERS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ExecutorService pool;

    @BeforeAll
    void threads() {
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    @AfterAll
    void stopThreads() {
        pool.shutdownNow();
    }

    record Answer(int status, String contentType, JsonNode body) {}

    /** Sends the requests together: every thread waits at one latch, then all go at once. */
    private List<Answer> race(IntFunction<HttpRequest> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            HttpRequest r = request.apply(i);
            Callable<Answer> call = () -> {
                ready.countDown();
                go.await();
                HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        body.isEmpty() ? null : JSON.readTree(body));
            };
            futures.add(pool.submit(call));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : futures) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String subject) {
        return TestTokens.person(subject, "Name of " + subject, subject + "@example.se", "member").sign();
    }

    private static List<Answer> withStatus(List<Answer> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).toList();
    }

    /** Every losing answer is a problem+json of this type and status. */
    private static void assertProblems(List<Answer> losers, String type, int status) {
        for (Answer a : losers) {
            assertThat(a.toString(), a.contentType(), startsWith("application/problem+json"));
            assertEquals(type, a.body().path("type").asText(), a.toString());
            assertEquals(status, a.body().path("status").asInt(), a.toString());
            assertThat(a.toString(), a.body().toString(), not(org.hamcrest.Matchers.containsString("SQL")));
        }
    }

    /** A random organisation number with a valid Luhn check digit, so that no other test has it. */
    private static String randomOrgNumber() {
        String nine = String.format("%09d", (long) (Math.random() * 1_000_000_000L));
        for (int check = 0; check <= 9; check++) {
            String candidate = nine.substring(0, 6) + "-" + nine.substring(6) + check;
            if (se.digitalimpactnorth.common.validation.OrgNumber.Validator.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit fits " + nine);
    }

    @Transactional
    Object[] storedResource(UUID id) {
        return (Object[]) em.createNativeQuery("select title_sv, version from resource where id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    @Transactional
    long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    @Test
    @DisplayName("six concurrent PUTs with one ETag: one 200, five 412s, and the stored resource is the winner's")
    void concurrentPutsWithOneETag() throws Exception {
        String owner = "race-owner-" + UUID.randomUUID();
        UUID actor = fixtures.actor("Kapplöpningen AB " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        String token = token(owner);
        HttpResponse<String> created = http.send(request("api/v1/resources", token)
                .POST(json(Map.of("kind", "EVENT", "actorId", actor.toString(), "title", Map.of("sv", "Före"),
                        "event", Map.of("start", "2026-05-04T10:00:00", "end", "2026-05-04T12:00:00",
                                "recurrence", Map.of("freq", "WEEKLY", "count", 3)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        UUID id = UUID.fromString(JSON.readTree(created.body()).path("id").asText());
        String etag = created.headers().firstValue("ETag").orElseThrow();

        List<Answer> answers = race(i -> request("api/v1/resources/" + id, token).header("If-Match", etag)
                .PUT(json(Map.of("kind", "EVENT", "actorId", actor.toString(), "title", Map.of("sv", "Skribent " + i),
                        "event", Map.of("start", "2026-05-0" + (i + 1) + "T10:00:00", "end", "2026-05-0" + (i + 1) + "T12:00:00",
                                "recurrence", Map.of("freq", "WEEKLY", "count", 3 + i)))))
                .build());

        List<Answer> winners = withStatus(answers, 200);
        assertThat(answers.toString(), winners, hasSize(1));
        assertThat(answers.toString(), withStatus(answers, 412), hasSize(WRITERS - 1));
        assertProblems(withStatus(answers, 412), "urn:din:problem:precondition-failed", 412);
        Object[] stored = storedResource(id);
        JsonNode winner = winners.get(0).body();
        assertEquals(winner.path("title").path("sv").asText(), stored[0]);
        assertEquals(winner.path("version").asLong(), ((Number) stored[1]).longValue());
        assertEquals(winner.path("version").asLong(), Long.parseLong(etag.replace("\"", "")) + 1);
        // The winner's occurrences, none of a loser's: its weekly count is 3 + its index.
        int index = Integer.parseInt(winner.path("title").path("sv").asText().replace("Skribent ", ""));
        assertEquals(3 + index, count("select count(*) from event_occurrence where resource_id = ?1", id));
    }

    @Test
    @DisplayName("concurrent registrations with one organisation number: one 201, the rest 409 naming orgNumber")
    void concurrentActorsWithOneOrgNumber() throws Exception {
        String orgNumberValid = randomOrgNumber();
        List<Answer> answers = race(i -> request("api/v1/actors", token("race-registrar-" + i + "-" + UUID.randomUUID()))
                .POST(json(Map.of("name", "Dubblett " + UUID.randomUUID(), "kind", "COMPANY", "orgNumber", orgNumberValid)))
                .build());

        assertThat(answers.toString(), withStatus(answers, 201), hasSize(1));
        List<Answer> losers = withStatus(answers, 409);
        assertThat(answers.toString(), losers, hasSize(WRITERS - 1));
        assertProblems(losers, "urn:din:problem:conflict", 409);
        for (Answer a : losers) {
            assertEquals("orgNumber", a.body().path("errors").path(0).path("field").asText(), a.toString());
        }
        assertEquals(1, count("select count(*) from actor where org_number = ?1", orgNumberValid));
    }

    @Test
    @DisplayName("concurrent registrations with one name all succeed, each with a slug of its own")
    void concurrentActorsWithOneName() throws Exception {
        String name = "Samma namn " + UUID.randomUUID().toString().substring(0, 8);
        List<Answer> answers = race(i -> request("api/v1/actors", token("race-namer-" + i + "-" + UUID.randomUUID()))
                .POST(json(Map.of("name", name, "kind", "COMPANY"))).build());

        assertThat(answers.toString(), answers.stream().map(Answer::status).toList(), everyItem(equalTo(201)));
        assertEquals(WRITERS, answers.stream().map(a -> a.body().path("slug").asText()).distinct().count(), answers.toString());
        assertEquals(WRITERS, count("select count(*) from actor where name = ?1", name));
    }

    @Test
    @DisplayName("concurrent resources with one title all succeed, each with a slug of its own")
    void concurrentResourcesWithOneTitle() throws Exception {
        String owner = "race-titler-" + UUID.randomUUID();
        UUID actor = fixtures.actor("Titelbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(actor, owner, MemberRole.OWNER);
        String token = token(owner);
        String title = "Samma titel " + UUID.randomUUID().toString().substring(0, 8);
        List<Answer> answers = race(i -> request("api/v1/resources", token)
                .POST(json(Map.of("kind", "MEETING_PLACE", "actorId", actor.toString(), "title", Map.of("sv", title)))).build());

        assertThat(answers.toString(), answers.stream().map(Answer::status).toList(), everyItem(equalTo(201)));
        assertEquals(WRITERS, answers.stream().map(a -> a.body().path("slug").asText()).distinct().count(), answers.toString());
    }

    private static Map<String, Object> collaboration(UUID lead, String title, long amount) {
        return Map.of("leadActorId", lead.toString(), "kind", "PROJECT", "status", "ACTIVE", "title", Map.of("sv", title),
                "startDate", "2026-01-01", "technologyAreas", List.of("ai"),
                "funding", List.of(Map.of("funderName", "Vinnova", "amountSek", amount, "type", "PUBLIC")));
    }

    @Test
    @DisplayName("six concurrent PUTs of a collaboration with one ETag: one 200, five 412s, the stored fields and funding the winner's")
    void concurrentCollaborationPuts() throws Exception {
        String owner = "race-lead-" + UUID.randomUUID();
        UUID lead = fixtures.actor("Ledarbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(lead, owner, MemberRole.OWNER);
        String token = token(owner);
        HttpResponse<String> created = http.send(request("api/v1/collaborations", token)
                .POST(json(collaboration(lead, "Före", 1))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        UUID id = UUID.fromString(JSON.readTree(created.body()).path("id").asText());
        String etag = created.headers().firstValue("ETag").orElseThrow();

        List<Answer> answers = race(i -> request("api/v1/collaborations/" + id, token).header("If-Match", etag)
                .PUT(json(collaboration(lead, "Skribent " + i, 1000 + i))).build());

        List<Answer> winners = withStatus(answers, 200);
        assertThat(answers.toString(), winners, hasSize(1));
        assertThat(answers.toString(), withStatus(answers, 412), hasSize(WRITERS - 1));
        assertProblems(withStatus(answers, 412), "urn:din:problem:precondition-failed", 412);
        int index = Integer.parseInt(winners.get(0).body().path("title").path("sv").asText().replace("Skribent ", ""));
        assertEquals(1, count("select count(*) from collaboration_funding where collaboration_id = ?1", id));
        assertEquals(1000 + index, count("select amount_sek from collaboration_funding where collaboration_id = ?1", id));
        assertEquals(winners.get(0).body().path("version").asLong(),
                count("select version from collaboration where id = ?1", id));
    }

    @Test
    @DisplayName("concurrent collaborations with one title all succeed, each with a slug of its own")
    void concurrentCollaborationsWithOneTitle() throws Exception {
        String owner = "race-starter-" + UUID.randomUUID();
        UUID lead = fixtures.actor("Startbolaget " + UUID.randomUUID(), ActorStatus.ACTIVE);
        fixtures.member(lead, owner, MemberRole.OWNER);
        String token = token(owner);
        String title = "Samma samverkan " + UUID.randomUUID().toString().substring(0, 8);
        List<Answer> answers = race(i -> request("api/v1/collaborations", token).POST(json(collaboration(lead, title, i))).build());

        assertThat(answers.toString(), answers.stream().map(Answer::status).toList(), everyItem(equalTo(201)));
        assertEquals(WRITERS, answers.stream().map(a -> a.body().path("slug").asText()).distinct().count(), answers.toString());
    }

    @Test
    @DisplayName("concurrent requests to join one actor by one person: one 201, the rest 409, one pending request stored")
    void concurrentJoinRequests() throws Exception {
        UUID actor = fixtures.actor("Gå med AB " + UUID.randomUUID(), ActorStatus.ACTIVE);
        String person = "race-joiner-" + UUID.randomUUID();
        String token = token(person);
        List<Answer> answers = race(i -> request("api/v1/actors/" + actor + "/join-requests", token)
                .POST(json(Map.of("message", "Hej " + i))).build());

        assertThat(answers.toString(), withStatus(answers, 201), hasSize(1));
        assertThat(answers.toString(), withStatus(answers, 409), hasSize(WRITERS - 1));
        assertProblems(withStatus(answers, 409), "urn:din:problem:conflict", 409);
        assertEquals(1, count("select count(*) from join_request where subject = ?1", person));
    }

    @Test
    @DisplayName("concurrent approvals of one join request: one 200, the rest 409, one membership stored")
    void concurrentApprovals() throws Exception {
        UUID actor = fixtures.actor("Godkänn AB " + UUID.randomUUID(), ActorStatus.ACTIVE);
        String owner = "race-approver-" + UUID.randomUUID();
        fixtures.member(actor, owner, MemberRole.OWNER);
        String person = "race-applicant-" + UUID.randomUUID();
        UUID request = fixtures.joinRequest(actor, person);
        String token = token(owner);
        List<Answer> answers = race(i -> request("api/v1/actors/" + actor + "/join-requests/" + request + "/approve", token)
                .POST(json(Map.of())).build());

        assertThat(answers.toString(), withStatus(answers, 200), hasSize(1));
        assertThat(answers.toString(), withStatus(answers, 409), hasSize(WRITERS - 1));
        assertProblems(withStatus(answers, 409), "urn:din:problem:conflict", 409);
        assertEquals(1, count("select count(*) from membership where subject = ?1", person));
    }
}
