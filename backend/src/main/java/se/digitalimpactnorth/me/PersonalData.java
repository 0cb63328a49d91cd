package se.digitalimpactnorth.me;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.digitalimpactnorth.me.MyDataExport.ApiClient;
import se.digitalimpactnorth.me.MyDataExport.AuditRecord;
import se.digitalimpactnorth.me.MyDataExport.CreatedObject;
import se.digitalimpactnorth.me.MyDataExport.IdempotencyKey;
import se.digitalimpactnorth.me.MyDataExport.Invitation;
import se.digitalimpactnorth.me.MyDataExport.JoinDecision;
import se.digitalimpactnorth.me.MyDataExport.JoinRequest;
import se.digitalimpactnorth.me.MyDataExport.Membership;
import se.digitalimpactnorth.me.MyDataExport.Profile;
import se.digitalimpactnorth.me.MyDataExport.Takedown;
import se.digitalimpactnorth.me.MyDataExport.Webhook;

/**
 * Every place the schema keeps a person's subject, read (export) and erased, in one file on purpose:
 * GDPR needs the export complete and the erasure to leave nothing linked to the person, and that is
 * checked by reading one list against the migrations, not by visiting every feature.
 * {@code PersonalDataCoverageTest} fails when a migration adds a column that looks like a subject
 * (subject, *_by, *_by_subject) that is not listed in {@link #SUBJECT_COLUMNS}.
 *
 * <p>The person's subject is in: person.subject; membership.subject; join_request.subject and
 * decided_by; audit_entry.subject (and inside summaries, where a change names the person);
 * resource.taken_down_by; collaboration.taken_down_by; resource_co_organiser.answered_by;
 * collaboration_participant.invited_by and answered_by; api_client.created_by_subject (with
 * created_by_name); webhook_subscription.created_by; idempotency_key.subject. Rate-limit buckets
 * hold API clients' subjects only, never a person's.
 */
@ApplicationScoped
public class PersonalData {

    /** Every table.column that holds a person's subject, each handled by both {@link #export} and {@link #erase}. */
    public static final List<String> SUBJECT_COLUMNS = List.of(
            "person.subject", "membership.subject", "join_request.subject", "join_request.decided_by",
            "audit_entry.subject", "resource.taken_down_by", "collaboration.taken_down_by", "resource_co_organiser.answered_by",
            "collaboration_participant.invited_by", "collaboration_participant.answered_by", "api_client.created_by_subject",
            "webhook_subscription.created_by", "idempotency_key.subject");

    /** The audit actions whose object the person counts as having created. */
    private static final Map<String, String> CREATED = Map.of("actors", "actor.created", "resources", "resource.created",
            "collaborations", "collaboration.created");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    // --- export ---

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Profile> profile(String subject) {
        return list("""
                select subject, name, email, created_at as "createdAt", updated_at as "updatedAt" from person where subject = :s
                """, subject, new TypeReference<List<Profile>>() {}).stream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Membership> memberships(String subject) {
        return list("""
                select a.id as "actorId", a.name as "actorName", a.slug as "actorSlug", m.role, m.created_at as since
                  from membership m join actor a on a.id = m.actor_id where m.subject = :s order by lower(a.name), a.id
                """, subject, new TypeReference<>() {});
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<JoinRequest> joinRequests(String subject) {
        return list("""
                select r.id, a.id as "actorId", a.name as "actorName", r.message, r.status, r.created_at as "createdAt",
                       r.decided_at as "decidedAt", r.reason
                  from join_request r join actor a on a.id = r.actor_id where r.subject = :s order by r.created_at, r.id
                """, subject, new TypeReference<>() {});
    }

    /** The person's part in other people's join requests: which they decided (not who asked, nor what). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<JoinDecision> joinDecisions(String subject) {
        return list("""
                select r.id, a.id as "actorId", a.name as "actorName", r.status, r.decided_at as "decidedAt"
                  from join_request r join actor a on a.id = r.actor_id where r.decided_by = :s order by r.decided_at, r.id
                """, subject, new TypeReference<>() {});
    }

    /** What the audit trail says the person created ({@link #CREATED}), by kind, with its name now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, List<CreatedObject>> created(String subject) {
        Map<String, List<CreatedObject>> created = new LinkedHashMap<>();
        Map<String, String> names = Map.of(
                "actor.created", "(select x.name from actor x where x.id::text = e.object_id)",
                "resource.created", "(select coalesce(x.title_sv, x.title_en) from resource x where x.id::text = e.object_id)",
                "collaboration.created", "(select coalesce(x.title_sv, x.title_en) from collaboration x where x.id::text = e.object_id)");
        Map<String, String> table = Map.of("actor.created", "actor", "resource.created", "resource",
                "collaboration.created", "collaboration");
        for (String kind : List.of("actors", "resources", "collaborations")) {
            String action = CREATED.get(kind);
            // action and table are constants of this class, never input.
            created.put(kind, list("select e.object_id as id, " + names.get(action) + " as name, (select x.slug from "
                    + table.get(action) + " x where x.id::text = e.object_id) as slug, e.at as \"createdAt\""
                    + " from audit_entry e where e.subject = :s and e.action = '" + action + "' order by e.at, e.id",
                    subject, new TypeReference<>() {}));
        }
        return created;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ApiClient> apiClients(String subject) {
        return list("""
                select id, actor_id as "actorId", name, client_id as "clientId", created_by_name as "createdByName",
                       created_at as "createdAt", revoked_at as "revokedAt"
                  from api_client where created_by_subject = :s order by created_at, id
                """, subject, new TypeReference<>() {});
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Webhook> webhooks(String subject) {
        return list("""
                select id, actor_id as "actorId", url, event_types as "eventTypes", description, status, created_at as "createdAt"
                  from webhook_subscription where created_by = :s order by created_at, id
                """, subject, new TypeReference<>() {});
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Invitation> invitations(String subject) {
        return list("""
                select 'collaboration' as "objectType", collaboration_id as "objectId", actor_id as "actorId", 'invited' as part,
                       status, invited_at as at
                  from collaboration_participant where invited_by = :s
                union all
                select 'collaboration', collaboration_id, actor_id, 'answered', status, answered_at
                  from collaboration_participant where answered_by = :s
                union all
                select 'resource', resource_id, actor_id, 'answered', status, answered_at
                  from resource_co_organiser where answered_by = :s
                order by 6 nulls first, 2, 3
                """, subject, new TypeReference<>() {});
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Takedown> takedowns(String subject) {
        return list("""
                select 'resource' as "objectType", id as "objectId", taken_down_at as "takenDownAt", takedown_reason as reason
                  from resource where taken_down_by = :s
                union all
                select 'collaboration', id, taken_down_at, takedown_reason from collaboration where taken_down_by = :s
                order by 3, 2
                """, subject, new TypeReference<>() {});
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<IdempotencyKey> idempotencyKeys(String subject) {
        return list("""
                select key, created_at as "createdAt", completed_at as "completedAt", status
                  from idempotency_key where subject = :s order by created_at, key
                """, subject, new TypeReference<>() {});
    }

    /** Every audit entry of the person's own changes, not paged. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditRecord> auditEntries(String subject) {
        return list("""
                select id, at, action, object_type as "objectType", object_id as "objectId", summary
                  from audit_entry where subject = :s order by at, id
                """, subject, new TypeReference<>() {});
    }

    /** Others' audit entries whose summary names the person's subject (a decided join request, a changed role). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditRecord> auditEntriesAbout(String subject) {
        return list("""
                select id, at, action, object_type as "objectType", object_id as "objectId", summary
                  from audit_entry where subject is distinct from :s and strpos(summary::text, :needle) > 0 order by at, id
                """, Map.of("s", subject, "needle", jsonString(subject)), new TypeReference<>() {});
    }

    // --- erasure ---

    /** Locks the person's row, so that two erasures of one person (or an erasure and a first sign-in) wait for each other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String subject) {
        em.createNativeQuery("select 1 from person where subject = :s for update").setParameter("s", subject).getResultList();
    }

    /**
     * Removes every link between the stored data and the person: their memberships, join requests,
     * idempotency keys and person row go; the facts others rely on (audit entries, who took down or
     * answered what, who registered an API client or a webhook) stay under {@code pseudonym}; a
     * decision on someone else's join request keeps no decider (that column refers to person rows).
     * Audit summaries that name the person (their subject, email or name) name the pseudonym instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String subject, String pseudonym, List<String> emails, List<String> names) {
        Map<String, Object> p = Map.of("s", subject, "p", pseudonym);
        update("delete from membership where subject = :s", p);
        update("delete from join_request where subject = :s", p);
        update("update join_request set decided_by = null where decided_by = :s", p);
        update("update resource set taken_down_by = :p where taken_down_by = :s", p);
        update("update collaboration set taken_down_by = :p where taken_down_by = :s", p);
        update("update resource_co_organiser set answered_by = :p where answered_by = :s", p);
        update("""
                update collaboration_participant
                   set invited_by = case when invited_by = :s then :p else invited_by end,
                       answered_by = case when answered_by = :s then :p else answered_by end
                 where invited_by = :s or answered_by = :s
                """, p);
        update("update api_client set created_by_subject = :p, created_by_name = null where created_by_subject = :s", p);
        update("update webhook_subscription set created_by = :p where created_by = :s", p);
        update("delete from idempotency_key where subject = :s", p);
        update("update audit_entry set subject = :p where subject = :s", p);
        pseudonymiseSummaries(new Needles(subject, emails, names), pseudonym);
        update("delete from person where subject = :s", p);
    }

    /**
     * What identifies the person inside free JSON: their subject and emails anywhere in a string
     * value; their names as whole words only (a short name must not eat into other words).
     */
    record Needles(String subject, List<String> emails, List<String> names) {
        /** The texts to look for in summaries' JSON text before parsing them. */
        List<String> texts() {
            List<String> texts = new ArrayList<>();
            texts.add(subject);
            emails.stream().filter(e -> e != null && e.strip().length() >= 3).map(String::strip).distinct().forEach(texts::add);
            names.stream().filter(n -> n != null && n.strip().length() >= 2).map(String::strip).distinct().forEach(texts::add);
            return texts;
        }

        List<Pattern> patterns() {
            List<Pattern> patterns = new ArrayList<>();
            patterns.add(Pattern.compile(Pattern.quote(subject)));
            emails.stream().filter(e -> e != null && e.strip().length() >= 3).map(String::strip).distinct()
                    .forEach(e -> patterns.add(Pattern.compile(Pattern.quote(e), Pattern.CASE_INSENSITIVE)));
            names.stream().filter(n -> n != null && n.strip().length() >= 2).map(String::strip).distinct()
                    .forEach(n -> patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])")));
            return patterns;
        }
    }

    private void pseudonymiseSummaries(Needles needles, String pseudonym) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> texts = needles.texts();
        for (int i = 0; i < texts.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("strpos(lower(summary::text), lower(:n").append(i).append(")) > 0");
            params.put("n" + i, jsonInner(texts.get(i)));
        }
        Query find = em.createNativeQuery("select id, summary::text from audit_entry where " + where + " for update");
        params.forEach(find::setParameter);
        List<Pattern> patterns = needles.patterns();
        for (Object row : find.getResultList()) {
            Object[] r = (Object[]) row;
            JsonNode summary = read((String) r[1]);
            JsonNode replaced = replace(summary, patterns, pseudonym);
            if (!replaced.equals(summary)) {
                em.createNativeQuery("update audit_entry set summary = cast(:summary as jsonb) where id = :id")
                        .setParameter("summary", write(replaced)).setParameter("id", r[0]).executeUpdate();
            }
        }
    }

    /** The JSON with every match of a pattern inside its string values replaced by the pseudonym. */
    static JsonNode replace(JsonNode node, List<Pattern> patterns, String pseudonym) {
        if (node.isTextual()) {
            String text = node.asText();
            for (Pattern pattern : patterns) {
                text = pattern.matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym));
            }
            return TextNode.valueOf(text);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), replace(field.getValue(), patterns, pseudonym));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(item -> copy.add(replace(item, patterns, pseudonym)));
            return copy;
        }
        return node;
    }

    /** The actors whose only owner the person is, in name order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ErasurePlan.ActorNamed> solelyOwned(String subject) {
        return list("""
                select a.id, a.name, a.slug from actor a join membership m on m.actor_id = a.id
                 where m.subject = :s and m.role = 'OWNER'
                   and not exists (select 1 from membership o where o.actor_id = a.id and o.role = 'OWNER' and o.subject <> :s)
                 order by lower(a.name), a.id
                """, subject, new TypeReference<>() {});
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int pendingJoinRequests(String subject) {
        return ((Number) em.createNativeQuery("select count(*) from join_request where subject = :s and status = 'PENDING'")
                .setParameter("s", subject).getSingleResult()).intValue();
    }

    // --- helpers ---

    /** The rows of {@code sql} (columns named as the record's fields) read through JSON, so types map as the API writes them. */
    private <T> List<T> list(String sql, String subject, TypeReference<List<T>> type) {
        return list(sql, Map.of("s", subject), type);
    }

    private <T> List<T> list(String sql, Map<String, Object> params, TypeReference<List<T>> type) {
        Query query = em.createNativeQuery("select coalesce(json_agg(row_to_json(q)), '[]')::text from (" + sql + ") q");
        params.forEach(query::setParameter);
        try {
            return json.readValue((String) query.getSingleResult(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL wrote JSON that does not fit the export", e);
        }
    }

    private void update(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        query.executeUpdate();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole JSON string value, as it appears in jsonb's text. */
    private String jsonString(String value) {
        return write(TextNode.valueOf(value));
    }

    /** A JSON string's escaped inside, to find it inside longer string values too. */
    private String jsonInner(String value) {
        String quoted = jsonString(value);
        return quoted.substring(1, quoted.length() - 1);
    }
}
