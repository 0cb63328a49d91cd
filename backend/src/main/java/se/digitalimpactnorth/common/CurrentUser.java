package se.digitalimpactnorth.common;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as their token describes them (anonymous without one). */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    EntityManager em;

    /** {@link #integratorActor()}, once looked up in this request (null: not yet). */
    private Optional<UUID> integratorActor;

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

    /**
     * Whether the token carries this realm role. An integrator's token is never a person's as well:
     * any other role it carries (member, moderator, admin) is ignored, so a client that was given
     * more in Keycloak by mistake still has only an integrator's rights here.
     */
    public boolean hasRole(String role) {
        if (identity.isAnonymous() || !identity.hasRole(role)) {
            return false;
        }
        return role.equals(Roles.INTEGRATOR) || !identity.hasRole(Roles.INTEGRATOR);
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

    /**
     * An integrator: a partner's system calling with a client-credentials token of an API client
     * (realm role {@code integrator}). What it may do depends on {@link #integratorActor()}.
     */
    public boolean isIntegrator() {
        return hasRole(Roles.INTEGRATOR);
    }

    /**
     * A 403 for integrators where only a person makes sense (their own audit trail, their
     * invitations): an API client reads {@code GET /me} and works on its actor's content, nothing else.
     */
    public void requirePerson(String what) {
        if (isIntegrator()) {
            throw new ProblemException(ProblemType.FORBIDDEN, what + " are a person's; an API client has none");
        }
    }

    /**
     * The actor an integrator acts for: that of the active (not revoked) API client whose
     * {@code client_id} is the token's {@code azp}. Empty for everyone else, and for a revoked or
     * unknown client, whose tokens thus have no rights beyond the public's even before they expire.
     * Looked up at most once per request.
     */
    public Optional<UUID> integratorActor() {
        if (integratorActor == null) {
            integratorActor = Optional.empty();
            String clientId = isIntegrator() ? token.getClaim("azp") : null;
            if (clientId != null) {
                List<?> rows = em.createNativeQuery("select actor_id from api_client where client_id = :clientId and revoked_at is null")
                        .setParameter("clientId", clientId).getResultList();
                integratorActor = rows.stream().findFirst().map(id -> (UUID) id);
            }
        }
        return integratorActor;
    }
}
