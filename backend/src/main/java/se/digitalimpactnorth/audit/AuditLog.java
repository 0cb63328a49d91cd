package se.digitalimpactnorth.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.digitalimpactnorth.common.CurrentUser;

/** Records changes in the audit trail, in the transaction of the change itself. */
@ApplicationScoped
public class AuditLog {

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, Map<String, ?> summary) {
        write(user.subjectIfKnown().orElse(null), action, objectType, objectId, summary);
    }

    /**
     * Records a change the platform made by itself, outside any request (a background job such as
     * the webhook sender turning a failing subscription off): the entry has no subject.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String action, String objectType, Object objectId, Map<String, ?> summary) {
        write(null, action, objectType, objectId, summary);
    }

    /**
     * Records a change under a subject that is not the caller's: the erasure of a person, recorded
     * under the pseudonym that replaced their subject (the caller's own subject must not survive it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String subject, String action, String objectType, Object objectId, Map<String, ?> summary) {
        write(subject, action, objectType, objectId, summary);
    }

    private void write(String subject, String action, String objectType, Object objectId, Map<String, ?> summary) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = OffsetDateTime.now();
        entry.subject = subject;
        entry.action = action;
        entry.objectType = objectType;
        entry.objectId = objectId.toString();
        entry.summary = new LinkedHashMap<>(summary);
        entry.persist();
    }

    /** A summary of a change: the fields that differ, before and after. */
    public static Map<String, Object> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        for (String key : after.keySet()) {
            Object was = before.get(key);
            Object now = after.get(key);
            if (was == null ? now != null : !was.equals(now)) {
                changedBefore.put(key, was);
                changedAfter.put(key, now);
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("before", changedBefore);
        summary.put("after", changedAfter);
        return summary;
    }
}
