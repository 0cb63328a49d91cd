package se.digitalimpactnorth.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.actor.ActorDtos.ActorSummary;
import se.digitalimpactnorth.actor.ActorDtos.ActorView;
import se.digitalimpactnorth.actor.ActorDtos.JoinRequestView;
import se.digitalimpactnorth.actor.ActorDtos.Location;
import se.digitalimpactnorth.actor.ActorDtos.MemberView;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.Markdown;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/** Maps actor entities to API bodies, and to the flat view the audit trail compares. */
final class ActorMapper {

    private ActorMapper() {}

    static ActorView view(Actor a, MemberRole myRole, boolean showInside) {
        return new ActorView(a.id, a.slug, a.name, a.kind, a.kind.sector(), a.orgNumber,
                new LocalizedText(a.descriptionSv, a.descriptionEn),
                new LocalizedText(Markdown.toHtml(a.descriptionSv), Markdown.toHtml(a.descriptionEn)),
                a.website, a.logoUrl, a.contactEmail, MunicipalityRef.of(a.municipality), location(a),
                areas(a), List.copyOf(a.competences), a.status, showInside ? a.statusReason : null,
                a.version, a.createdAt, a.updatedAt, myRole);
    }

    static ActorSummary summary(Actor a) {
        return new ActorSummary(a.id, a.slug, a.name, a.kind, a.kind.sector(), a.status, a.logoUrl,
                MunicipalityRef.of(a.municipality), location(a), areas(a));
    }

    static ActorRef ref(Actor a) {
        return ActorRef.of(a);
    }

    static MemberView member(Membership m) {
        return new MemberView(m.person.subject, m.person.name, m.role, m.createdAt);
    }

    static JoinRequestView joinRequest(JoinRequest r) {
        return new JoinRequestView(r.id, ref(r.actor), r.person.subject, r.person.name, r.message, r.status,
                r.createdAt, r.decidedAt);
    }

    /** The editable fields, flat, for before/after summaries in the audit trail. */
    static Map<String, Object> auditFields(Actor a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", a.name);
        fields.put("kind", a.kind.name());
        fields.put("orgNumber", a.orgNumber);
        fields.put("descriptionSv", a.descriptionSv);
        fields.put("descriptionEn", a.descriptionEn);
        fields.put("website", a.website);
        fields.put("logoUrl", a.logoUrl);
        fields.put("contactEmail", a.contactEmail);
        fields.put("municipalityCode", a.municipality == null ? null : a.municipality.code);
        fields.put("location", a.latitude == null ? null : a.latitude + "," + a.longitude);
        fields.put("technologyAreas", a.technologyAreas.stream().map(t -> t.code).sorted().toList());
        fields.put("competences", List.copyOf(a.competences));
        fields.put("status", a.status.name());
        return fields;
    }

    private static Location location(Actor a) {
        return a.latitude == null ? null : new Location(a.latitude, a.longitude);
    }

    private static List<TechnologyAreaDto> areas(Actor a) {
        return a.technologyAreas.stream().map(TechnologyAreaDto::of).toList();
    }
}
