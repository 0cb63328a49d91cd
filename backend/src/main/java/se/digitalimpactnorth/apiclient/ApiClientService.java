package se.digitalimpactnorth.apiclient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorService;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.apiclient.ApiClientDtos.ApiClientSecret;
import se.digitalimpactnorth.apiclient.ApiClientDtos.ApiClientStatus;
import se.digitalimpactnorth.apiclient.ApiClientDtos.ApiClientView;
import se.digitalimpactnorth.apiclient.ApiClientDtos.Creator;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.common.Slugs;
import se.digitalimpactnorth.person.PersonService;

/**
 * The API clients of an actor. Each lives twice: as a client in the Keycloak realm (through
 * {@link ApiClientRegistry}) and as a row here that says which actor it acts for. Keycloak is
 * called outside our transaction, and our row is written only after Keycloak answered, so a
 * Keycloak that cannot be reached leaves nothing behind here (503).
 */
@ApplicationScoped
public class ApiClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser user;

    @Inject
    ActorService actors;

    @Inject
    ApiClientPolicy policy;

    @Inject
    ApiClientRegistry registry;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    /** The issuer integrators see (DIN_OIDC_ISSUER): its token endpoint is where they get tokens. */
    @ConfigProperty(name = "quarkus.oidc.token.issuer")
    String issuer;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiClientView> list(UUID actorId) {
        managed(actorId);
        return ApiClient.<ApiClient>list("actorId = ?1 order by createdAt desc, id desc", actorId).stream()
                .map(ApiClientService::view).toList();
    }

    /** Registers a client in Keycloak, then records it; the secret is in the answer and nowhere else. */
    public ApiClientSecret create(UUID actorId, String name) {
        Actor actor = QuarkusTransaction.joiningExisting().call(() -> managed(actorId));
        if (actor.status != ActorStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an active actor has API clients; this one is "
                    + actor.status.name().toLowerCase(Locale.ROOT));
        }
        String clientId = "din-" + prefix(actor.slug) + "-" + HexFormat.of().formatHex(bytes(5));
        String label = name.strip();
        ApiClientRegistry.Registered registered = call(() -> registry.register(clientId, label,
                description("Integrator of " + actor.name + " (" + actor.id + "): " + label)));
        try {
            ApiClientView view = QuarkusTransaction.requiringNew().call(() -> {
                ApiClient c = new ApiClient();
                c.id = UUID.randomUUID();
                c.actorId = actor.id;
                c.name = label;
                c.clientId = clientId;
                c.keycloakId = registered.keycloakId();
                c.createdBySubject = people.touch();
                c.createdByName = user.name();
                c.createdAt = now();
                c.persist();
                audit.record("api-client.created", "api-client", c.id, Map.of("actor", actor.id.toString(), "clientId", clientId,
                        "name", label));
                return view(c);
            });
            return new ApiClientSecret(view, registered.secret(), tokenUrl());
        } catch (RuntimeException e) {
            registry.remove(registered.keycloakId());
            throw e;
        }
    }

    /** A new secret at Keycloak (the old one stops working at once); shown in the answer only. */
    public ApiClientSecret rotateSecret(UUID actorId, UUID id) {
        ApiClient found = QuarkusTransaction.joiningExisting().call(() -> client(actorId, id));
        if (found.isRevoked()) {
            throw new ProblemException(ProblemType.CONFLICT, "This client is revoked; register a new one");
        }
        String secret = call(() -> registry.rotateSecret(found.keycloakId));
        ApiClientView view = QuarkusTransaction.requiringNew().call(() -> {
            ApiClient c = ApiClient.findById(id);
            c.secretRotatedAt = now();
            people.touch();
            audit.record("api-client.secret-rotated", "api-client", c.id, Map.of("actor", actorId.toString(), "clientId", c.clientId));
            return view(c);
        });
        return new ApiClientSecret(view, secret, tokenUrl());
    }

    /**
     * Revokes a client: first here, so the API refuses its tokens at once, then at Keycloak, which
     * then issues it no more tokens. Idempotent; a repeat disables it at Keycloak again, so a
     * revocation Keycloak missed (503) is completed by asking again.
     */
    public ApiClientView revoke(UUID actorId, UUID id) {
        ApiClient found = QuarkusTransaction.joiningExisting().call(() -> client(actorId, id));
        ApiClientView view = QuarkusTransaction.requiringNew().call(() -> {
            ApiClient c = ApiClient.findById(id);
            if (!c.isRevoked()) {
                c.revokedAt = now();
                people.touch();
                audit.record("api-client.revoked", "api-client", c.id, Map.of("actor", actorId.toString(), "clientId", c.clientId));
            }
            return view(c);
        });
        try {
            registry.disable(found.keycloakId);
        } catch (ApiClientRegistry.Unavailable e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The client is revoked here (the API refuses its tokens),"
                    + " but Keycloak could not be reached to disable it; revoke it again later");
        }
        return view;
    }

    // --- helpers ---

    /** The actor, if the caller may manage its API clients: 404 when they may not see it, 403 when not its owner. */
    private Actor managed(UUID actorId) {
        Actor actor = actors.findVisible(actorId.toString());
        if (!policy.canManage(user, actors.roleOf(actor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners manage its API clients");
        }
        return actor;
    }

    private ApiClient client(UUID actorId, UUID id) {
        managed(actorId);
        ApiClient c = ApiClient.findById(id);
        if (c == null || !c.actorId.equals(actorId)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "The actor has no API client " + id);
        }
        return c;
    }

    private static <T> T call(java.util.function.Supplier<T> keycloakCall) {
        try {
            return keycloakCall.get();
        } catch (ApiClientRegistry.Unavailable e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Keycloak could not be reached; nothing was changed. Try again later");
        }
    }

    /** Now, as PostgreSQL stores it (microseconds), so an answer shows what later reads show. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String tokenUrl() {
        return issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token";
    }

    private static String prefix(String slug) {
        String s = Slugs.of(slug);
        return s.length() > 24 ? s.substring(0, 24).replaceAll("-+$", "") : s;
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Keycloak keeps at most 255 characters of a client's description. */
    private static String description(String text) {
        return text.length() <= 255 ? text : text.substring(0, 254) + "…";
    }

    static ApiClientView view(ApiClient c) {
        return new ApiClientView(c.id, c.actorId, c.name, c.clientId, c.isRevoked() ? ApiClientStatus.REVOKED : ApiClientStatus.ACTIVE,
                c.createdAt, c.createdByName == null ? null : new Creator(c.createdByName), c.secretRotatedAt, c.revokedAt);
    }
}
