package se.digitalimpactnorth.common;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as their token describes them (anonymous without one). */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The token's subject; a 401 for anonymous callers. */
    public String subject() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return token.getSubject();
    }

    public Optional<String> subjectIfKnown() {
        return identity.isAnonymous() ? Optional.empty() : Optional.ofNullable(token.getSubject());
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    /** Moderators and admins moderate; admins can do what moderators can. */
    public boolean isModerator() {
        return hasRole(Roles.MODERATOR) || hasRole(Roles.ADMIN);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public String name() {
        String name = token.getClaim("name");
        return name != null ? name : token.getClaim("preferred_username");
    }

    public String email() {
        return token.getClaim("email");
    }
}
