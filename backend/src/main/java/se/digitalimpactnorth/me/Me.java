package se.digitalimpactnorth.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller, as their token describes them. */
@Schema(name = "Me", requiredProperties = {"subject", "roles"})
public record Me(
        @Schema(description = "The token's subject: the person's stable id at the identity provider") String subject,
        @Schema(description = "Display name, when the token carries one") String name,
        @Schema(description = "Email, when the token carries one; only ever shown to its owner") String email,
        @Schema(description = "The platform roles among the realm roles: member, moderator, admin, integrator", examples = "[\"member\"]") List<String> roles) {}
