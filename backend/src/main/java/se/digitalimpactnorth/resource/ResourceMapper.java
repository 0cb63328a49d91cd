package se.digitalimpactnorth.resource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.actor.ActorDtos.Location;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.Markdown;
import se.digitalimpactnorth.resource.ResourceDtos.Contact;
import se.digitalimpactnorth.resource.ResourceDtos.Link;
import se.digitalimpactnorth.resource.ResourceDtos.Occurrence;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceSummary;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceView;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/** Maps resource entities to API bodies. */
final class ResourceMapper {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private ResourceMapper() {}

    static ResourceView view(Resource r, List<Occurrence> occurrences, boolean canEdit) {
        return new ResourceView(r.id, r.slug, r.kind, r.kind.family(), r.status, ActorRef.of(r.actor),
                r.coOrganisers.stream().map(ActorRef::of).toList(),
                new LocalizedText(r.titleSv, r.titleEn), new LocalizedText(r.summarySv, r.summaryEn),
                new LocalizedText(r.bodySv, r.bodyEn),
                new LocalizedText(Markdown.toHtml(r.bodySv), Markdown.toHtml(r.bodyEn)),
                r.language, List.copyOf(r.tags),
                r.technologyAreas.stream().map(TechnologyAreaDto::of).toList(),
                r.sdgs.stream().map(Short::intValue).sorted().toList(),
                MunicipalityRef.of(r.municipality),
                r.latitude == null ? null : new Location(r.latitude, r.longitude),
                r.links.stream().map(l -> PLAIN.convertValue(l, Link.class)).toList(),
                r.contact == null ? null : PLAIN.convertValue(r.contact, new TypeReference<Contact>() {}),
                r.details, occurrences, r.version, r.createdAt, r.updatedAt, r.publishedAt, canEdit);
    }

    static ResourceSummary summary(Resource r, List<Occurrence> occurrences) {
        return new ResourceSummary(r.id, r.slug, r.kind, r.kind.family(), r.status, ActorRef.of(r.actor),
                new LocalizedText(r.titleSv, r.titleEn), new LocalizedText(r.summarySv, r.summaryEn),
                List.copyOf(r.tags), MunicipalityRef.of(r.municipality), occurrences,
                r.accessCondition == null ? null : ResourceDtos.AccessCondition.valueOf(r.accessCondition), r.publishedAt);
    }
}
