package se.digitalimpactnorth.common;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * The tests' search indexes: on the OpenSearch named by DIN_SEARCH_URL (./din test starts one; default
 * http://127.0.0.1:9250), under a prefix of their own for each application start, so that parallel
 * runs and restarted applications never see each other's documents. The application drops its
 * indexes when it stops (din.search.drop-on-shutdown in %test).
 */
public class SearchTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("din.search.index-prefix", "test-" + UUID.randomUUID().toString().substring(0, 8) + "-");
    }

    @Override
    public void stop() {
    }
}
