package se.digitalimpactnorth.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorService;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.webhook.WebhookEvents;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.Ids;
import se.digitalimpactnorth.common.Locks;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.common.Slugs;
import se.digitalimpactnorth.common.Tags;
import se.digitalimpactnorth.common.Upserted;
import se.digitalimpactnorth.feed.CalendarWriter;
import se.digitalimpactnorth.person.PersonService;
import se.digitalimpactnorth.resource.ResourceDtos.EventDetails;
import se.digitalimpactnorth.resource.ResourceDtos.FacilityDetails;
import se.digitalimpactnorth.resource.ResourceDtos.Occurrence;
import se.digitalimpactnorth.resource.ResourceDtos.ReceivedInvitation;
import se.digitalimpactnorth.resource.ResourceDtos.ReceivedInvitationList;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceInput;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceView;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/**
 * Creates, reads, edits, publishes and archives resources; moderators take them down and restore
 * them; invited actors answer co-organiser invitations. Owns transactions and the audit trail.
 */
@ApplicationScoped
public class ResourceService {

    @Inject
    CurrentUser user;

    @Inject
    ResourcePolicy policy;

    @Inject
    ActorService actors;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    @Inject
    WebhookEvents webhooks;

    /** Stored JSON leaves out what was not given, so details read back as they were sent. */
    private final ObjectMapper json;

    @Inject
    ResourceService(ObjectMapper restMapper) {
        this.json = restMapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourceView get(String idOrSlug) {
        Resource resource = findVisible(idOrSlug);
        return view(resource, actors.roleOf(resource.actor));
    }

    @Transactional
    public ResourceView create(ResourceInput input) {
        Resource created = create(input, null);
        return view(created, actors.roleOf(created.actor));
    }

    /** Creates a draft; {@code externalId} is the publisher's integrator's own id for it, or null. */
    private Resource create(ResourceInput input, String externalId) {
        Actor publisher = Actor.<Actor>findByIdOptional(input.actorId())
                .orElseThrow(() -> ProblemException.invalidField("actorId", "is not an actor"));
        MemberRole role = actors.roleOf(publisher);
        if (!policy.canEdit(user, publisher.id, role)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the owners and editors of an actor add its resources");
        }
        if (!policy.canPublishFor(publisher.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an active actor adds resources; this one is "
                    + publisher.status.name().toLowerCase(Locale.ROOT));
        }
        people.touch();
        Resource resource = new Resource();
        resource.id = UUID.randomUUID();
        resource.actor = publisher;
        resource.kind = input.kind();
        resource.status = ResourceStatus.DRAFT;
        resource.externalId = externalId;
        resource.createdAt = OffsetDateTime.now();
        resource.updatedAt = resource.createdAt;
        List<Occurrence> occurrences = apply(resource, input);
        resource.slug = uniqueSlug(Slugs.of(firstNonBlank(input.title().sv(), input.title().en())));
        resource.persist();
        replaceOccurrences(resource, occurrences);
        audit.record("resource.created", "resource", resource.id, Map.of("kind", resource.kind.name(),
                "actor", publisher.id.toString()));
        Resource.flush();
        return resource;
    }

    @Transactional
    public ResourceView update(UUID id, String ifMatch, ResourceInput input) {
        Resource resource = findVisible(id.toString());
        MemberRole role = actors.roleOf(resource.actor);
        requireChange(resource, role, "edit");
        Locks.forUpdate(resource);
        ETags.requireMatch(ifMatch, resource.version);
        if (input.kind() != resource.kind) {
            throw ProblemException.invalidField("kind", "cannot change; it is " + resource.kind);
        }
        if (!input.actorId().equals(resource.actor.id)) {
            throw ProblemException.invalidField("actorId", "cannot change; the publisher is " + resource.actor.id);
        }
        people.touch();
        List<Occurrence> occurrences = apply(resource, input);
        resource.updatedAt = OffsetDateTime.now();
        replaceOccurrences(resource, occurrences);
        audit.record("resource.updated", "resource", resource.id, Map.of("version", resource.version + 1));
        Resource.flush();
        return view(resource, role);
    }

    @Transactional
    public ResourceView publish(UUID id, String ifMatch) {
        Resource resource = findVisible(id.toString());
        MemberRole role = actors.roleOf(resource.actor);
        requireChange(resource, role, "publish");
        return transition(resource, role, ifMatch, ResourceStatus.PUBLISHED);
    }

    @Transactional
    public ResourceView archive(UUID id, String ifMatch) {
        Resource resource = findVisible(id.toString());
        MemberRole role = actors.roleOf(resource.actor);
        requireChange(resource, role, "archive");
        return transition(resource, role, ifMatch, ResourceStatus.ARCHIVED);
    }

    /** Editors change their resources, except while a moderator has taken it down. */
    private void requireChange(Resource resource, MemberRole role, String verb) {
        if (!policy.canEdit(user, resource.actor.id, role)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the publisher's owners and editors " + verb + " this resource");
        }
        if (!policy.canChange(user, role, resource)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A moderator has taken this resource down (" + resource.takedownReason
                    + "); only a moderator restores it");
        }
    }

    /**
     * A moderator takes a resource down: it leaves every public read, and its editors can neither
     * change nor republish it until a moderator restores it. The reason is shown to its people.
     */
    @Transactional
    public ResourceView takeDown(UUID id, String ifMatch, String reason) {
        Resource resource = moderated(id, ifMatch);
        if (resource.isTakenDown()) {
            throw new ProblemException(ProblemType.CONFLICT, "It is already taken down");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProblemException.invalidField(new FieldError("reason", FieldError.REQUIRED, "a takedown needs a reason the publisher's people can read"));
        }
        // Touch the person first: its query flushes, and one flush is one version.
        String moderator = people.touch();
        resource.takenDownAt = OffsetDateTime.now();
        resource.takedownReason = why;
        resource.takenDownBy = moderator;
        resource.updatedAt = resource.takenDownAt;
        audit.record("resource.taken-down", "resource", resource.id, Map.of("reason", why, "status", resource.status.name()));
        Resource.flush();
        return view(resource, actors.roleOf(resource.actor));
    }

    /** A moderator lifts a takedown: the resource is again as its editors left it (published, draft or archived). */
    @Transactional
    public ResourceView restore(UUID id, String ifMatch) {
        Resource resource = moderated(id, ifMatch);
        if (!resource.isTakenDown()) {
            throw new ProblemException(ProblemType.CONFLICT, "It is not taken down");
        }
        people.touch();
        String reason = resource.takedownReason;
        resource.takenDownAt = null;
        resource.takedownReason = null;
        resource.takenDownBy = null;
        resource.updatedAt = OffsetDateTime.now();
        audit.record("resource.restored", "resource", resource.id, Map.of("takedownReason", reason, "status", resource.status.name()));
        Resource.flush();
        return view(resource, actors.roleOf(resource.actor));
    }

    private Resource moderated(UUID id, String ifMatch) {
        if (!policy.canModerate(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only moderators take resources down and restore them");
        }
        Resource resource = Resource.<Resource>findByIdOptional(id).orElseThrow(() -> notFound(id.toString()));
        Locks.forUpdate(resource, ifMatch, () -> resource.version);
        return resource;
    }

    // --- co-organiser invitations ---

    /** The invitations an actor has not answered yet; for its owners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReceivedInvitationList invitations(UUID actorId) {
        if (!policy.canAnswerInvitation(user, actors.roleIn(actorId))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners see its co-organiser invitations");
        }
        return new ReceivedInvitationList(CoOrganiser.<CoOrganiser>find(
                        "from CoOrganiser c join fetch c.resource r join fetch r.actor where c.actor.id = ?1 and c.status = ?2"
                                + " order by c.invitedAt desc", actorId, CoOrganiser.Status.PENDING)
                .stream().map(ResourceMapper::received).toList());
    }

    /** How many unanswered co-organiser invitations each of these actors has (actors without any are left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> pendingInvitationCounts(java.util.Collection<UUID> actorIds) {
        Map<UUID, Integer> counts = new java.util.HashMap<>();
        if (!actorIds.isEmpty()) {
            CoOrganiser.getEntityManager().createQuery("select c.id.actorId, count(c) from CoOrganiser c"
                            + " where c.id.actorId in :actors and c.status = :pending group by c.id.actorId", Object[].class)
                    .setParameter("actors", actorIds).setParameter("pending", CoOrganiser.Status.PENDING)
                    .getResultList().forEach(row -> counts.put((UUID) row[0], ((Long) row[1]).intValue()));
        }
        return counts;
    }

    /** The invited actor's owner accepts: the resource shows it as co-organiser and appears in its lists and feeds. */
    @Transactional
    public ReceivedInvitation accept(UUID resourceId, UUID actorId) {
        CoOrganiser invitation = invitation(resourceId, actorId);
        if (invitation.status != CoOrganiser.Status.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT, "The invitation is already "
                    + invitation.status.name().toLowerCase(Locale.ROOT) + (invitation.status == CoOrganiser.Status.DECLINED
                            ? "; the publisher names the actor again to invite it anew" : ""));
        }
        return answer(invitation, CoOrganiser.Status.ACCEPTED);
    }

    /** The invited actor's owner declines, or withdraws from co-organising it accepted earlier. */
    @Transactional
    public ReceivedInvitation decline(UUID resourceId, UUID actorId) {
        CoOrganiser invitation = invitation(resourceId, actorId);
        if (invitation.status == CoOrganiser.Status.DECLINED) {
            throw new ProblemException(ProblemType.CONFLICT, "The invitation is already declined");
        }
        return answer(invitation, CoOrganiser.Status.DECLINED);
    }

    private CoOrganiser invitation(UUID resourceId, UUID actorId) {
        CoOrganiser invitation = CoOrganiser.findById(new CoOrganiser.Key(resourceId, actorId));
        if (invitation == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Actor " + actorId + " is not invited to co-organise resource " + resourceId);
        }
        if (!policy.canAnswerInvitation(user, actors.roleOf(invitation.actor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the invited actor's owners answer the invitation");
        }
        // Two owners answering at once: the second waits, then finds it answered.
        Locks.forUpdate(invitation);
        return invitation;
    }

    private ReceivedInvitation answer(CoOrganiser invitation, CoOrganiser.Status to) {
        CoOrganiser.Status was = invitation.status;
        invitation.status = to;
        invitation.answeredAt = OffsetDateTime.now();
        invitation.answeredBy = people.touch();
        audit.record("resource.co-organiser." + to.name().toLowerCase(Locale.ROOT), "resource", invitation.id.resourceId(),
                Map.of("actor", invitation.id.actorId().toString(), "before", Map.of("status", was.name()),
                        "after", Map.of("status", to.name())));
        CoOrganiser.flush();
        return ResourceMapper.received(invitation);
    }

    private ResourceView transition(Resource resource, MemberRole role, String ifMatch, ResourceStatus to) {
        Locks.forUpdate(resource, ifMatch, () -> resource.version);
        if (resource.status == to) {
            throw new ProblemException(ProblemType.CONFLICT, "It is already " + to.name().toLowerCase(Locale.ROOT));
        }
        people.touch();
        move(resource, to);
        Resource.flush();
        return view(resource, role);
    }

    /** One event as iCalendar, for "add to calendar"; 404 for other kinds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String calendar(String idOrSlug, String spaUrl) {
        Resource r = findVisible(idOrSlug);
        if (r.kind != ResourceKind.EVENT) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Only events have a calendar entry; this is a " + r.kind);
        }
        Object venue = r.details.get("venue");
        String location = venue instanceof Map<?, ?> v
                ? String.join(", ", java.util.stream.Stream.of(v.get("name"), v.get("address"))
                        .filter(x -> x != null).map(Object::toString).toList())
                : null;
        String summary = firstNonBlank(r.titleSv, r.titleEn);
        String description = r.summarySv != null ? r.summarySv : r.summaryEn;
        return CalendarWriter.write(List.of(new CalendarWriter.CalendarEvent(r.id + "@digitalimpactnorth.se", summary,
                description, location == null || location.isBlank() ? null : location,
                java.net.URI.create(spaUrl.replaceAll("/+$", "") + "/resurser/" + r.slug),
                r.startsAt, r.endsAt, r.timeZone, r.rrule, "CANCELLED".equals(r.eventStatus), r.version,
                r.updatedAt.toInstant(), r.latitude, r.longitude)));
    }

    // --- upsert by external id (integrators' sync) ---

    /** The resource the actor's integrator knows by {@code externalId}, if the caller may read it; else a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourceView getByExternalId(UUID actorId, String externalId) {
        Resource resource = byExternalId(actorId, externalId)
                .filter(r -> policy.canRead(user, r, actors.roleOf(r.actor)))
                .orElseThrow(() -> notFoundByExternalId(actorId, externalId));
        return view(resource, actors.roleOf(resource.actor));
    }

    /**
     * Creates or replaces the resource the actor knows by {@code externalId}, and moves it to
     * {@code status} when one is given, through the same checks as create, update, publish and
     * archive. The same input twice writes nothing the second time: the state the entity would
     * read back as is compared before and after, and when neither it nor the status moved the
     * transaction is rolled back (no version, no audit entry, the same ETag).
     */
    @Transactional
    public Upserted<ResourceView> upsert(UUID actorId, String externalId, String ifMatch, ResourceStatus status, ResourceInput input) {
        Actor publisher = upserter(actorId);
        MemberRole role = actors.roleOf(publisher);
        if (!actorId.equals(input.actorId())) {
            throw ProblemException.invalidField("actorId", "must be the actor of the path, " + actorId);
        }
        // Two upserts of one new id at once: the second waits here, then finds the first's row.
        Locks.name("resource.external-id:" + actorId + ":" + externalId);
        Optional<Resource> existing = byExternalId(actorId, externalId);
        if (existing.isEmpty()) {
            if (ifMatch != null) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match names a version, but there is no resource "
                        + externalId + " yet");
            }
            Resource created = create(input, externalId);
            if (status != null && status != ResourceStatus.DRAFT) {
                people.touch();
                move(created, status);
            }
            Resource.flush();
            return new Upserted<>(Upserted.Outcome.created, view(created, role));
        }
        Resource resource = existing.get();
        requireChange(resource, role, "edit");
        Locks.forUpdate(resource, ifMatch, () -> resource.version);
        if (input.kind() != resource.kind) {
            throw ProblemException.invalidField("kind", "cannot change; it is " + resource.kind);
        }
        ResourceView current = view(resource, role);
        // Touch the person first: its query flushes, and one flush is one version.
        people.touch();
        JsonNode before = readBack(resource);
        List<Occurrence> occurrences = apply(resource, input);
        boolean changed = !before.equals(readBack(resource));
        ResourceStatus to = status == null ? resource.status : status;
        if (!changed && to == resource.status) {
            // apply() rewrote the collections in memory; none of it may reach the database.
            Panache.setRollbackOnly();
            return new Upserted<>(Upserted.Outcome.unchanged, current);
        }
        resource.updatedAt = OffsetDateTime.now();
        if (to != resource.status) {
            move(resource, to);
        }
        if (changed) {
            audit.record("resource.updated", "resource", resource.id, Map.of("version", resource.version + 1,
                    "externalId", externalId));
            replaceOccurrences(resource, occurrences);
        }
        Resource.flush();
        return new Upserted<>(Upserted.Outcome.updated, view(resource, role));
    }

    /** A 404 for an unknown actor, a 403 unless the caller may upsert its resources: a batch checks it once, up front. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireUpsertRights(UUID actorId) {
        upserter(actorId);
    }

    private Actor upserter(UUID actorId) {
        Actor publisher = Actor.<Actor>findByIdOptional(actorId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no actor " + actorId));
        if (!policy.canEdit(user, actorId, actors.roleOf(publisher))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the owners and editors of an actor, and its integrators, upsert its resources");
        }
        return publisher;
    }

    /** Archives the resource the actor knows by {@code externalId}; already archived is done already (idempotent). */
    @Transactional
    public void archiveByExternalId(UUID actorId, String externalId, String ifMatch) {
        Resource resource = byExternalId(actorId, externalId)
                .filter(r -> policy.canRead(user, r, actors.roleOf(r.actor)))
                .orElseThrow(() -> notFoundByExternalId(actorId, externalId));
        requireChange(resource, actors.roleOf(resource.actor), "archive");
        Locks.forUpdate(resource, ifMatch, () -> resource.version);
        if (resource.status != ResourceStatus.ARCHIVED) {
            people.touch();
            resource.updatedAt = OffsetDateTime.now();
            move(resource, ResourceStatus.ARCHIVED);
            Resource.flush();
        }
    }

    /**
     * A status move, by the rules of publish and archive (and so of upserts): a draft or archived
     * resource is published (only for an active publisher), any other archived; nothing goes back
     * to draft. The caller has locked the row, checked the takedown and touched the person.
     */
    private void move(Resource resource, ResourceStatus to) {
        if (to == ResourceStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, "A resource that was " + resource.status.name().toLowerCase(Locale.ROOT)
                    + " does not go back to draft; archive it instead");
        }
        if (to == ResourceStatus.PUBLISHED && !policy.canPublishFor(resource.actor.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an active actor publishes");
        }
        ResourceStatus was = resource.status;
        resource.status = to;
        resource.updatedAt = OffsetDateTime.now();
        if (to == ResourceStatus.PUBLISHED && resource.publishedAt == null) {
            resource.publishedAt = resource.updatedAt;
        }
        audit.record("resource." + to.name().toLowerCase(Locale.ROOT), "resource", resource.id,
                Map.of("before", Map.of("status", was.name()), "after", Map.of("status", to.name())));
    }

    private static Optional<Resource> byExternalId(UUID actorId, String externalId) {
        return Resource.find("actor.id = ?1 and externalId = ?2", actorId, externalId).firstResultOptional();
    }

    private static ProblemException notFoundByExternalId(UUID actorId, String externalId) {
        return new ProblemException(ProblemType.NOT_FOUND, "Actor " + actorId + " has no resource with external id " + externalId);
    }

    /**
     * What the resource holds that its input sets, normalised as stored (trimmed text, normalised
     * tags, the kind's details as kept): equal before and after an upsert exactly when the upsert
     * changed nothing. Lists that are sets in meaning are sorted. JSON, so numbers compare by value.
     */
    private JsonNode readBack(Resource r) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", List.of(String.valueOf(r.titleSv), String.valueOf(r.titleEn)));
        state.put("summary", java.util.Arrays.asList(r.summarySv, r.summaryEn));
        state.put("body", java.util.Arrays.asList(r.bodySv, r.bodyEn));
        state.put("language", r.language);
        state.put("tags", List.copyOf(r.tags));
        state.put("technologyAreas", r.technologyAreas.stream().map(a -> a.code).sorted().toList());
        state.put("sdgs", r.sdgs.stream().sorted().toList());
        state.put("municipality", r.municipality == null ? null : r.municipality.code);
        state.put("location", java.util.Arrays.asList(r.latitude, r.longitude));
        state.put("links", r.links);
        state.put("contact", r.contact);
        state.put("details", r.details);
        state.put("coOrganisers", r.coOrganisers.stream().map(c -> c.id.actorId().toString()).sorted().toList());
        try {
            return json.readTree(json.writeValueAsString(state));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- reading ---

    Resource findVisible(String idOrSlug) {
        Optional<Resource> found = Ids.parse(idOrSlug).map(id -> Resource.<Resource>findById(id))
                .or(() -> Resource.find("slug", idOrSlug).firstResultOptional());
        Resource resource = found.orElseThrow(() -> notFound(idOrSlug));
        if (!policy.canRead(user, resource, actors.roleOf(resource.actor))) {
            throw notFound(idOrSlug);
        }
        return resource;
    }

    private ResourceView view(Resource r, MemberRole role) {
        List<Occurrence> occurrences = r.kind != ResourceKind.EVENT ? List.of()
                : EventOccurrence.<EventOccurrence>find("id.resourceId = ?1 and endsAt >= ?2 order by id.startsAt",
                                r.id, OffsetDateTime.now()).range(0, 19).list().stream()
                        .map(o -> new Occurrence(o.id.startsAt(), o.endsAt)).toList();
        return ResourceMapper.view(r, occurrences, policy.canChange(user, role, r), policy.canSeeHidden(user, r.actor.id, role));
    }

    static ProblemException notFound(String idOrSlug) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no resource " + idOrSlug);
    }

    // --- writing ---

    /** Copies and validates the input; every field at fault is reported at once. Returns the occurrences of an event. */
    private List<Occurrence> apply(Resource r, ResourceInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(in.title().sv()) && isBlank(in.title().en())) {
            errors.add(new FieldError("title", FieldError.REQUIRED, "needs Swedish or English"));
        }
        r.titleSv = trim(in.title().sv());
        r.titleEn = trim(in.title().en());
        r.summarySv = in.summary() == null ? null : trim(in.summary().sv());
        r.summaryEn = in.summary() == null ? null : trim(in.summary().en());
        r.bodySv = in.body() == null ? null : trim(in.body().sv());
        r.bodyEn = in.body() == null ? null : trim(in.body().en());
        r.language = in.language() == null ? (r.titleSv != null ? "sv" : "en") : in.language();
        r.tags = Tags.normalise(in.tags());

        r.technologyAreas.clear();
        r.technologyAreas.addAll(areas(in.technologyAreas(), "technologyAreas", errors));
        r.sdgs.clear();
        if (in.sdgs() != null) {
            in.sdgs().forEach(n -> r.sdgs.add(n.shortValue()));
        }
        r.municipality = municipality(in.municipalityCode(), "municipalityCode", errors);
        r.latitude = in.location() == null ? null : in.location().lat();
        r.longitude = in.location() == null ? null : in.location().lon();
        r.links = in.links() == null ? new ArrayList<>() : in.links().stream().map(this::toMap).toList();
        r.contact = in.contact() == null ? null : toMap(in.contact());

        Map<UUID, CoOrganiser> named = new LinkedHashMap<>();
        r.coOrganisers.forEach(c -> named.put(c.id.actorId(), c));
        List<Actor> coOrganisers = new ArrayList<>();
        List<UUID> coIds = in.coOrganiserIds() == null ? List.of() : in.coOrganiserIds();
        for (int i = 0; i < coIds.size(); i++) {
            UUID coId = coIds.get(i);
            // Already named: kept with its answer, even if that actor is no longer active.
            Actor co = named.containsKey(coId) ? named.get(coId).actor : Actor.findById(coId);
            if (co == null || (!named.containsKey(coId) && co.status != ActorStatus.ACTIVE)) {
                errors.add(new FieldError("coOrganiserIds[" + i + "]", "is not an active actor"));
            } else if (co.id.equals(in.actorId())) {
                errors.add(new FieldError("coOrganiserIds[" + i + "]", "is the publisher itself"));
            } else if (!coOrganisers.contains(co)) {
                coOrganisers.add(co);
            }
        }

        List<Occurrence> occurrences = kindDetails(r, in, errors);
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
            throw new ProblemException(ProblemType.VALIDATION, detail, errors);
        }
        nameCoOrganisers(r, coOrganisers);
        return occurrences;
    }

    /**
     * Naming an actor invites it (its owners accept or decline); leaving it out removes its
     * invitation or co-organising. Actors named before keep their answer.
     */
    private void nameCoOrganisers(Resource r, List<Actor> wanted) {
        List<UUID> wantedIds = wanted.stream().map(a -> a.id).toList();
        r.coOrganisers.removeIf(c -> {
            if (wantedIds.contains(c.id.actorId())) {
                return false;
            }
            audit.record("resource.co-organiser.removed", "resource", r.id, Map.of("actor", c.id.actorId().toString(),
                    "status", c.status.name()));
            return true;
        });
        for (Actor actor : wanted) {
            if (r.coOrganisers.stream().noneMatch(c -> c.id.actorId().equals(actor.id))) {
                r.coOrganisers.add(CoOrganiser.invite(r, actor));
                audit.record("resource.co-organiser.invited", "resource", r.id, Map.of("actor", actor.id.toString()));
                webhooks.invitationReceived(actor.id, "resource", r.id, r.actor.id);
            }
        }
    }

    /** The kind's own details: the matching object is required where the kind needs one; the others must be absent. */
    private List<Occurrence> kindDetails(Resource r, ResourceInput in, List<FieldError> errors) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("event", in.event());
        given.put("meetingPlace", in.meetingPlace());
        given.put("horizonScan", in.horizonScan());
        given.put("researchResult", in.researchResult());
        given.put("education", in.education());
        given.put("supportUnit", in.supportUnit());
        given.put("facility", in.facility());
        given.put("seminarSeries", in.seminarSeries());
        String expected = detailsField(r.kind);
        given.forEach((field, value) -> {
            if (value != null && !field.equals(expected)) {
                errors.add(new FieldError(field, "does not belong to a " + r.kind + "; send " + expected));
            }
        });
        Object details = given.get(expected);
        boolean required = switch (r.kind) {
            case EVENT, HORIZON_SCAN, RESEARCH_RESULT, EDUCATION, LAB, TESTBED -> true;
            default -> false;
        };
        if (details == null && required) {
            errors.add(new FieldError(expected, FieldError.REQUIRED, "is required for a " + r.kind));
        }
        r.details = details == null ? Map.of() : toMap(details);
        clearKindColumns(r);
        List<Occurrence> occurrences = List.of();
        if (details instanceof EventDetails event) {
            EventSchedule schedule = EventSchedule.of(event, "event", errors);
            if (schedule.zone() != null && errors.stream().noneMatch(e -> e.field().startsWith("event."))) {
                occurrences = schedule.occurrences();
                if (occurrences == null) {
                    errors.add(new FieldError("event.recurrence", FieldError.TOO_MANY, "makes more than " + EventSchedule.MAX_OCCURRENCES + " occurrences",
                            FieldError.Params.range(null, EventSchedule.MAX_OCCURRENCES)));
                    occurrences = List.of();
                }
                r.startsAt = schedule.start();
                r.endsAt = schedule.end();
                r.timeZone = schedule.zone().getId();
                r.allDay = Boolean.TRUE.equals(event.allDay());
                r.rrule = schedule.rrule();
                r.eventStatus = (event.eventStatus() == null ? ResourceDtos.EventStatus.SCHEDULED : event.eventStatus()).name();
                r.attendanceMode = (event.attendanceMode() == null ? ResourceDtos.AttendanceMode.OFFLINE : event.attendanceMode()).name();
            }
            if (event.venue() != null) {
                municipality(event.venue().municipalityCode(), "event.venue.municipalityCode", errors);
            }
        } else if (details instanceof FacilityDetails facility) {
            areas(facility.domains(), "facility.domains", errors);
            if (facility.trlMin() != null && facility.trlMax() != null && facility.trlMin() > facility.trlMax()) {
                errors.add(new FieldError("facility.trlMax", "must not be below trlMin"));
            }
            r.accessCondition = facility.accessCondition().name();
            r.trlMin = facility.trlMin() == null ? null : facility.trlMin().shortValue();
            r.trlMax = facility.trlMax() == null ? null : facility.trlMax().shortValue();
        } else if (details instanceof ResourceDtos.SeminarSeriesDetails series && series.eventIds() != null) {
            for (int i = 0; i < series.eventIds().size(); i++) {
                Resource event = Resource.findById(series.eventIds().get(i));
                if (event == null || event.kind != ResourceKind.EVENT || !event.actor.id.equals(in.actorId())) {
                    errors.add(new FieldError("seminarSeries.eventIds[" + i + "]", "is not an event of the same actor"));
                }
            }
        }
        return occurrences;
    }

    static String detailsField(ResourceKind kind) {
        return switch (kind) {
            case EVENT -> "event";
            case MEETING_PLACE -> "meetingPlace";
            case HORIZON_SCAN -> "horizonScan";
            case RESEARCH_RESULT -> "researchResult";
            case EDUCATION -> "education";
            case PROJECT_OFFICE, BUSINESS_DEVELOPMENT_UNIT -> "supportUnit";
            case LAB, TESTBED -> "facility";
            case SEMINAR_SERIES -> "seminarSeries";
        };
    }

    private static void clearKindColumns(Resource r) {
        r.startsAt = null;
        r.endsAt = null;
        r.timeZone = null;
        r.allDay = null;
        r.rrule = null;
        r.eventStatus = null;
        r.attendanceMode = null;
        r.accessCondition = null;
        r.trlMin = null;
        r.trlMax = null;
    }

    private void replaceOccurrences(Resource r, List<Occurrence> occurrences) {
        if (r.kind != ResourceKind.EVENT) {
            return;
        }
        EventOccurrence.delete("id.resourceId", r.id);
        EventOccurrence.flush();
        for (Occurrence o : occurrences) {
            EventOccurrence row = new EventOccurrence();
            row.id = new EventOccurrence.Key(r.id, o.start());
            row.endsAt = o.end();
            row.persist();
        }
    }

    private List<TechnologyArea> areas(List<String> codes, String field, List<FieldError> errors) {
        List<TechnologyArea> found = new ArrayList<>();
        if (codes == null) {
            return found;
        }
        for (int i = 0; i < codes.size(); i++) {
            TechnologyArea area = TechnologyArea.findById(codes.get(i));
            if (area == null) {
                errors.add(new FieldError(field + "[" + i + "]", FieldError.NOT_ONE_OF, "is not a technology area of the vocabulary"));
            } else {
                found.add(area);
            }
        }
        return found;
    }

    private Municipality municipality(String code, String field, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        Municipality m = Municipality.findById(code);
        if (m == null) {
            errors.add(new FieldError(field, FieldError.NOT_ONE_OF, "is not a Swedish municipality code"));
        }
        return m;
    }

    private Map<String, Object> toMap(Object value) {
        return json.convertValue(value, new TypeReference<Map<String, Object>>() {});
    }

    private static String uniqueSlug(String base) {
        return Slugs.unique("resource", base, Set.of(), slug -> Resource.count("slug", slug) > 0);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static String firstNonBlank(String a, String b) {
        return isBlank(a) ? (isBlank(b) ? "resource" : b) : a;
    }
}
