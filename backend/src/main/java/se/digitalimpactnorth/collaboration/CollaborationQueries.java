package se.digitalimpactnorth.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorService;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationFacets;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationPage;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationSummary;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Cursor;
import se.digitalimpactnorth.common.SqlLists;
import se.digitalimpactnorth.common.SqlLists.Page;
import se.digitalimpactnorth.common.SqlLists.Where;
import se.digitalimpactnorth.common.TextQuery;

/**
 * The collaboration lists: the public directory with its filters and facets, on the search index
 * ({@link CollaborationIndexQueries}), and an actor's collaborations and the feeds' ids in plain
 * SQL over the stored profile columns and the join tables, so every filter is an index lookup;
 * what the public sees is {@link CollaborationPolicy#PUBLIC_SQL}, whoever asks.
 */
@ApplicationScoped
public class CollaborationQueries {

    /** The list's order: newest published first (a draft an insider sees: newest created). */
    private static final String SORT_KEY = "coalesce(c.published_at, c.created_at)";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ActorService actors;

    @Inject
    CollaborationPolicy policy;

    @Inject
    CollaborationProfiles profiles;

    @Inject
    CollaborationIndexQueries index;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CollaborationPage list(CollaborationFilter filter, Integer limit, String cursor) {
        int size = Cursor.limit(limit);
        CollaborationIndexQueries.Result found = index.list(filter, size, cursor);
        return new CollaborationPage(summaries(found.page().ids(), false), found.page().next(), found.facets());
    }

    /** For the public feeds: the ids of the first {@code size} public collaborations, in list order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> publishedIds(CollaborationFilter filter, int size) {
        return keyset(where(filter), size, null).ids();
    }

    /**
     * The collaborations in which an actor counts, newest first. Its own people and moderators also
     * see those the public does not (drafts, archived, taken down, too few participants) that the
     * actor accepted, each with its moderation; the actor itself is a 404 to whoever may not see it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollaborationPage ofActor(UUID actorId, Integer limit, String cursor) {
        int size = Cursor.limit(limit);
        Actor actor = actors.findVisible(actorId.toString());
        boolean insider = user.isModerator() || actors.roleOf(actor) != null;
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("actor", actorId);
        String sql = insider
                ? "exists (select 1 from collaboration_participant p where p.collaboration_id = c.id and p.actor_id = :actor"
                        + " and p.status = 'ACCEPTED')"
                : CollaborationPolicy.PUBLIC_SQL + " and " + counts(":actor");
        Page page = keyset(new Where(sql, params), size, cursor);
        return new CollaborationPage(summaries(page.ids(), insider), page.next(), CollaborationFacets.none());
    }

    /** A participant row of {@code actor} (a parameter) that counts. */
    private static String counts(String actor) {
        return "exists (select 1 from collaboration_participant p join actor pa on pa.id = p.actor_id"
                + " where p.collaboration_id = c.id and p.actor_id = " + actor + " and " + CollaborationPolicy.COUNTS_SQL + ")";
    }

    /** One page of ids, newest first, after the cursor's position; the next cursor when there is more. */
    private Page keyset(Where where, int size, String cursor) {
        return SqlLists.keyset(em, "collaboration", "c", SORT_KEY, where, false, size, cursor);
    }

    /** The public rule and every filter given. */
    private Where where(CollaborationFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder(CollaborationPolicy.PUBLIC_SQL);
        if (f.q() != null) {
            String tsquery = TextQuery.prefixQuery(f.q());
            if (tsquery == null) {
                sql.append(" and false");
            } else {
                sql.append(" and c.search @@ (to_tsquery('din_sv', :tsq) || to_tsquery('din_en', :tsq))");
                params.put("tsq", tsquery);
            }
        }
        if (f.actor() != null) {
            sql.append(" and ").append(counts(":actor"));
            params.put("actor", f.actor());
        }
        for (int i = 0; i < f.sectors().size(); i++) {
            sql.append(" and c.profile_sectors @> array[cast(:sector").append(i).append(" as text)]");
            params.put("sector" + i, f.sectors().get(i).name());
        }
        if (f.municipality() != null) {
            sql.append(" and c.profile_municipalities @> array[cast(:municipality as text)]");
            params.put("municipality", f.municipality());
        }
        if (f.county() != null) {
            sql.append(" and c.profile_counties @> array[cast(:county as text)]");
            params.put("county", f.county());
        }
        if (f.sdg() != null) {
            sql.append(" and exists (select 1 from collaboration_sdg s where s.collaboration_id = c.id and s.sdg = :sdg)");
            params.put("sdg", f.sdg().shortValue());
        }
        if (f.technologyArea() != null) {
            sql.append(" and exists (select 1 from collaboration_technology_area t where t.collaboration_id = c.id and t.code = :area)");
            params.put("area", f.technologyArea());
        }
        if (f.knowledgeArea() != null) {
            // SSIF codes nest by prefix (1 → 102 → 10210): an area or a group matches what lies below it.
            sql.append(" and exists (select 1 from collaboration_knowledge_area k where k.collaboration_id = c.id"
                    + " and starts_with(k.code, :knowledge))");
            params.put("knowledge", f.knowledgeArea());
        }
        if (f.kind() != null) {
            sql.append(" and c.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", f.status().name());
        }
        // The period [start, end or open] overlaps [from, to].
        if (f.to() != null) {
            sql.append(" and c.start_date <= :to");
            params.put("to", f.to());
        }
        if (f.from() != null) {
            sql.append(" and (c.end_date is null or c.end_date >= :from)");
            params.put("from", f.from());
        }
        for (Boundary b : f.crosses()) {
            sql.append(" and c.").append(crossedColumn(b));
        }
        if (f.minScore() != null) {
            sql.append(" and c.boundary_score >= :minScore");
            params.put("minScore", f.minScore().shortValue());
        }
        return new Where(sql.toString(), params);
    }

    private static String crossedColumn(Boundary b) {
        return "crosses_" + b.name().toLowerCase(Locale.ROOT);
    }

    private List<CollaborationSummary> summaries(List<UUID> ids, boolean insider) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Collaboration> byId = Collaboration.<Collaboration>find(
                        "select distinct c from Collaboration c left join fetch c.participants p left join fetch p.actor where c.id in ?1", ids)
                .stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        // The index follows the database within moments: one deleted or hidden meanwhile is left out of the public list.
        return ids.stream().map(byId::get)
                .filter(c -> c != null && (insider || CollaborationPolicy.isPublic(c)))
                .map(c -> CollaborationMapper.summary(c, profiles.stored(c), insider)).toList();
    }

}
