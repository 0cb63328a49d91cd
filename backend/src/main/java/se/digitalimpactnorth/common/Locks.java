package se.digitalimpactnorth.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import java.util.function.LongSupplier;

/**
 * Locks that make a race between requests end the same way every time: the later request waits
 * for the earlier one's commit, then sees what it wrote. Held until the transaction ends.
 */
public final class Locks {

    private Locks() {}

    /**
     * Re-reads the entity's row and locks it against other writers, before its version is
     * compared with If-Match: of N writers holding one ETag, the first wins and the others read
     * the new version and get a 412, instead of meeting each other half-way through a flush
     * (in the version check, or in the rows a change replaces, such as event occurrences).
     */
    public static void forUpdate(Object entity) {
        Panache.getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * {@link #forUpdate(Object)}, then, when the request sent If-Match, a 412 unless it names the
     * version just read ({@code version} reads it from the refreshed entity).
     */
    public static void forUpdate(Object entity, String ifMatch, LongSupplier version) {
        forUpdate(entity);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, version.getAsLong());
        }
    }

    /**
     * Locks one row against other writers before anything of it is read in this transaction. For
     * an entity with an eagerly fetched collection Hibernate cannot lock in the query that loads it:
     * it loads first and locks afterwards ("follow-on locking"), so what it read may already be
     * stale when the lock is granted. Locking the bare row first, and loading after, cannot be.
     * {@code table} is a constant of the caller's, never input.
     */
    public static void row(String table, java.util.UUID id) {
        Panache.getEntityManager().createNativeQuery("select 1 from " + table + " where id = :id for no key update")
                .setParameter("id", id)
                .getResultList();
    }

    /**
     * Serialises the transactions that pick a free name under one key (a slug's base): each one
     * looks for a free name only after the previous one has committed its choice. A PostgreSQL
     * advisory lock, so it holds across every replica of the API.
     */
    public static void name(String key) {
        Panache.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", key)
                .getSingleResult();
    }
}
