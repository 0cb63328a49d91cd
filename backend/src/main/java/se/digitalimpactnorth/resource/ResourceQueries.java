package se.digitalimpactnorth.resource;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.actor.ActorService;
import se.digitalimpactnorth.common.Cursor;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;
import se.digitalimpactnorth.common.SqlLists;
import se.digitalimpactnorth.common.SqlLists.Page;
import se.digitalimpactnorth.common.SqlLists.Where;
import se.digitalimpactnorth.common.TextQuery;
import se.digitalimpactnorth.resource.ResourceDtos.Facets;
import se.digitalimpactnorth.resource.ResourceDtos.Occurrence;
import se.digitalimpactnorth.resource.ResourceDtos.ResourcePage;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceSummary;
import se.digitalimpactnorth.resource.ResourceDtos.TakenDownPage;

/**
 * Lists resources with filters, facet counts and keyset paging. The public list (published, as
 * the public sees it) is answered by the search index ({@link ResourceIndexQueries}); the lists
 * only insiders see (drafts, archived, an actor's hidden ones) and the feeds' ids stay in SQL: what
 * they filter on is a column or a join table, so every filter is an index lookup.
 */
@ApplicationScoped
public class ResourceQueries {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ActorService actors;

    @Inject
    ResourcePolicy policy;

    @Inject
    ResourceIndexQueries index;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourcePage list(ResourceFilter filter, Integer limit, String cursor) {
        int size = Cursor.limit(limit);
        authoriseStatus(filter);
        boolean insider = insider(filter);
        if (filter.status() == ResourceStatus.PUBLISHED && !insider) {
            ResourceIndexQueries.Result found = index.list(filter, size, cursor);
            return new ResourcePage(summaries(found.page().ids(), filter, false), found.page().next(), found.facets());
        }
        Where where = where(filter, insider);
        Page page = page(filter, where, size, cursor);
        return new ResourcePage(summaries(page.ids(), filter, insider), page.next(), facets(filter, insider));
    }

    /**
     * One actor's published resources, asked for by its own people or a moderator: they also see
     * those the public does not (taken down, or the actor suspended or pending), each with a
     * {@code moderation} saying why. Everyone else, and every list of more actors, sees only
     * {@link ResourcePolicy#PUBLIC_SQL}.
     */
    private boolean insider(ResourceFilter filter) {
        if (filter.status() != ResourceStatus.PUBLISHED || filter.actors().size() != 1 || user.isAnonymous()) {
            return false;
        }
        Actor actor = Actor.findById(filter.actors().getFirst());
        return actor != null && policy.canSeeHidden(user, actor.id, actors.roleOf(actor));
    }

    /** For the public feeds: the ids of the first {@code size} published resources, in list order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> publishedIds(ResourceFilter filter, int size) {
        if (filter.status() != ResourceStatus.PUBLISHED) {
            throw new IllegalArgumentException("Feeds show published resources only");
        }
        return page(filter, where(filter, false), size, null).ids();
    }

    /**
     * The moderators' queue: every resource a moderator took down, of every actor and in every
     * status, the latest takedown first, so what needs a second look is on top.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TakenDownPage takenDown(Integer limit, String cursor) {
        int size = Cursor.limit(limit);
        if (user.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!policy.canModerate(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only moderators list what is taken down");
        }
        Page page = SqlLists.keyset(em, "resource", "r", "r.taken_down_at", new Where("r.taken_down_at is not null", Map.of()), false,
                size, cursor);
        List<UUID> ids = page.ids();
        Map<UUID, Resource> byId = ids.isEmpty() ? Map.of() : Resource.<Resource>find("from Resource r join fetch r.actor where r.id in ?1", ids)
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return new TakenDownPage(ids.stream().map(byId::get).map(ResourceMapper::takenDown).toList(), page.next());
    }

    /** Keyset paging: with a date range, soonest occurrence first; otherwise newest first. */
    private Page page(ResourceFilter filter, Where where, int size, String cursor) {
        boolean byDate = filter.from() != null;
        String sortKey = byDate
                ? "(select min(o.starts_at) from event_occurrence o where o.resource_id = r.id and o.starts_at < :to and o.ends_at >= :from)"
                : "coalesce(r.published_at, r.created_at)";
        return SqlLists.keyset(em, "resource", "r", sortKey, where, byDate, size, cursor);
    }

    /**
     * Drafts and archived resources are listed only for one actor the caller is in (or by
     * moderators): the same rule as reading one. Published lists are public and show only what
     * the public may see ({@link ResourcePolicy#PUBLIC_SQL}), whoever asks.
     */
    private void authoriseStatus(ResourceFilter filter) {
        if (filter.status() == ResourceStatus.PUBLISHED) {
            return;
        }
        if (user.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (user.isModerator()) {
            return;
        }
        if (filter.actors().size() != 1) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Drafts and archived resources are listed for one actor at a time:"
                    + " pass actor=<id>");
        }
        Actor actor = Actor.findById(filter.actors().getFirst());
        if (actor == null || !policy.canSeeHidden(user, actor.id, actors.roleOf(actor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the actor's people list its drafts and archived resources");
        }
    }

    /** {@code insider}: published resources hidden from the public are included (see {@link #insider}). */
    private Where where(ResourceFilter f, boolean insider) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        if (f.status() == ResourceStatus.PUBLISHED && !insider) {
            sql.append(ResourcePolicy.PUBLIC_SQL);
        } else {
            sql.append("r.status = :status");
            params.put("status", f.status().name());
        }
        if (f.kind() != null) {
            sql.append(" and r.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.family() != null) {
            sql.append(" and r.family = :family");
            params.put("family", f.family().name());
        }
        if (!f.actors().isEmpty()) {
            // Co-organised resources count only once the co-organiser accepted the invitation.
            sql.append(" and (r.actor_id in (:actors) or exists (select 1 from resource_co_organiser c"
                    + " where c.resource_id = r.id and c.actor_id in (:actors) and c.status = 'ACCEPTED'))");
            params.put("actors", f.actors());
        }
        if (f.municipality() != null) {
            sql.append(" and r.municipality_code = :municipality");
            params.put("municipality", f.municipality());
        }
        if (f.county() != null) {
            sql.append(" and exists (select 1 from municipality m where m.code = r.municipality_code and m.county_code = :county)");
            params.put("county", f.county());
        }
        if (f.technologyArea() != null) {
            sql.append(" and exists (select 1 from resource_technology_area t where t.resource_id = r.id and t.code = :area)");
            params.put("area", f.technologyArea());
        }
        if (f.sdg() != null) {
            sql.append(" and exists (select 1 from resource_sdg s where s.resource_id = r.id and s.sdg = :sdg)");
            params.put("sdg", f.sdg().shortValue());
        }
        if (f.tag() != null) {
            sql.append(" and r.tags @> array[cast(:tag as text)]");
            params.put("tag", f.tag());
        }
        if (f.access() != null) {
            sql.append(" and r.access_condition = :access");
            params.put("access", f.access().name());
        }
        if (f.from() != null) {
            sql.append(" and exists (select 1 from event_occurrence o where o.resource_id = r.id and o.starts_at < :to and o.ends_at >= :from)");
            params.put("from", f.from());
            params.put("to", f.to());
        }
        if (f.q() != null) {
            String tsquery = TextQuery.prefixQuery(f.q());
            if (tsquery == null) {
                sql.append(" and false");
            } else {
                sql.append(" and r.search @@ (to_tsquery('din_sv', :tsq) || to_tsquery('din_en', :tsq))");
                params.put("tsq", tsquery);
            }
        }
        return new Where(sql.toString(), params);
    }

    private List<ResourceSummary> summaries(List<UUID> ids, ResourceFilter filter, boolean insider) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Resource> byId = Resource.<Resource>find(
                        "from Resource r join fetch r.actor left join fetch r.municipality m left join fetch m.county where r.id in ?1", ids)
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        OffsetDateTime from = filter.from() != null ? filter.from() : OffsetDateTime.now();
        OffsetDateTime to = filter.to() != null ? filter.to() : from.plusYears(2);
        Map<UUID, List<Occurrence>> occurrences = new LinkedHashMap<>();
        EventOccurrence.<EventOccurrence>find("id.resourceId in ?1 and id.startsAt < ?2 and endsAt >= ?3 order by id.startsAt", ids, to, from)
                .stream().forEach(o -> {
                    List<Occurrence> list = occurrences.computeIfAbsent(o.id.resourceId(), k -> new ArrayList<>());
                    if (list.size() < 10) {
                        list.add(new Occurrence(o.id.startsAt(), o.endsAt));
                    }
                });
        // The index follows the database within moments: a resource deleted or hidden meanwhile is left out.
        boolean publicList = filter.status() == ResourceStatus.PUBLISHED && !insider;
        return ids.stream().map(byId::get)
                .filter(r -> r != null && (!publicList || ResourcePolicy.isPublic(r)))
                .map(r -> ResourceMapper.summary(r, occurrences.getOrDefault(r.id, List.of()),
                        insider || filter.status() != ResourceStatus.PUBLISHED))
                .toList();
    }

    /**
     * Each facet counts what the other filters leave, ignoring its own: with kind=EVENT the kind
     * facet still says how many testbeds choosing TESTBED instead would give.
     */
    private Facets facets(ResourceFilter f, boolean insider) {
        Where kind = where(f.withKind(null), insider);
        Where family = where(f.withFamily(null), insider);
        Where area = where(f.withTechnologyArea(null), insider);
        Where sdg = where(f.withSdg(null), insider);
        Where municipality = where(f.withMunicipality(null), insider);
        return new Facets(
                SqlLists.counts(em, "select r.kind, count(*) from resource r where " + kind.sql() + " group by 1", kind),
                SqlLists.counts(em, "select r.family, count(*) from resource r where " + family.sql() + " group by 1", family),
                SqlLists.counts(em, "select t.code, count(*) from resource r join resource_technology_area t on t.resource_id = r.id where "
                        + area.sql() + " group by 1", area),
                SqlLists.counts(em, "select cast(s.sdg as text), count(*) from resource r join resource_sdg s on s.resource_id = r.id where "
                        + sdg.sql() + " group by 1", sdg),
                SqlLists.counts(em, "select r.municipality_code, count(*) from resource r where r.municipality_code is not null and "
                        + municipality.sql() + " group by 1", municipality));
    }

}
