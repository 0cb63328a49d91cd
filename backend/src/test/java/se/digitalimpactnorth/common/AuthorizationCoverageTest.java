package se.digitalimpactnorth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorAuthorizationTableTest;
import se.digitalimpactnorth.apiclient.ApiClientAuthorizationTableTest;
import se.digitalimpactnorth.collaboration.CollaborationAuthorizationTableTest;
import se.digitalimpactnorth.collaboration.ParticipantAuthorizationTableTest;
import se.digitalimpactnorth.resource.ResourceAuthorizationTableTest;
import se.digitalimpactnorth.webhook.WebhookAuthorizationTableTest;

/**
 * Every operation of the committed openapi.yaml has a row in a persona × action table, so a new
 * endpoint cannot ship without someone deciding who may call it. Needs no running API: it reads
 * the contract and what the tables declare.
 */
class AuthorizationCoverageTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The tables; a new table adds itself here. */
    static List<String> declared() {
        List<String> all = new ArrayList<>();
        all.addAll(ActorAuthorizationTableTest.operations());
        all.addAll(ResourceAuthorizationTableTest.operations());
        all.addAll(CollaborationAuthorizationTableTest.operations());
        all.addAll(OtherOperationsAuthorizationTableTest.operations());
        all.addAll(ParticipantAuthorizationTableTest.operations());
        all.addAll(UpsertAuthorizationTableTest.operations());
        all.addAll(WebhookAuthorizationTableTest.operations());
        all.addAll(ApiClientAuthorizationTableTest.operations());
        return all;
    }

    static Set<String> contract() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(OpenApiBodies.CONTRACT.toFile());
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(method.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    @Test
    @DisplayName("every operation in openapi.yaml has a row in an authorisation table")
    void everyOperationHasARow() throws IOException {
        Set<String> missing = new TreeSet<>(contract());
        missing.removeAll(declared());
        assertEquals(Set.of(), missing, "operations without a row in ActorAuthorizationTableTest, "
                + "ResourceAuthorizationTableTest, CollaborationAuthorizationTableTest, ApiClientAuthorizationTableTest or OtherOperationsAuthorizationTableTest (add an action and its "
                + "OPERATIONS entry)");
    }

    @Test
    @DisplayName("every row of the authorisation tables names an operation that openapi.yaml has")
    void everyRowIsAnOperation() throws IOException {
        Set<String> unknown = new TreeSet<>(declared());
        unknown.removeAll(contract());
        assertEquals(Set.of(), unknown, "rows naming operations that openapi.yaml does not have (a typo, or a removed endpoint)");
    }
}
