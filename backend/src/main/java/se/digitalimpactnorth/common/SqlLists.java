package se.digitalimpactnorth.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL machinery of the filtered lists (resources, collaborations): a WHERE clause built once
 * and bound to the page and every facet, keyset paging by a time then id, and facet counts. Each
 * list's own filters and facets stay in its feature's queries class.
 */
public final class SqlLists {

    private SqlLists() {}

    /** A WHERE clause and its parameters, built once and used by the page and every facet. */
    public record Where(String sql, Map<String, Object> params) {
        public Query bind(Query query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    /** One page of ids, and the cursor of the next page when there is more. */
    public record Page(List<UUID> ids, String next) {}

    /**
     * One page of ids of {@code table} (aliased {@code alias} in the clause and the sort key)
     * ordered by {@code sortKey} (a time) then id, ascending or descending, after the cursor's
     * position.
     */
    public static Page keyset(EntityManager em, String table, String alias, String sortKey, Where where, boolean ascending,
            int size, String cursor) {
        String id = alias + ".id";
        StringBuilder sql = new StringBuilder("select cast(" + id + " as text), " + sortKey + " as sort_at from " + table + " "
                + alias + " where " + where.sql());
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        if (cursor != null) {
            Cursor.TimeAndId after = Cursor.decodeTimeAndId(cursor);
            String beyond = ascending ? ">" : "<";
            sql.append(" and (" + sortKey + " " + beyond + " :afterAt or (" + sortKey + " = :afterAt and " + id + " " + beyond
                    + " :afterId))");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        sql.append(ascending ? " order by sort_at, " + id : " order by sort_at desc, " + id + " desc");
        Query query = em.createNativeQuery(sql.toString()).setMaxResults(size + 1);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > size;
        List<Object[]> page = more ? rows.subList(0, size) : rows;
        String next = null;
        if (more) {
            Object[] last = page.getLast();
            next = Cursor.encode(toOffset(last[1]).toString(), (String) last[0]);
        }
        return new Page(page.stream().map(row -> UUID.fromString((String) row[0])).toList(), next);
    }

    /** A facet: {@code sql} selects (value, count) grouped by value; the counts, largest first, then by value. */
    public static Map<String, Long> counts(EntityManager em, String sql, Where where) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(sql + " order by 2 desc, 1")).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected sort key type " + value.getClass());
    }
}
