package se.digitalimpactnorth.common.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link ContractFilter} in REST Assured before every {@code @QuarkusTest} method. It is
 * registered through META-INF/services, so no test can forget it; Quarkus loads it in the class
 * loader the tests run in, so it configures the REST Assured the tests use.
 */
public final class ContractFilterInstaller implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    /** Adds the filter to REST Assured's global filters unless it is there already. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }
}
