package se.digitalimpactnorth.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.common.CurrentUser;
import se.digitalimpactnorth.common.Cursor;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;

/** Reads the audit trail: all of it for moderators and admins, one's own entries for everyone. */
@ApplicationScoped
public class AuditService {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Schema(name = "AuditEntry", requiredProperties = {"id", "at", "action", "objectType", "objectId", "summary"})
    public record AuditEntryView(UUID id, OffsetDateTime at, String subject, String subjectName, String action,
            String objectType, String objectId, Map<String, Object> summary) {}

    @Schema(name = "AuditPage", requiredProperties = "items")
    public record AuditPage(List<AuditEntryView> items, String nextCursor) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage all(String objectId, String subject, Integer limit, String cursor) {
        if (!user.isModerator()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only moderators and admins read the audit trail");
        }
        return page(objectId, subject, limit, cursor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage mine(Integer limit, String cursor) {
        user.requirePerson("One's own changes");
        return page(null, user.subject(), limit, cursor);
    }

    private AuditPage page(String objectId, String subject, Integer limit, String cursor) {
        int size = Cursor.limit(limit);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (objectId != null) {
            where.append(" and e.objectId = :objectId");
            params.and("objectId", objectId);
        }
        if (subject != null) {
            where.append(" and e.subject = :subject");
            params.and("subject", subject);
        }
        if (cursor != null) {
            Cursor.TimeAndId after = Cursor.decodeTimeAndId(cursor);
            where.append(" and (e.at < :at or (e.at = :at and e.id < :id))");
            params.and("at", after.at()).and("id", after.id());
        }
        List<AuditEntry> found = AuditEntry.<AuditEntry>find("from AuditEntry e where " + where + " order by e.at desc, e.id desc", params)
                .range(0, size).list();
        boolean more = found.size() > size;
        List<AuditEntry> page = more ? found.subList(0, size) : found;
        Map<String, String> names = names(page);
        String next = more ? Cursor.encode(page.getLast().at.toString(), page.getLast().id.toString()) : null;
        return new AuditPage(page.stream().map(e -> new AuditEntryView(e.id, e.at, e.subject, names.get(e.subject),
                e.action, e.objectType, e.objectId, e.summary)).toList(), next);
    }

    private Map<String, String> names(List<AuditEntry> entries) {
        List<String> subjects = entries.stream().map(e -> e.subject).filter(s -> s != null).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!subjects.isEmpty()) {
            em.createQuery("select p.subject, p.name from Person p where p.subject in :subjects", Object[].class)
                    .setParameter("subjects", subjects).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
