package se.digitalimpactnorth.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorDemoDataTest {

    @Inject
    ActorDemoData demo;

    @Inject
    se.digitalimpactnorth.resource.ResourceDemoData resourceDemo;

    @Test
    @DisplayName("demo data is off by default, loads the founders and their resources, and loading twice adds nothing")
    void demoData() {
        given().get("/api/v1/actors/umea-universitet").then().statusCode(404);
        int first = demo.load();
        assertEquals(16, first);
        assertEquals(0, demo.load());
        given().get("/api/v1/actors/umea-universitet").then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("sector", equalTo("ACADEMIA"))
                .body("municipality.code", equalTo("2480"))
                .body("location.lat", equalTo(63.8196f))
                .body("location.lon", equalTo(20.3072f));
        assertEquals(ActorDemoData.DEMO_SLUGS, ActorDemoData.PLACES.keySet(), "every demo actor has a place");
        given().get("/api/v1/actors/norrskensdata").then().statusCode(200).body("kind", equalTo("COMPANY"));
        assertEquals(List.of("OWNER"), roles("kvarken-spelstudio", ActorDemoData.ERIK.subject()));

        // Data loaded by an older demo set, in which the studio had no owner: loading again adds erik.
        QuarkusTransaction.requiringNew().run(() -> Membership.delete("id.actorId = ?1",
                Actor.<Actor>find("slug", "kvarken-spelstudio").firstResult().id));
        assertEquals(0, demo.load());
        assertEquals(List.of("OWNER"), roles("kvarken-spelstudio", ActorDemoData.ERIK.subject()));

        assertEquals(8, resourceDemo.load());
        assertEquals(0, resourceDemo.load());
        given().get("/api/v1/resources/ai-frukost").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("actor.slug", equalTo("umea-science-park"))
                .body("occurrences.size()", equalTo(12));
        given().get("/api/v1/resources/5g-testbadd-skelleftea").then().statusCode(200).body("family", equalTo("INNOVATION"))
                .body("location.lat", equalTo(64.7436f));
    }

    private static List<String> roles(String slug, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Membership.<Membership>list("actor.slug = ?1 and id.subject = ?2", slug, subject)
                .stream().map(m -> m.role.name()).toList());
    }
}
