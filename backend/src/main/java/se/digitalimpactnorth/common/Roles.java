package se.digitalimpactnorth.common;

import java.util.Set;

/**
 * The realm roles that say what kind of user a caller is. Keycloak adds roles of its own to
 * tokens (default-roles-din, offline_access, uma_authorization); the platform ignores those.
 */
public final class Roles {
    public static final String MEMBER = "member";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";
    public static final String INTEGRATOR = "integrator";

    public static final Set<String> ALL = Set.of(MEMBER, MODERATOR, ADMIN, INTEGRATOR);

    private Roles() {}
}
