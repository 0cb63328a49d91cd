package se.digitalimpactnorth.resource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.actor.ActorDtos.Location;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.Markdown;
import se.digitalimpactnorth.resource.ResourceDtos.CoOrganiserInvitation;
import se.digitalimpactnorth.resource.ResourceDtos.Contact;
import se.digitalimpactnorth.resource.ResourceDtos.HiddenReason;
import se.digitalimpactnorth.resource.ResourceDtos.InvitedResource;
import se.digitalimpactnorth.resource.ResourceDtos.Moderation;
import se.digitalimpactnorth.resource.ResourceDtos.ReceivedInvitation;
import se.digitalimpactnorth.resource.ResourceDtos.Link;
import se.digitalimpactnorth.resource.ResourceDtos.Occurrence;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceSummary;
import se.digitalimpactnorth.resource.ResourceDtos.ResourceView;
import se.digitalimpactnorth.resource.ResourceDtos.TakenDownResource;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/** Maps resource entities to API bodies. */
final class ResourceMapper {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private ResourceMapper() {}

    /** {@code insider}: the caller may see moderation and invitations (the publisher's people, moderators). */
    static ResourceView view(Resource r, List<Occurrence> occurrences, boolean canEdit, boolean insider) {
        return new ResourceView(r.id, r.slug, r.externalId, r.kind, r.kind.family(), r.status, ActorRef.of(r.actor),
                r.acceptedCoOrganisers().stream().filter(a -> a.status == ActorStatus.ACTIVE).map(ActorRef::of).toList(),
                insider ? r.coOrganisers.stream().map(c -> new CoOrganiserInvitation(ActorRef.of(c.actor), c.status,
                        c.invitedAt, c.answeredAt)).toList() : null,
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
                r.details, occurrences, r.version, r.createdAt, r.updatedAt, r.publishedAt, canEdit,
                insider ? moderation(r) : null);
    }

    static Moderation moderation(Resource r) {
        List<HiddenReason> why = new ArrayList<>();
        switch (r.status) {
            case DRAFT -> why.add(HiddenReason.DRAFT);
            case ARCHIVED -> why.add(HiddenReason.ARCHIVED);
            case PUBLISHED -> { }
        }
        if (r.isTakenDown()) {
            why.add(HiddenReason.TAKEN_DOWN);
        }
        switch (r.actor.status) {
            case PENDING -> why.add(HiddenReason.PUBLISHER_PENDING);
            case SUSPENDED -> why.add(HiddenReason.PUBLISHER_SUSPENDED);
            case ACTIVE -> { }
        }
        return new Moderation(ResourcePolicy.isPublic(r), List.copyOf(why), r.takedownReason, r.takenDownAt);
    }

    static ReceivedInvitation received(CoOrganiser c) {
        Resource r = c.resource;
        return new ReceivedInvitation(new InvitedResource(r.id, r.slug, r.kind, r.status, new LocalizedText(r.titleSv, r.titleEn)),
                ActorRef.of(r.actor), c.status, c.invitedAt);
    }

    static TakenDownResource takenDown(Resource r) {
        return new TakenDownResource(r.id, r.slug, r.kind, r.status, ActorRef.of(r.actor), new LocalizedText(r.titleSv, r.titleEn),
                r.takedownReason, r.takenDownAt);
    }

    /** {@code insider}: the caller is the publisher's people or a moderator, who see the moderation. */
    static ResourceSummary summary(Resource r, List<Occurrence> occurrences, boolean insider) {
        return new ResourceSummary(r.id, r.slug, r.kind, r.kind.family(), r.status, ActorRef.of(r.actor),
                new LocalizedText(r.titleSv, r.titleEn), new LocalizedText(r.summarySv, r.summaryEn),
                List.copyOf(r.tags), MunicipalityRef.of(r.municipality),
                r.latitude == null ? null : new Location(r.latitude, r.longitude), occurrences,
                r.accessCondition == null ? null : ResourceDtos.AccessCondition.valueOf(r.accessCondition), r.publishedAt,
                insider ? moderation(r) : null);
    }
}
