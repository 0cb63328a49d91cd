package se.digitalimpactnorth.actor;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digitalimpactnorth.actor.ActorDtos.ActorInput;
import se.digitalimpactnorth.actor.ActorDtos.ActorPage;
import se.digitalimpactnorth.actor.ActorDtos.ActorView;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.collaboration.CollaborationProfiles;
import se.digitalimpactnorth.common.Cursor;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.Ids;
import se.digitalimpactnorth.common.Locks;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.common.Slugs;
import se.digitalimpactnorth.common.SqlLists;
import se.digitalimpactnorth.common.Tags;
import se.digitalimpactnorth.person.PersonService;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/** Registers, reads, edits and moderates actors. Owns the transactions and the audit trail. */
@ApplicationScoped
public class ActorService {

    @Inject
    jakarta.enterprise.event.Event<ActorStatusChanged> statusChanged;

    @Inject
    CurrentUser user;

    @Inject
    ActorPolicy policy;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    /** An actor's kind (its sector), municipality and status feed the boundary profiles of its collaborations. */
    @Inject
    CollaborationProfiles collaborationProfiles;

    /** The public list of active actors, on the search index. */
    @Inject
    ActorIndexQueries index;

    /**
     * The actors the caller may list, by name; only moderators may ask for other than active ones.
     * The active ones (what everyone sees) come from the search index, the others from SQL.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActorPage list(ActorFilter filter, Integer limit, String cursor) {
        int size = Cursor.limit(limit);
        ActorStatus status = filter.status() == null ? ActorStatus.ACTIVE : filter.status();
        if (status != ActorStatus.ACTIVE && user.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (status != ActorStatus.ACTIVE && !policy.canModerate(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only moderators list actors that are not active");
        }
        if (status == ActorStatus.ACTIVE) {
            return listActive(filter, size, cursor);
        }
        StringBuilder where = new StringBuilder("a.status = :status");
        Parameters params = Parameters.with("status", status);
        if (filter.sector() != null) {
            where.append(" and a.sector = :sector");
            params.and("sector", filter.sector());
        }
        if (filter.kind() != null) {
            where.append(" and a.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.municipality() != null) {
            where.append(" and a.municipality.code = :municipality");
            params.and("municipality", filter.municipality());
        }
        if (filter.county() != null) {
            where.append(" and a.municipality.county.code = :county");
            params.and("county", filter.county());
        }
        if (filter.technologyArea() != null) {
            where.append(" and exists (select 1 from a.technologyAreas t where t.code = :area)");
            params.and("area", filter.technologyArea());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(a.name) like :q escape '\\' or lower(coalesce(a.descriptionSv, '')) like :q escape '\\'"
                    + " or lower(coalesce(a.descriptionEn, '')) like :q escape '\\')");
            params.and("q", "%" + likeEscape(filter.q().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (cursor != null) {
            List<String> after = Cursor.decode(cursor);
            UUID afterId = Ids.require(after.get(1), "cursor");
            where.append(" and (lower(a.name) > :afterName or (lower(a.name) = :afterName and a.id > :afterId))");
            params.and("afterName", after.get(0)).and("afterId", afterId);
        }
        List<Actor> found = Actor.<Actor>find("from Actor a left join fetch a.municipality m left join fetch m.county where "
                        + where + " order by lower(a.name), a.id", params)
                .range(0, size).list();
        // One more than a page tells whether there is a next page without counting.
        boolean more = found.size() > size;
        List<Actor> page = more ? found.subList(0, size) : found;
        String next = more ? Cursor.encode(page.getLast().name.toLowerCase(Locale.ROOT), page.getLast().id.toString()) : null;
        return new ActorPage(page.stream().map(ActorMapper::summary).toList(), next);
    }

    private ActorPage listActive(ActorFilter filter, int size, String cursor) {
        SqlLists.Page page = index.list(filter, size, cursor);
        Map<UUID, Actor> byId = page.ids().isEmpty() ? Map.of()
                : Actor.<Actor>find("from Actor a left join fetch a.municipality m left join fetch m.county where a.id in ?1", page.ids())
                        .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        // The index follows the database within moments: an actor suspended meanwhile is left out.
        return new ActorPage(page.ids().stream().map(byId::get).filter(a -> a != null && a.status == ActorStatus.ACTIVE)
                .map(ActorMapper::summary).toList(), page.next());
    }

    /** An actor by id or slug, if the caller may see it; otherwise a 404 that reveals nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActorView get(String idOrSlug) {
        Actor actor = findVisible(idOrSlug);
        MemberRole role = roleOf(actor);
        return ActorMapper.view(actor, role, policy.canSeeInside(user, role));
    }

    @Transactional
    public ActorView create(ActorInput input) {
        if (!policy.canCreate(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only members register actors");
        }
        String subject = people.touch();
        Actor actor = new Actor();
        actor.id = UUID.randomUUID();
        actor.slug = uniqueSlug(Slugs.of(input.name()));
        actor.status = ActorStatus.PENDING;
        actor.createdAt = OffsetDateTime.now();
        apply(actor, input);
        actor.persist();

        Membership owner = new Membership();
        owner.id = new Membership.Key(actor.id, subject);
        owner.actor = actor;
        owner.person = se.digitalimpactnorth.person.Person.findById(subject);
        owner.role = MemberRole.OWNER;
        owner.createdAt = actor.createdAt;
        owner.persist();

        audit.record("actor.created", "actor", actor.id, Map.of("after", ActorMapper.auditFields(actor)));
        Actor.flush();
        return ActorMapper.view(actor, MemberRole.OWNER, true);
    }

    @Transactional
    public ActorView update(UUID id, String ifMatch, ActorInput input) {
        Actor actor = findVisible(id.toString());
        MemberRole role = roleOf(actor);
        if (!policy.canEdit(user, role)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners and editors edit it");
        }
        Locks.forUpdate(actor);
        ETags.requireMatch(ifMatch, actor.version);
        people.touch();
        Map<String, Object> before = ActorMapper.auditFields(actor);
        apply(actor, input);
        actor.updatedAt = OffsetDateTime.now();
        Map<String, Object> after = ActorMapper.auditFields(actor);
        if (!before.equals(after)) {
            audit.record("actor.updated", "actor", actor.id, AuditLog.diff(before, after));
        }
        if (!Objects.equals(before.get("kind"), after.get("kind"))
                || !Objects.equals(before.get("municipalityCode"), after.get("municipalityCode"))) {
            collaborationProfiles.refreshForActor(actor.id);
        }
        Actor.flush();
        return ActorMapper.view(actor, role, true);
    }

    /** Moves an actor between statuses: approve (pending → active), suspend, reinstate. */
    @Transactional
    public ActorView moderate(UUID id, String ifMatch, Transition transition, String reason) {
        if (!policy.canModerate(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only moderators approve, suspend and reinstate actors");
        }
        Actor actor = Actor.findById(id);
        if (actor == null) {
            throw notFound(id.toString());
        }
        Locks.forUpdate(actor, ifMatch, () -> actor.version);
        if (!transition.from.contains(actor.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "This actor cannot be " + transition.verb + ": it is "
                    + actor.status.name().toLowerCase(Locale.ROOT));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (transition == Transition.SUSPEND && why == null) {
            throw ProblemException.invalidField(new FieldError("reason", FieldError.REQUIRED, "a suspension needs a reason the owners can read"));
        }
        people.touch();
        ActorStatus was = actor.status;
        actor.status = transition.to;
        actor.statusReason = why;
        actor.updatedAt = OffsetDateTime.now();
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("before", Map.of("status", was.name()));
        summary.put("after", Map.of("status", actor.status.name()));
        if (why != null) {
            summary.put("reason", why);
        }
        audit.record("actor." + transition.verb, "actor", actor.id, summary);
        // Only an active actor counts in a collaboration: its profiles change with its status.
        collaborationProfiles.refreshForActor(actor.id);
        statusChanged.fire(new ActorStatusChanged(actor.id));
        Actor.flush();
        return ActorMapper.view(actor, roleOf(actor), true);
    }

    /** The moderation transitions. Suspending a pending actor is how a moderator turns a registration down. */
    public enum Transition {
        APPROVE(Set.of(ActorStatus.PENDING), ActorStatus.ACTIVE, "approved"),
        SUSPEND(Set.of(ActorStatus.PENDING, ActorStatus.ACTIVE), ActorStatus.SUSPENDED, "suspended"),
        REINSTATE(Set.of(ActorStatus.SUSPENDED), ActorStatus.ACTIVE, "reinstated");

        final Set<ActorStatus> from;
        final ActorStatus to;
        final String verb;

        Transition(Set<ActorStatus> from, ActorStatus to, String verb) {
            this.from = from;
            this.to = to;
            this.verb = verb;
        }
    }

    // --- shared with MembershipService and the collaborations of an actor ---

    /** An actor by id or slug, if the caller may see it; otherwise a 404 that reveals nothing. */
    public Actor findVisible(String idOrSlug) {
        Optional<Actor> found = Ids.parse(idOrSlug).map(id -> Actor.<Actor>findById(id))
                .or(() -> Actor.find("slug", idOrSlug).firstResultOptional());
        Actor actor = found.orElseThrow(() -> notFound(idOrSlug));
        if (!policy.canRead(user, actor, roleOf(actor))) {
            throw notFound(idOrSlug);
        }
        return actor;
    }

    /** The caller's role in the actor, or null (also for anonymous callers). */
    public MemberRole roleOf(Actor actor) {
        return user.subjectIfKnown()
                .<Membership>map(subject -> Membership.findById(new Membership.Key(actor.id, subject)))
                .map(m -> m.role)
                .orElse(null);
    }

    /**
     * The caller's role in the actor with this id, or null; a 404 when there is no such actor
     * (the invitation inboxes of resources and collaborations ask this before their policy).
     */
    public MemberRole roleIn(UUID actorId) {
        return roleOf(Actor.<Actor>findByIdOptional(actorId).orElseThrow(() -> notFound(actorId.toString())));
    }

    static ProblemException notFound(String idOrSlug) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no actor " + idOrSlug);
    }

    // --- helpers ---

    private void apply(Actor actor, ActorInput input) {
        actor.name = input.name().strip();
        actor.kind = input.kind();
        actor.orgNumber = blankToNull(input.orgNumber());
        if (actor.orgNumber != null && Actor.count("orgNumber = ?1 and id <> ?2", actor.orgNumber, actor.id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "orgNumber: another actor has organisation number " + actor.orgNumber,
                    List.of(new se.digitalimpactnorth.common.Problem.FieldError("orgNumber", "is already registered")));
        }
        actor.descriptionSv = input.description() == null ? null : blankToNull(input.description().sv());
        actor.descriptionEn = input.description() == null ? null : blankToNull(input.description().en());
        actor.website = blankToNull(input.website());
        actor.logoUrl = blankToNull(input.logoUrl());
        actor.contactEmail = blankToNull(input.contactEmail());
        if (input.municipalityCode() == null) {
            actor.municipality = null;
        } else {
            actor.municipality = Municipality.<Municipality>findByIdOptional(input.municipalityCode())
                    .orElseThrow(() -> ProblemException.invalidField(new FieldError("municipalityCode", FieldError.NOT_ONE_OF, "is not a Swedish municipality code")));
        }
        actor.latitude = input.location() == null ? null : input.location().lat();
        actor.longitude = input.location() == null ? null : input.location().lon();
        actor.technologyAreas.clear();
        List<String> codes = input.technologyAreas() == null ? List.of() : input.technologyAreas();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int index = i;
            actor.technologyAreas.add(TechnologyArea.<TechnologyArea>findByIdOptional(code)
                    .orElseThrow(() -> ProblemException.invalidField(new FieldError("technologyAreas[" + index + "]",
                            FieldError.NOT_ONE_OF, "is not a technology area of the vocabulary"))));
        }
        actor.competences = Tags.normalise(input.competences());
        if (actor.updatedAt == null) {
            actor.updatedAt = actor.createdAt;
        }
    }

    /** Words the SPA's routes use after /aktorer/, which no actor may take as its slug. */
    private static final Set<String> RESERVED_SLUGS = Set.of("ny", "new", "redigera", "edit", "sok", "search");

    private static String uniqueSlug(String base) {
        return Slugs.unique("actor", base, RESERVED_SLUGS, slug -> Actor.count("slug", slug) > 0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
