package se.digitalimpactnorth.insights;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorPolicy;
import se.digitalimpactnorth.actor.ActorService;
import se.digitalimpactnorth.actor.MemberRole;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.Collaboration;
import se.digitalimpactnorth.collaboration.CollaborationParticipant;
import se.digitalimpactnorth.collaboration.CollaborationPolicy;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Ids;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.common.QueryParams;
import se.digitalimpactnorth.insights.InsightsCache.Computed;
import se.digitalimpactnorth.insights.PartnerMatcher.Match;
import se.digitalimpactnorth.insights.PartnerSuggestions.PartnerSuggestion;
import se.digitalimpactnorth.insights.PartnerSuggestions.SubjectType;
import se.digitalimpactnorth.insights.PartnerSuggestions.SuggestedActor;

/**
 * Partner suggestions for an actor or a collaboration. The subject is read from the database as its
 * editors see it (a draft's areas, private partnerships), the candidates from the cached public
 * {@link Ecosystem}; {@link PartnerMatcher} does the scoring. Who may ask: those who act for the
 * actor, or may edit the collaboration, and moderators; anonymous callers get 401, others 403, and an
 * id nobody may see 404. The subject is read in a transaction of its own, after the candidates.
 */
@ApplicationScoped
public class MatchmakingService {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    @Inject
    CurrentUser user;

    @Inject
    ActorService actors;

    @Inject
    ActorPolicy actorPolicy;

    @Inject
    CollaborationPolicy collaborationPolicy;

    @Inject
    InsightsCache cache;

    @Inject
    EntityManager em;

    /** The ecosystem with its matchmaking index, computed once per ecosystem. */
    private record Candidates(Ecosystem ecosystem, PartnerMatcher.Index index) {}

    /**
     * Read before the transaction: EcosystemLoader reads on a connection of its own (read-only, repeatable
     * read), which it cannot set up while enlisted in a transaction.
     */
    private Computed<Candidates> candidates() {
        return cache.get("matchmaking", ecosystem -> new Candidates(ecosystem, PartnerMatcher.Index.of(ecosystem)));
    }

    public PartnerSuggestions forActor(String id, String limitParam) {
        requireKnown();
        int limit = limit(limitParam);
        Computed<Candidates> candidates = candidates();
        return QuarkusTransaction.requiringNew().call(() -> forActor(id, limit, candidates));
    }

    public PartnerSuggestions forCollaboration(String id, String limitParam) {
        requireKnown();
        int limit = limit(limitParam);
        Computed<Candidates> candidates = candidates();
        return QuarkusTransaction.requiringNew().call(() -> forCollaboration(id, limit, candidates));
    }

    private PartnerSuggestions forActor(String id, int limit, Computed<Candidates> candidates) {
        Actor actor = Ids.parse(id).map(actorId -> Actor.<Actor>findById(actorId))
                .or(() -> Actor.find("slug", id).firstResultOptional()).orElseThrow(() -> notFound("actor", id));
        MemberRole role = actors.roleOf(actor);
        if (!ActorPolicy.actsFor(user, role) && !user.isModerator()) {
            if (actorPolicy.canRead(user, actor, role)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's owners and editors see its partner suggestions");
            }
            throw notFound("actor", id);
        }
        Set<UUID> partners = partnersOf(actor.id);
        Set<UUID> excluded = new HashSet<>(partners);
        excluded.add(actor.id);
        String municipality = actor.municipality == null ? null : actor.municipality.code;
        String county = actor.municipality == null ? null : actor.municipality.county.code;
        PartnerMatcher.Subject subject = new PartnerMatcher.Subject(EnumSet.of(actor.kind.sector()),
                codes(actor.technologyAreas.stream().map(a -> a.code).toList()), PartnerMatcher.knowledgeGroups(knowledgeOf(actor.id)),
                municipality == null ? Set.of() : Set.of(municipality), county == null ? Set.of() : Set.of(county), partners,
                excluded);
        return suggestions(SubjectType.ACTOR, actor.id, subject, limit, candidates);
    }

    private PartnerSuggestions forCollaboration(String id, int limit, Computed<Candidates> candidates) {
        Collaboration c = Ids.parse(id).map(collaborationId -> Collaboration.<Collaboration>findById(collaborationId))
                .or(() -> Collaboration.find("slug", id).firstResultOptional()).orElseThrow(() -> notFound("collaboration", id));
        CollaborationPolicy.Standing standing = collaborationPolicy.standing(user, c);
        if (!collaborationPolicy.canEdit(user, c.lead().id, standing.inLead()) && !user.isModerator()) {
            if (collaborationPolicy.canSee(user, c, standing)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only those who edit the collaboration see its partner suggestions");
            }
            throw notFound("collaboration", id);
        }
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        Set<UUID> involved = new HashSet<>();
        Set<String> municipalities = new HashSet<>();
        Set<String> counties = new HashSet<>();
        c.places.forEach(m -> {
            municipalities.add(m.code);
            counties.add(m.county.code);
        });
        for (CollaborationParticipant p : c.participants) {
            if (p.involved()) {
                involved.add(p.actor.id);
                sectors.add(p.actor.kind.sector());
                if (p.actor.municipality != null) {
                    municipalities.add(p.actor.municipality.code);
                    counties.add(p.actor.municipality.county.code);
                }
            }
        }
        PartnerMatcher.Subject subject = new PartnerMatcher.Subject(sectors,
                codes(c.technologyAreas.stream().map(a -> a.code).toList()), PartnerMatcher.knowledgeGroups(c.knowledgeAreaCodes),
                municipalities, counties, involved, involved);
        return suggestions(SubjectType.COLLABORATION, c.id, subject, limit, candidates);
    }

    private PartnerSuggestions suggestions(SubjectType type, UUID id, PartnerMatcher.Subject subject, int limit,
            Computed<Candidates> candidates) {
        Ecosystem ecosystem = candidates.value().ecosystem();
        List<Match> matches = PartnerMatcher.suggest(ecosystem, candidates.value().index(), subject);
        List<Match> top = matches.subList(0, Math.min(limit, matches.size()));
        Map<UUID, String> logos = logos(top.stream().map(m -> m.actor().id()).toList());
        List<PartnerSuggestion> suggestions = top.stream().map(m -> new PartnerSuggestion(
                new SuggestedActor(m.actor().id(), m.actor().slug(), m.actor().name(), m.actor().kind(), m.actor().sector(),
                        logos.get(m.actor().id()), PartnerMatcher.municipality(ecosystem, m.actor().municipalityCode())),
                m.score(), m.reasons())).toList();
        return new PartnerSuggestions(new PartnerSuggestions.Subject(type, id), candidates.computedAt(), suggestions);
    }

    /**
     * The actors the actor already works with: accepted beside it in a collaboration that is not cancelled,
     * whatever its publication state (a draft partnership is a partnership all the same).
     */
    @SuppressWarnings("unchecked")
    private Set<UUID> partnersOf(UUID actorId) {
        List<UUID> rows = em.createNativeQuery("select distinct other.actor_id from collaboration_participant mine"
                + " join collaboration c on c.id = mine.collaboration_id"
                + " join collaboration_participant other on other.collaboration_id = c.id"
                + " where mine.actor_id = ?1 and mine.status = 'ACCEPTED' and other.status = 'ACCEPTED'"
                + " and other.actor_id <> ?1 and c.status <> 'CANCELLED'", UUID.class)
                .setParameter(1, actorId).getResultList();
        return new HashSet<>(rows);
    }

    /** The SSIF codes of the collaborations the actor takes part in (accepted, not cancelled). */
    @SuppressWarnings("unchecked")
    private Set<String> knowledgeOf(UUID actorId) {
        List<String> rows = em.createNativeQuery("select distinct k.code from collaboration_participant p"
                + " join collaboration c on c.id = p.collaboration_id"
                + " join collaboration_knowledge_area k on k.collaboration_id = c.id"
                + " where p.actor_id = ?1 and p.status = 'ACCEPTED' and c.status <> 'CANCELLED'", String.class)
                .setParameter(1, actorId).getResultList();
        return new HashSet<>(rows);
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, String> logos(List<UUID> ids) {
        Map<UUID, String> logos = new HashMap<>();
        if (ids.isEmpty()) {
            return logos;
        }
        List<Object[]> rows = em.createNativeQuery("select id, logo_url from actor where id in (?1)")
                .setParameter(1, ids).getResultList();
        for (Object[] row : rows) {
            if (row[1] != null) {
                logos.put((UUID) row[0], (String) row[1]);
            }
        }
        return logos;
    }

    private static Set<String> codes(List<String> codes) {
        return Set.copyOf(codes);
    }

    private void requireKnown() {
        if (user.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }

    static int limit(String value) {
        Integer limit = QueryParams.integer("limit", value);
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField(new FieldError("limit", FieldError.OUT_OF_RANGE, "must be between 1 and " + MAX_LIMIT,
                    FieldError.Params.range(1, MAX_LIMIT)));
        }
        return limit;
    }

    private static ProblemException notFound(String what, String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no " + what + " " + id);
    }
}
