package se.digitalimpactnorth.me;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.person.AccountDirectory;
import se.digitalimpactnorth.person.PersonService;

/**
 * A person's own data: the export of everything stored about them (GDPR Art. 15 and 20) and the
 * erasure of their account (Art. 17). What is stored where is {@link PersonalData}'s business;
 * this service owns the transactions, the confirmation step and the call to Keycloak.
 */
@ApplicationScoped
public class MyDataService {

    private static final Logger LOG = Logger.getLogger(MyDataService.class);

    @Inject
    CurrentUser user;

    @Inject
    MyDataPolicy policy;

    @Inject
    PersonalData data;

    @Inject
    ErasureConfirmations confirmations;

    @Inject
    AccountDirectory accounts;

    @Inject
    AuditLog audit;

    @Inject
    PersonService people;

    @Inject
    EntityManager em;

    /** Replaced in no test: erasure tokens expire by the wall clock, and tests craft expired tokens instead. */
    private final Clock clock = Clock.systemUTC();

    /** Everything stored about the caller. */
    @Transactional
    public MyDataExport export() {
        String subject = person("Exports");
        Map<String, List<MyDataExport.CreatedObject>> created = data.created(subject);
        return new MyDataExport(now(), subject, data.profile(subject).orElse(null), data.memberships(subject),
                data.joinRequests(subject),
                new MyDataExport.Created(created.get("actors"), created.get("resources"), created.get("collaborations")),
                data.apiClients(subject), data.webhooks(subject), data.joinDecisions(subject), data.invitations(subject),
                data.takedowns(subject), data.idempotencyKeys(subject), data.auditEntries(subject), data.auditEntriesAbout(subject));
    }

    /**
     * What an erasure would do now, with a confirmation when it is possible. Makes the person
     * record if there is none yet (as GET /me does): the confirmation is bound to it.
     */
    @Transactional
    public ErasurePlan plan() {
        person("Erasures");
        String subject = people.touch();
        List<ErasurePlan.ActorNamed> blocking = data.solelyOwned(subject);
        List<ErasurePlan.EndingMembership> memberships = data.memberships(subject).stream()
                .map(m -> new ErasurePlan.EndingMembership(m.actorId(), m.actorName(), m.role())).toList();
        int pending = data.pendingJoinRequests(subject);
        if (!policy.canErase(blocking)) {
            return new ErasurePlan(false, blocking, memberships, pending, null, null);
        }
        ErasureConfirmations.Issued issued = confirmations.issue(subject, clock.instant());
        return new ErasurePlan(true, blocking, memberships, pending, issued.token(),
                OffsetDateTime.ofInstant(issued.expiresAt(), ZoneOffset.UTC));
    }

    /**
     * Erases the caller's account: the database changes first, in this transaction; then Keycloak
     * deletes the account; only then does the transaction commit. A Keycloak that cannot be reached
     * rolls everything back (503): the person keeps both their data and their login, and may try again.
     */
    @Transactional
    public void erase(String confirmation) {
        String subject = person("Erasures");
        if (confirmation == null || confirmation.isBlank()) {
            throw ProblemException.invalidField(new FieldError("confirmation", FieldError.REQUIRED,
                    "required: GET /api/v1/me/erasure gives one"));
        }
        data.lock(subject);
        if (!confirmations.isValid(confirmation, subject, clock.instant())) {
            throw ProblemException.invalidField(new FieldError("confirmation", FieldError.INVALID,
                    "not a confirmation of yours, or it has expired: GET /api/v1/me/erasure gives a new one"));
        }
        List<ErasurePlan.ActorNamed> blocking = data.solelyOwned(subject);
        if (!policy.canErase(blocking)) {
            throw new ProblemException(ProblemType.LAST_OWNER, "You are the only owner of "
                    + blocking.stream().map(a -> a.name() + " (" + a.slug() + ")").collect(Collectors.joining(", "))
                    + ": make someone else owner there first, then erase your account", null, Map.of("actors", blocking));
        }

        String pseudonym = "erased-" + UUID.randomUUID();
        List<MyDataExport.Membership> memberships = data.memberships(subject);
        int joinRequests = data.joinRequests(subject).size();
        MyDataExport.Profile profile = data.profile(subject).orElse(null);
        List<String> emails = new ArrayList<>();
        List<String> names = new ArrayList<>();
        emails.add(user.email());
        names.add(user.name());
        if (profile != null) {
            emails.add(profile.email());
            names.add(profile.name());
        }
        data.erase(subject, pseudonym, emails, names);

        // The actors' trails show that someone left, and the platform's that an account was erased:
        // both under the pseudonym, which nothing links to the person any more.
        for (MyDataExport.Membership m : memberships) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("subject", pseudonym);
            summary.put("before", Map.of("role", m.role()));
            summary.put("reason", "account erased");
            audit.recordAs(pseudonym, "member.left", "actor", m.actorId(), summary);
        }
        audit.recordAs(pseudonym, "person.erased", "person", pseudonym,
                Map.of("memberships", memberships.size(), "joinRequests", joinRequests));

        // Everything this transaction will check at commit is checked now (the deferred change-feed
        // triggers included), so that once Keycloak has deleted the account only the commit remains.
        em.flush();
        em.createNativeQuery("set constraints all immediate").executeUpdate();
        try {
            accounts.delete(subject);
        } catch (AccountDirectory.Unavailable e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "Keycloak could not be reached to delete your login; nothing was changed. Try again later");
        }
        LOG.infof("Erased an account; its audit entries now carry %s", pseudonym);
    }

    /** The caller's subject, if they are a person (401 anonymous, 403 an API client). */
    private String person(String what) {
        if (user.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!policy.isPersonsOwn(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, what + " are of a person's own data; an API client has none");
        }
        return user.subject();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
