package se.digitalimpactnorth.common;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Declares the test resources every {@code @QuarkusTest} shares: one PostgreSQL and one local
 * OIDC server for the whole run (Quarkus applies unrestricted test resources to all tests).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class ApiTest {
    private ApiTest() {}
}
