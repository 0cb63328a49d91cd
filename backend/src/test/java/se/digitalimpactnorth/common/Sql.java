package se.digitalimpactnorth.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads and writes the database directly, for tests that assert what a request stored (or did not). */
@ApplicationScoped
public class Sql {

    @Inject
    EntityManager em;

    /** The single number {@code sql} selects; {@code ?1, ?2, ...} take {@code params}. */
    @Transactional
    public long number(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The first column of the rows {@code sql} selects, as text. */
    @Transactional
    public List<String> texts(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((List<?>) query.getResultList()).stream().map(String::valueOf).toList();
    }

    @Transactional
    public int update(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.executeUpdate();
    }
}
