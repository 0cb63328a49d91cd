package se.digitalimpactnorth.common;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/** Signed access tokens as the realm would issue them, for the local OIDC test server. */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "din-api";

    private TestTokens() {}

    /** Claims of a valid token for a person with these realm roles; callers may change any claim. */
    public static JwtClaimsBuilder person(String subject, String name, String email, String... roles) {
        return Jwt.claims()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("name", name)
                .claim("email", email)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300);
    }

    /** A JSON request as this person; {@code subject == null} is an anonymous request. */
    public static RequestSpecification as(String subject, String... roles) {
        RequestSpecification spec = RestAssured.given().contentType(ContentType.JSON);
        return subject == null ? spec
                : spec.auth().oauth2(person(subject, "Name of " + subject, subject + "@example.se", roles).sign());
    }

    /**
     * A client-credentials token of the API client {@code clientId}, as Keycloak issues it: its
     * service-account user as subject, the client in {@code azp}, and the realm role
     * {@code integrator}. Register the client first ({@code ApiClientFixtures.register}).
     */
    public static String integrator(String clientId) {
        return Jwt.claims()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("service-account-" + clientId)
                .claim("azp", clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .claim("realm_access", Map.of("roles", List.of("integrator")))
                .expiresIn(300)
                .sign();
    }

    /** A JSON request with an integrator token of the API client {@code clientId}. */
    public static RequestSpecification asIntegrator(String clientId) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(integrator(clientId));
    }

    public static String anna() {
        return person("anna-subject", "Anna Lindqvist", "anna@example.se", "member").sign();
    }

    public static String moa() {
        return person("moa-subject", "Moa Nilsson", "moa@example.se", "member", "moderator").sign();
    }
}
