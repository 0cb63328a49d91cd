package se.digitalimpactnorth.collaboration;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.actor.ActorPolicy;
import se.digitalimpactnorth.actor.ActorService;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.audit.AuditLog;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeAreaRef;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationInput;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationView;
import se.digitalimpactnorth.collaboration.CollaborationDtos.FundingLineInput;
import se.digitalimpactnorth.collaboration.CollaborationDtos.LinkedResource;
import se.digitalimpactnorth.collaboration.CollaborationPolicy.Standing;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.Ids;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.Locks;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.common.Slugs;
import se.digitalimpactnorth.common.Upserted;
import se.digitalimpactnorth.person.PersonService;
import se.digitalimpactnorth.resource.Resource;
import se.digitalimpactnorth.resource.ResourcePolicy;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/**
 * Creates, reads, edits, publishes and archives collaborations; moderators take them down and
 * restore them. Owns the transactions, the audit trail and the stored boundary profile (every
 * change recomputes it). Participants and invitations are ParticipantService's.
 */
@ApplicationScoped
public class CollaborationService {

    @Inject
    CurrentUser user;

    @Inject
    CollaborationPolicy policy;

    @Inject
    CollaborationProfiles profiles;

    @Inject
    KnowledgeAreas knowledge;

    @Inject
    ActorService actors;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CollaborationView get(String idOrSlug) {
        return view(findVisible(idOrSlug));
    }

    @Transactional
    public CollaborationView create(CollaborationInput input) {
        return view(create(input, null));
    }

    /** Starts a draft; {@code externalId} is the lead's integrator's own id for it, or null. */
    private Collaboration create(CollaborationInput input, String externalId) {
        Actor lead = Actor.<Actor>findByIdOptional(input.leadActorId())
                .orElseThrow(() -> ProblemException.invalidField(new FieldError("leadActorId", FieldError.NOT_ONE_OF, "is not an actor")));
        if (!policy.canEdit(user, lead.id, actors.roleOf(lead))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the owners and editors of an actor start a collaboration it leads");
        }
        if (!policy.canLeadFor(lead.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an active actor leads a collaboration; this one is "
                    + lead.status.name().toLowerCase(Locale.ROOT));
        }
        Fields fields = validate(input, Set.of(lead.id));
        String subject = people.touch();
        Collaboration c = new Collaboration();
        c.id = UUID.randomUUID();
        c.publication = Publication.DRAFT;
        c.externalId = externalId;
        c.externalActorId = externalId == null ? null : lead.id;
        c.createdAt = OffsetDateTime.now();
        c.updatedAt = c.createdAt;
        c.slug = uniqueSlug(Slugs.of(firstNonBlank(input.title().sv(), input.title().en())));
        c.participants.add(CollaborationParticipant.of(c, lead, ParticipantRole.LEAD, ParticipantStatus.ACCEPTED, subject));
        apply(c, input, fields);
        profiles.refresh(c);
        c.persist();
        audit.record("collaboration.created", "collaboration", c.id, Map.of("kind", c.kind.name(), "lead", lead.id.toString()));
        Collaboration.flush();
        return c;
    }

    @Transactional
    public CollaborationView update(UUID id, String ifMatch, CollaborationInput input) {
        Collaboration c = findVisible(id.toString());
        requireChange(c, "edit");
        Locks.forUpdate(c);
        ETags.requireMatch(ifMatch, c.version);
        Actor lead = c.lead();
        if (!input.leadActorId().equals(lead.id)) {
            throw ProblemException.invalidField(new FieldError("leadActorId", FieldError.INVALID,
                    "cannot change here (the lead is " + lead.id + "): hand the lead over with POST /api/v1/collaborations/" + c.id + "/lead"));
        }
        Set<UUID> involved = new LinkedHashSet<>();
        c.participants.stream().filter(CollaborationParticipant::involved).forEach(p -> involved.add(p.actor.id));
        Fields fields = validate(input, involved);
        people.touch();
        apply(c, input, fields);
        c.touch();
        profiles.refresh(c);
        audit.record("collaboration.updated", "collaboration", c.id, Map.of("version", c.version + 1));
        Collaboration.flush();
        return view(c);
    }

    @Transactional
    public CollaborationView publish(UUID id, String ifMatch) {
        Collaboration c = findVisible(id.toString());
        requireChange(c, "publish");
        return transition(c, ifMatch, Publication.PUBLISHED);
    }

    @Transactional
    public CollaborationView archive(UUID id, String ifMatch) {
        Collaboration c = findVisible(id.toString());
        requireChange(c, "archive");
        return transition(c, ifMatch, Publication.ARCHIVED);
    }

    /**
     * A moderator takes a collaboration down: it leaves every public read, and the lead's editors
     * can neither change nor republish it until a moderator restores it. Its people read the reason.
     */
    @Transactional
    public CollaborationView takeDown(UUID id, String ifMatch, String reason) {
        Collaboration c = moderated(id, ifMatch);
        if (c.isTakenDown()) {
            throw new ProblemException(ProblemType.CONFLICT, "It is already taken down");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProblemException.invalidField(new FieldError("reason", FieldError.REQUIRED,
                    "a takedown needs a reason the participants' people can read"));
        }
        // Touch the person first: its query flushes, and one flush is one version.
        String moderator = people.touch();
        c.takenDownAt = OffsetDateTime.now();
        c.takedownReason = why;
        c.takenDownBy = moderator;
        c.updatedAt = c.takenDownAt;
        audit.record("collaboration.taken-down", "collaboration", c.id, Map.of("reason", why, "publication", c.publication.name()));
        Collaboration.flush();
        return view(c);
    }

    /** A moderator lifts a takedown: the collaboration is again as its editors left it. */
    @Transactional
    public CollaborationView restore(UUID id, String ifMatch) {
        Collaboration c = moderated(id, ifMatch);
        if (!c.isTakenDown()) {
            throw new ProblemException(ProblemType.CONFLICT, "It is not taken down");
        }
        people.touch();
        String reason = c.takedownReason;
        c.takenDownAt = null;
        c.takedownReason = null;
        c.takenDownBy = null;
        c.touch();
        audit.record("collaboration.restored", "collaboration", c.id, Map.of("takedownReason", reason,
                "publication", c.publication.name()));
        Collaboration.flush();
        return view(c);
    }

    private Collaboration moderated(UUID id, String ifMatch) {
        if (!policy.canModerate(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only moderators take collaborations down and restore them");
        }
        Collaboration c = Collaboration.<Collaboration>findByIdOptional(id).orElseThrow(() -> notFound(id.toString()));
        Locks.forUpdate(c, ifMatch, () -> c.version);
        return c;
    }

    private CollaborationView transition(Collaboration c, String ifMatch, Publication to) {
        Locks.forUpdate(c, ifMatch, () -> c.version);
        if (c.publication == to) {
            throw new ProblemException(ProblemType.CONFLICT, "It is already " + to.name().toLowerCase(Locale.ROOT));
        }
        people.touch();
        move(c, to);
        Collaboration.flush();
        return view(c);
    }

    /**
     * The lead's owners, editors and integrators change a collaboration's content (edit, publish,
     * archive), except while a moderator has it taken down.
     */
    void requireChange(Collaboration c, String verb) {
        MemberRole leadRole = actors.roleOf(c.lead());
        requireLead(c, verb, policy.canEdit(user, c.lead().id, leadRole), policy.canChange(user, leadRole, c));
    }

    /**
     * The lead's owners and editors manage its participants (inviting, removing, handing the lead
     * over; for ParticipantService), except while a moderator has it taken down.
     */
    void requireParticipantChange(Collaboration c, String verb) {
        MemberRole leadRole = actors.roleOf(c.lead());
        requireLead(c, verb, ActorPolicy.actsFor(user, leadRole), policy.canManageParticipants(user, leadRole, c));
    }

    /** 403 unless the caller may: first for who they are, then for a takedown. */
    private void requireLead(Collaboration c, String verb, boolean mayAsLead, boolean mayNow) {
        if (!mayAsLead) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the lead's owners and editors " + verb + " this collaboration");
        }
        if (!mayNow) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A moderator has taken this collaboration down (" + c.takedownReason
                    + "); only a moderator restores it");
        }
    }

    // --- upsert by external id (integrators' sync) ---

    /** The collaboration the actor's integrator knows by {@code externalId}, if the caller may see it; else a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollaborationView getByExternalId(UUID actorId, String externalId) {
        return view(byExternalId(actorId, externalId)
                .filter(c -> policy.canSee(user, c, policy.standing(user, c)))
                .orElseThrow(() -> notFoundByExternalId(actorId, externalId)));
    }

    /**
     * Creates or replaces the collaboration the actor knows by {@code externalId} (the actor leads
     * it), and moves its publication to {@code publication} when one is given, through the same
     * checks as create, update, publish and archive. The same input twice writes nothing: the
     * state the collaboration reads back as is compared before and after, and when neither it nor
     * the publication moved the transaction is rolled back (no version, no audit entry).
     */
    @Transactional
    public Upserted<CollaborationView> upsert(UUID actorId, String externalId, String ifMatch, Publication publication,
            CollaborationInput input) {
        upserter(actorId);
        if (!actorId.equals(input.leadActorId())) {
            throw ProblemException.invalidField(new FieldError("leadActorId", FieldError.INVALID, "must be the actor of the path, " + actorId));
        }
        // Two upserts of one new id at once: the second waits here, then finds the first's row.
        Locks.name("collaboration.external-id:" + actorId + ":" + externalId);
        Optional<Collaboration> existing = byExternalId(actorId, externalId);
        if (existing.isEmpty()) {
            if (ifMatch != null) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match names a version, but there is no collaboration "
                        + externalId + " yet");
            }
            Collaboration c = create(input, externalId);
            if (publication != null && publication != Publication.DRAFT) {
                people.touch();
                move(c, publication);
            }
            Collaboration.flush();
            return new Upserted<>(Upserted.Outcome.created, view(c));
        }
        Collaboration c = existing.get();
        requireChange(c, "edit");
        Locks.forUpdate(c, ifMatch, () -> c.version);
        Actor currentLead = c.lead();
        if (!input.leadActorId().equals(currentLead.id)) {
            throw ProblemException.invalidField(new FieldError("leadActorId", FieldError.INVALID,
                    "cannot change here (the lead is " + currentLead.id + "): hand the lead over with POST /api/v1/collaborations/" + c.id + "/lead"));
        }
        Set<UUID> involved = new LinkedHashSet<>();
        c.participants.stream().filter(CollaborationParticipant::involved).forEach(p -> involved.add(p.actor.id));
        Fields fields = validate(input, involved);
        CollaborationView current = view(c);
        // Touch the person first: its query flushes, and one flush is one version.
        people.touch();
        Map<String, Object> before = readBack(c);
        apply(c, input, fields);
        boolean changed = !before.equals(readBack(c));
        Publication to = publication == null ? c.publication : publication;
        if (!changed && to == c.publication) {
            // apply() replaced the funding lines and sets in memory; none of it may reach the database.
            Panache.setRollbackOnly();
            return new Upserted<>(Upserted.Outcome.unchanged, current);
        }
        c.touch();
        if (to != c.publication) {
            move(c, to);
        }
        if (changed) {
            profiles.refresh(c);
            audit.record("collaboration.updated", "collaboration", c.id, Map.of("version", c.version + 1, "externalId", externalId));
        }
        Collaboration.flush();
        return new Upserted<>(Upserted.Outcome.updated, view(c));
    }

    /** A 404 for an unknown actor, a 403 unless the caller may upsert the collaborations it leads: a batch checks it once, up front. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireUpsertRights(UUID actorId) {
        upserter(actorId);
    }

    private Actor upserter(UUID actorId) {
        Actor lead = Actor.<Actor>findByIdOptional(actorId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no actor " + actorId));
        if (!policy.canEdit(user, lead.id, actors.roleOf(lead))) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only the owners and editors of an actor, and its integrators, upsert the collaborations it leads");
        }
        return lead;
    }

    /** Archives the collaboration the actor knows by {@code externalId}; already archived is done already (idempotent). */
    @Transactional
    public void archiveByExternalId(UUID actorId, String externalId, String ifMatch) {
        Collaboration c = byExternalId(actorId, externalId)
                .filter(x -> policy.canSee(user, x, policy.standing(user, x)))
                .orElseThrow(() -> notFoundByExternalId(actorId, externalId));
        requireChange(c, "archive");
        Locks.forUpdate(c, ifMatch, () -> c.version);
        if (c.publication != Publication.ARCHIVED) {
            people.touch();
            move(c, Publication.ARCHIVED);
            Collaboration.flush();
        }
    }

    /**
     * A publication move, by the rules of publish and archive (and so of upserts): published only
     * while the lead is active; nothing goes back to draft. The caller has locked the row, checked
     * the takedown and touched the person.
     */
    private void move(Collaboration c, Publication to) {
        if (to == Publication.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, "A collaboration that was " + c.publication.name().toLowerCase(Locale.ROOT)
                    + " does not go back to draft; archive it instead");
        }
        if (to == Publication.PUBLISHED && !policy.canLeadFor(c.lead().status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Only a collaboration whose lead is active is published");
        }
        Publication was = c.publication;
        c.publication = to;
        c.touch();
        if (to == Publication.PUBLISHED && c.publishedAt == null) {
            c.publishedAt = c.updatedAt;
        }
        audit.record("collaboration." + to.name().toLowerCase(Locale.ROOT), "collaboration", c.id,
                Map.of("before", Map.of("publication", was.name()), "after", Map.of("publication", to.name())));
    }

    private static Optional<Collaboration> byExternalId(UUID actorId, String externalId) {
        return Collaboration.find("externalActorId = ?1 and externalId = ?2", actorId, externalId).firstResultOptional();
    }

    private static ProblemException notFoundByExternalId(UUID actorId, String externalId) {
        return new ProblemException(ProblemType.NOT_FOUND, "Actor " + actorId + " has no collaboration with external id " + externalId);
    }

    /**
     * What the collaboration holds that its input sets, as stored (trimmed text; sets sorted;
     * funding lines in order, without their row ids): equal before and after an upsert exactly
     * when the upsert changed nothing.
     */
    private static Map<String, Object> readBack(Collaboration c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", c.kind);
        state.put("status", c.status);
        state.put("text", java.util.Arrays.asList(c.titleSv, c.titleEn, c.summarySv, c.summaryEn, c.descriptionSv, c.descriptionEn));
        state.put("period", java.util.Arrays.asList(c.startDate, c.endDate));
        state.put("website", String.valueOf(c.website));
        state.put("sdgs", c.sdgs.stream().sorted().toList());
        state.put("technologyAreas", c.technologyAreas.stream().map(t -> t.code).sorted().toList());
        state.put("knowledgeAreas", c.knowledgeAreaCodes.stream().sorted().toList());
        state.put("places", c.places.stream().map(m -> m.code).sorted().toList());
        state.put("linkedResources", c.linkedResourceIds.stream().map(UUID::toString).sorted().toList());
        state.put("funding", c.funding.stream().map(f -> java.util.Arrays.asList(
                f.funderActor == null ? null : f.funderActor.id, f.funderName, f.programme,
                f.amountSek == null ? null : f.amountSek.stripTrailingZeros().toPlainString(), f.type)).toList());
        return state;
    }

    // --- reading ---

    /** A collaboration by id or slug, if the caller may see it; otherwise a 404 that reveals nothing. */
    Collaboration findVisible(String idOrSlug) {
        Optional<Collaboration> found = Ids.parse(idOrSlug).map(id -> Collaboration.<Collaboration>findById(id))
                .or(() -> Collaboration.find("slug", idOrSlug).firstResultOptional());
        Collaboration c = found.orElseThrow(() -> notFound(idOrSlug));
        if (!policy.canSee(user, c, policy.standing(user, c))) {
            throw notFound(idOrSlug);
        }
        return c;
    }

    /** The collaboration as the caller may see it. */
    CollaborationView view(Collaboration c) {
        Standing standing = policy.standing(user, c);
        List<KnowledgeAreaRef> areas = c.knowledgeAreaCodes.stream().sorted()
                .map(code -> knowledge.ref(code).orElseThrow(() -> new IllegalStateException("unknown SSIF code " + code))).toList();
        return CollaborationMapper.view(c, profiles.stored(c), areas, linkedResources(c),
                policy.canChange(user, standing.inLead(), c), policy.canSeeInvitations(user, standing),
                policy.canSeeHidden(user, c, standing));
    }

    /** The linked resources the caller may read: public ones, and the hidden ones of actors the caller is in (moderators: all). */
    private List<LinkedResource> linkedResources(Collaboration c) {
        if (c.linkedResourceIds.isEmpty()) {
            return List.of();
        }
        List<Resource> found = Resource.<Resource>find("from Resource r join fetch r.actor where r.id in ?1", c.linkedResourceIds).list();
        return found.stream()
                .filter(r -> ResourcePolicy.isPublic(r) || ActorPolicy.seesHiddenContentOf(user, r.actor.id, actors.roleOf(r.actor)))
                .sorted(Comparator.comparing((Resource r) -> firstNonBlank(r.titleSv, r.titleEn)).thenComparing(r -> r.id))
                .map(r -> new LinkedResource(r.id, r.slug, r.kind, new LocalizedText(r.titleSv, r.titleEn), ActorRef.of(r.actor)))
                .toList();
    }

    static ProblemException notFound(String idOrSlug) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no collaboration " + idOrSlug);
    }

    // --- writing ---

    /** What the input names, looked up; built before anything changes, so bad input changes nothing. */
    private record Fields(List<TechnologyArea> technologyAreas, List<String> knowledgeAreas, List<Municipality> places,
            List<Actor> funders, List<UUID> linkedResources) {}

    /**
     * Checks what Bean Validation cannot (vocabulary codes, dates, funders, linked resources) and
     * reports every field at fault at once. {@code participants}: the actors (invited or accepted)
     * whose resources may be linked.
     */
    private Fields validate(CollaborationInput in, Set<UUID> participants) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(in.title().sv()) && isBlank(in.title().en())) {
            errors.add(new FieldError("title", FieldError.REQUIRED, "needs Swedish or English"));
        }
        if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            errors.add(new FieldError("endDate", FieldError.INVALID, "must not be before startDate"));
        }
        List<TechnologyArea> technologyAreas = new ArrayList<>();
        List<String> codes = list(in.technologyAreas());
        for (int i = 0; i < codes.size(); i++) {
            TechnologyArea area = TechnologyArea.findById(codes.get(i));
            if (area == null) {
                errors.add(new FieldError("technologyAreas[" + i + "]", FieldError.NOT_ONE_OF, "is not a technology area of the vocabulary"));
            } else if (!technologyAreas.contains(area)) {
                technologyAreas.add(area);
            }
        }
        List<String> knowledgeAreas = new ArrayList<>();
        List<String> ssif = list(in.knowledgeAreas());
        for (int i = 0; i < ssif.size(); i++) {
            if (!knowledge.exists(ssif.get(i))) {
                errors.add(new FieldError("knowledgeAreas[" + i + "]", FieldError.NOT_ONE_OF, "is not a code of SSIF 2025"));
            } else if (!knowledgeAreas.contains(ssif.get(i))) {
                knowledgeAreas.add(ssif.get(i));
            }
        }
        List<Municipality> places = new ArrayList<>();
        List<String> placeCodes = list(in.places());
        for (int i = 0; i < placeCodes.size(); i++) {
            Municipality m = Municipality.findById(placeCodes.get(i));
            if (m == null) {
                errors.add(new FieldError("places[" + i + "]", FieldError.NOT_ONE_OF, "is not a Swedish municipality code"));
            } else if (!places.contains(m)) {
                places.add(m);
            }
        }
        List<Actor> funders = new ArrayList<>();
        List<FundingLineInput> funding = list(in.funding());
        for (int i = 0; i < funding.size(); i++) {
            FundingLineInput line = funding.get(i);
            String field = "funding[" + i + "]";
            Actor funder = null;
            if (line.funderActorId() != null && !isBlank(line.funderName())) {
                errors.add(new FieldError(field + ".funderName", FieldError.INVALID,
                        "give funderActorId (an actor on the platform) or funderName, not both"));
            } else if (line.funderActorId() == null && isBlank(line.funderName())) {
                errors.add(new FieldError(field + ".funderActorId", FieldError.REQUIRED,
                        "give funderActorId (an actor on the platform) or funderName"));
            } else if (line.funderActorId() != null) {
                funder = Actor.findById(line.funderActorId());
                if (funder == null) {
                    errors.add(new FieldError(field + ".funderActorId", FieldError.NOT_ONE_OF, "is not an actor"));
                }
            }
            funders.add(funder);
        }
        List<UUID> linked = new ArrayList<>();
        List<UUID> resourceIds = list(in.linkedResourceIds());
        for (int i = 0; i < resourceIds.size(); i++) {
            Resource r = Resource.findById(resourceIds.get(i));
            if (r == null || !participants.contains(r.actor.id)) {
                errors.add(new FieldError("linkedResourceIds[" + i + "]", FieldError.INVALID,
                        "is not a resource of an invited or accepted participant"));
            } else if (!linked.contains(r.id)) {
                linked.add(r.id);
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
            throw new ProblemException(ProblemType.VALIDATION, detail, errors);
        }
        return new Fields(technologyAreas, knowledgeAreas, places, funders, linked);
    }

    /** Copies validated input onto the collaboration. */
    private static void apply(Collaboration c, CollaborationInput in, Fields fields) {
        c.kind = in.kind();
        c.status = in.status();
        c.titleSv = trim(in.title().sv());
        c.titleEn = trim(in.title().en());
        c.summarySv = in.summary() == null ? null : trim(in.summary().sv());
        c.summaryEn = in.summary() == null ? null : trim(in.summary().en());
        c.descriptionSv = in.description() == null ? null : trim(in.description().sv());
        c.descriptionEn = in.description() == null ? null : trim(in.description().en());
        c.startDate = in.startDate();
        c.endDate = in.endDate();
        c.website = trim(in.website());
        c.sdgs.clear();
        list(in.sdgs()).forEach(n -> c.sdgs.add(n.shortValue()));
        c.technologyAreas.clear();
        c.technologyAreas.addAll(fields.technologyAreas());
        c.knowledgeAreaCodes.clear();
        c.knowledgeAreaCodes.addAll(fields.knowledgeAreas());
        c.places.clear();
        c.places.addAll(fields.places());
        c.linkedResourceIds.clear();
        c.linkedResourceIds.addAll(fields.linkedResources());
        // Lines are replaced as a whole: they have no identity of their own in the API.
        c.funding.clear();
        List<FundingLineInput> funding = list(in.funding());
        for (int i = 0; i < funding.size(); i++) {
            FundingLineInput line = funding.get(i);
            CollaborationFunding f = new CollaborationFunding();
            f.id = UUID.randomUUID();
            f.collaboration = c;
            f.position = i;
            f.funderActor = fields.funders().get(i);
            f.funderName = f.funderActor == null ? trim(line.funderName()) : null;
            f.programme = trim(line.programme());
            f.amountSek = BigDecimal.valueOf(line.amountSek());
            f.type = line.type();
            c.funding.add(f);
        }
    }

    /** Words the SPA's routes use after /samverkan/, which no collaboration may take as its slug. */
    private static final Set<String> RESERVED_SLUGS = Set.of("ny", "new", "redigera", "edit");

    private static String uniqueSlug(String base) {
        return Slugs.unique("collaboration", base, RESERVED_SLUGS, slug -> Collaboration.count("slug", slug) > 0);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static String firstNonBlank(String a, String b) {
        return isBlank(a) ? (isBlank(b) ? "collaboration" : b) : a;
    }
}
