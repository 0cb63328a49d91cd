package se.digitalimpactnorth.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.collaboration.CollaborationFixtures.Spec;
import se.digitalimpactnorth.common.TestTokens;

/** The public collaboration directory on the search index: what the engine adds to what CollaborationListTest covers. */
@QuarkusTest
class CollaborationListOnIndexTest {

    @Inject
    CollaborationFixtures collaborations;

    @Test
    @DisplayName("cursor paging walks collaborations published at the same instant once each, newest first then by id")
    void pagingThroughEqualTimes() {
        String word = "Zt" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UUID lead = collaborations.actor("Ledaren " + word, ActorKind.UNIVERSITY, "2480");
        UUID partner = collaborations.actor("Partnern " + word, ActorKind.COMPANY, "2482");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = collaborations.collaboration(lead, "Samtidigt projekt " + i + " " + word, Spec.published());
            collaborations.participant(id, partner, ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED);
            ids.add(id);
        }
        OffsetDateTime instant = OffsetDateTime.parse("2026-06-01T12:00:00.123456Z");
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> Collaboration.<Collaboration>findById(id).publishedAt = instant));

        List<String> expected = ids.stream().map(UUID::toString).sorted(Comparator.reverseOrder()).toList();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = TestTokens.as(null).get("/api/v1/collaborations?limit=2&q=" + word + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            // Facets count every match, whichever page is asked for.
            assertEquals(5, page.getInt("facets.kind.PROJECT"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && seen.size() < 20);
        assertEquals(expected, seen);
    }
}
