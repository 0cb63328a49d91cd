package se.digitalimpactnorth.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
        assertEquals(14, first);
        assertEquals(0, demo.load());
        given().get("/api/v1/actors/umea-universitet").then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("sector", equalTo("ACADEMIA"))
                .body("municipality.code", equalTo("2480"));
        given().get("/api/v1/actors/norrskensdata").then().statusCode(200).body("kind", equalTo("COMPANY"));

        assertEquals(8, resourceDemo.load());
        assertEquals(0, resourceDemo.load());
        given().get("/api/v1/resources/ai-frukost").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("actor.slug", equalTo("umea-science-park"))
                .body("occurrences.size()", equalTo(12));
        given().get("/api/v1/resources/5g-testbadd-skelleftea").then().statusCode(200).body("family", equalTo("INNOVATION"));
    }
}
