package se.digitalimpactnorth.common;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Declares the test resources every {@code @QuarkusTest} shares: one PostgreSQL, one local OIDC
 * server and an index prefix of its own on the search engine for the whole run (Quarkus applies unrestricted test resources to all tests).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SearchTestResource.class)
public final class ApiTest {
    private ApiTest() {}
}
