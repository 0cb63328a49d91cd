package se.digitalimpactnorth.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The API's OpenAPI identity. */
@OpenAPIDefinition(info = @Info(
        title = "Digital Impact North API",
        version = "1",
        description = "Actors, knowledge and innovation resources and collaborations of Digital Impact North. "
                + "Errors are RFC 9457 problems (application/problem+json). "
                + "Request bodies are strict JSON: one value, no field twice, no unknown or read-only fields, at most "
                + "20 levels deep, numbers of at most 30 characters, at most 1 MiB. Text is single-line (no CR, LF, tab "
                + "or other control characters) unless its property says `x-multiline: true`."),
        servers = @Server(url = "/", description = "The server that serves this document"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from the platform's Keycloak realm `din` with `din-api` in its audience")
public class DinApplication extends Application {}
