package se.digitalimpactnorth.common;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns what the database refused into the problem a client can act on. Races end here: two
 * requests that both passed the services' checks, and then met at a unique index, a check
 * constraint or a version column. Nothing from the database (SQL, constraint or table names)
 * reaches the body; a constraint becomes the JSON field it guards through {@link #CONSTRAINTS}.
 */
final class DatabaseErrors {

    private DatabaseErrors() {}

    /** What a client is told about one constraint: the JSON field at fault (or none) and why. */
    record Guard(String field, String message) {}

    /**
     * Constraint names (PostgreSQL's defaults for the migrations' constraints) and the JSON
     * fields of the request bodies they guard. A constraint that is not here still gives the right
     * status, only without a field.
     */
    static final Map<String, Guard> CONSTRAINTS = Map.ofEntries(
            Map.entry("actor_slug_key", new Guard("slug", "is taken")),
            Map.entry("actor_org_number_key", new Guard("orgNumber", "is already registered")),
            Map.entry("actor_name_check", new Guard("name", "must be 2 to 200 characters, spaces at either end not counted")),
            Map.entry("actor_description_sv_check", new Guard("description.sv", "is too long")),
            Map.entry("actor_description_en_check", new Guard("description.en", "is too long")),
            Map.entry("actor_technology_area_pkey", new Guard("technologyAreas", "lists an area twice")),
            Map.entry("membership_pkey", new Guard(null, "This person is already in this actor")),
            Map.entry("join_request_one_pending_idx", new Guard(null, "There is already an open request to join this actor")),
            Map.entry("resource_slug_key", new Guard("slug", "is taken")),
            Map.entry("resource_title_sv_check", new Guard("title.sv", "is too long")),
            Map.entry("resource_title_en_check", new Guard("title.en", "is too long")),
            Map.entry("resource_summary_sv_check", new Guard("summary.sv", "is too long")),
            Map.entry("resource_summary_en_check", new Guard("summary.en", "is too long")),
            Map.entry("resource_body_sv_check", new Guard("body.sv", "is too long")),
            Map.entry("resource_body_en_check", new Guard("body.en", "is too long")),
            Map.entry("resource_co_organiser_pkey", new Guard("coOrganiserIds", "lists an actor twice")),
            Map.entry("resource_technology_area_pkey", new Guard("technologyAreas", "lists an area twice")),
            Map.entry("resource_sdg_pkey", new Guard("sdgs", "lists a goal twice")));

    /** What the database said, found anywhere in an exception's causes. */
    record Refusal(String sqlState, String constraint) {}

    /** The problem for {@code e}, when it is (or wraps) an optimistic-lock failure or a refusal by the database. */
    static Optional<ProblemException> problemFor(Throwable e) {
        if (find(e, DatabaseErrors::isStaleVersion) != null) {
            return Optional.of(new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Someone changed this while your change was being saved: read it again and redo your change"));
        }
        return refusal(e).map(DatabaseErrors::problemFor);
    }

    static Optional<Refusal> refusal(Throwable e) {
        Throwable found = find(e, t -> t instanceof SQLException sql && sql.getSQLState() != null);
        if (found == null) {
            return Optional.empty();
        }
        SQLException sql = (SQLException) found;
        String constraint = null;
        if (sql instanceof PSQLException pg) {
            ServerErrorMessage server = pg.getServerErrorMessage();
            constraint = server == null ? null : server.getConstraint();
        }
        return Optional.of(new Refusal(sql.getSQLState(), constraint));
    }

    private static ProblemException problemFor(Refusal refusal) {
        Guard guard = refusal.constraint() == null ? null : CONSTRAINTS.get(refusal.constraint());
        String state = refusal.sqlState();
        return switch (state) {
            // unique_violation: someone else took it first
            case "23505" -> withField(ProblemType.CONFLICT, guard, Problem.FieldError.TAKEN, "This conflicts with something that exists already");
            // foreign_key_violation: what this refers to went away meanwhile (the services check references first)
            case "23503" -> withField(ProblemType.CONFLICT, guard, Problem.FieldError.INVALID, "Something this refers to was removed meanwhile");
            // serialization_failure, deadlock_detected: two transactions crossed; trying again works
            case "40001", "40P01" -> new ProblemException(ProblemType.CONFLICT,
                    "Another change to the same data was being saved at the same time: try again");
            default -> state.startsWith("23") || state.startsWith("22")
                    // integrity (check, not-null, exclusion) and data exceptions (too long, out of range): the input
                    ? withField(ProblemType.VALIDATION, guard, Problem.FieldError.INVALID, "A value is outside what can be stored")
                    : null;
        };
    }

    private static ProblemException withField(ProblemType type, Guard guard, String code, String fallback) {
        if (guard == null) {
            return new ProblemException(type, fallback);
        }
        if (guard.field() == null) {
            return new ProblemException(type, guard.message());
        }
        return new ProblemException(type, guard.field() + ": " + guard.message(),
                List.of(new Problem.FieldError(guard.field(), code, guard.message())));
    }

    private static boolean isStaleVersion(Throwable t) {
        return t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                || isStaleWithGeneratedColumns(t);
    }

    /**
     * An entity with database-generated columns (the actor's sector) is updated with
     * {@code update ... where version = ? returning ...}; when the version no longer matches,
     * Hibernate finds no row to read back and says so in a plain HibernateException instead of a
     * StaleObjectStateException. DatabaseProblemsTest fails if that wording changes.
     */
    private static boolean isStaleWithGeneratedColumns(Throwable t) {
        return t.getClass() == org.hibernate.HibernateException.class && t.getMessage() != null
                && t.getMessage().startsWith("The database returned no natively generated values");
    }

    /**
     * The first throwable in {@code e}'s causes (and suppressed ones: a failed commit keeps the
     * flush's exception there) that matches, or null.
     */
    private static Throwable find(Throwable e, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> queue = new java.util.ArrayDeque<>();
        queue.add(e);
        while (!queue.isEmpty()) {
            Throwable t = queue.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return t;
            }
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
            Collections.addAll(queue, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                queue.add(sql.getNextException());
            }
        }
        return null;
    }
}
