package se.digitalimpactnorth.common.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The validator itself, on hand-made exchanges against the committed contract: it must catch what breaks it. */
class ContractValidatorTest {

    private static final ContractValidator CONTRACT = ContractValidator.ofCommittedContract();
    private static final String JSON = "application/json;charset=UTF-8";
    private static final String PROBLEM = "application/problem+json";
    private static final String ACTOR = """
            {"id":"6f1c2f0e-3d5b-4c1a-9a7e-0b8c9d1e2f3a","slug":"norrskensdata","name":"Norrskensdata AB",
             "kind":"COMPANY","sector":"BUSINESS","status":"ACTIVE","technologyAreas":[]}""";

    @Test
    @DisplayName("a list page without nextCursor conforms")
    void lastPageWithoutCursorConforms() {
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, JSON, "{\"items\":[" + ACTOR + "]}"), empty());
    }

    @Test
    @DisplayName("null where the contract says string is caught")
    void nullCursorIsCaught() {
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, JSON, "{\"items\":[],\"nextCursor\":null}"), contains(containsString("nextCursor")));
        String nullLogo = ACTOR.replace("\"technologyAreas\"", "\"logoUrl\":null,\"technologyAreas\"");
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, JSON, "{\"items\":[" + nullLogo + "]}"), contains(containsString("logoUrl")));
    }

    @Test
    @DisplayName("a missing required property, a wrong enum value and a malformed uuid are caught")
    void schemaViolationsAreCaught() {
        String noName = ACTOR.replace("\"name\":\"Norrskensdata AB\",", "");
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, JSON, "{\"items\":[" + noName + "]}"), hasSize(1));
        String badKind = ACTOR.replace("COMPANY", "PIRATE");
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, JSON, "{\"items\":[" + badKind + "]}"), not(empty()));
        String badId = ACTOR.replace("6f1c2f0e-3d5b-4c1a-9a7e-0b8c9d1e2f3a", "not-a-uuid");
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, JSON, "{\"items\":[" + badId + "]}"), not(empty()));
    }

    @Test
    @DisplayName("a property the contract does not name is caught")
    void undescribedPropertyIsCaught() {
        String extra = ACTOR.replace("\"technologyAreas\"", "\"secret\":\"x\",\"technologyAreas\"");
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, JSON, "{\"items\":[" + extra + "]}"),
                contains(containsString("secret")));
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, JSON, "{\"items\":[],\"total\":3}"),
                contains(containsString("total")));
    }

    @Test
    @DisplayName("an error must be a problem+json body that validates against Problem")
    void errorsMustBeProblems() {
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 400, PROBLEM,
                "{\"type\":\"urn:din:problem:validation\",\"title\":\"Invalid\",\"status\":400}"), empty());
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 500, "text/html", "<h1>Oops</h1>"), not(empty()));
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 400, PROBLEM, "{\"status\":400}"), not(empty()));
    }

    @Test
    @DisplayName("a path or status the contract does not have is caught; /q/ is outside the contract")
    void unknownPathsAndStatuses() {
        assertThat(CONTRACT.check("GET", "/api/v1/no-such-thing", 200, JSON, "{}"), not(empty()));
        assertThat(CONTRACT.check("GET", "/api/v1/no-such-thing", 404, PROBLEM,
                "{\"type\":\"urn:din:problem:not-found\",\"title\":\"Not found\",\"status\":404}"), empty());
        assertThat(CONTRACT.check("GET", "/q/health", 200, JSON, "{\"status\":\"UP\"}"), empty());
    }

    @Test
    @DisplayName("a body of an undeclared media type is caught, and a declared one without schema passes")
    void mediaTypes() {
        assertThat(CONTRACT.check("GET", "/api/v1/actors", 200, "text/plain", "hello"), not(empty()));
        assertThat(CONTRACT.check("GET", "/api/v1/resources/some-event/calendar", 200, "text/calendar;charset=UTF-8",
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), empty());
    }
}
