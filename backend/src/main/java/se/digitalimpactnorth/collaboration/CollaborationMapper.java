package se.digitalimpactnorth.collaboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.digitalimpactnorth.actor.ActorDtos.ActorRef;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeAreaRef;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationSummary;
import se.digitalimpactnorth.collaboration.CollaborationDtos.CollaborationView;
import se.digitalimpactnorth.collaboration.CollaborationDtos.FundingLine;
import se.digitalimpactnorth.collaboration.CollaborationDtos.HiddenReason;
import se.digitalimpactnorth.collaboration.CollaborationDtos.LinkedResource;
import se.digitalimpactnorth.collaboration.CollaborationDtos.Moderation;
import se.digitalimpactnorth.collaboration.CollaborationDtos.Participant;
import se.digitalimpactnorth.collaboration.CollaborationDtos.ParticipantInvitation;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.common.Markdown;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/** Maps collaboration entities to API bodies. */
final class CollaborationMapper {

    private CollaborationMapper() {}

    /**
     * {@code invitations}: the caller may see every row (the lead's people, moderators);
     * {@code insider}: the caller may see the moderation (participants' people, moderators).
     */
    static CollaborationView view(Collaboration c, BoundaryProfile profile, List<KnowledgeAreaRef> knowledgeAreas,
            List<LinkedResource> linkedResources, boolean canEdit, boolean invitations, boolean insider) {
        return new CollaborationView(c.id, c.slug, c.externalId, c.kind, c.status, c.publication,
                new LocalizedText(c.titleSv, c.titleEn), new LocalizedText(c.summarySv, c.summaryEn),
                new LocalizedText(c.descriptionSv, c.descriptionEn),
                new LocalizedText(Markdown.toHtml(c.descriptionSv), Markdown.toHtml(c.descriptionEn)),
                c.startDate, c.endDate, c.website,
                c.sdgs.stream().map(Short::intValue).sorted().toList(),
                c.technologyAreas.stream().sorted(Comparator.comparing(t -> t.code)).map(TechnologyAreaDto::of).toList(),
                knowledgeAreas,
                c.places.stream().sorted(Comparator.comparing(m -> m.code)).map(MunicipalityRef::of).toList(),
                c.funding.stream().map(CollaborationMapper::funding).toList(),
                linkedResources,
                ActorRef.of(c.lead()),
                participants(c),
                invitations ? c.participants.stream().map(CollaborationMapper::invitation).toList() : null,
                profile, c.version, c.createdAt, c.updatedAt, c.publishedAt, canEdit,
                insider ? moderation(c) : null);
    }

    /** The participants that count, the lead first, then in the order they accepted. */
    static List<Participant> participants(Collaboration c) {
        return c.counting().stream()
                .sorted(Comparator.comparing((CollaborationParticipant p) -> p.role != ParticipantRole.LEAD)
                        .thenComparing(p -> p.answeredAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(p -> new Participant(ActorRef.of(p.actor), p.actor.kind.sector(), MunicipalityRef.of(p.actor.municipality),
                        p.role, p.answeredAt != null ? p.answeredAt : p.invitedAt))
                .toList();
    }

    static ParticipantInvitation invitation(CollaborationParticipant p) {
        return new ParticipantInvitation(ActorRef.of(p.actor), p.role, p.status, p.invitedAt, p.answeredAt);
    }

    static FundingLine funding(CollaborationFunding f) {
        return new FundingLine(f.funderActor == null ? null : ActorRef.of(f.funderActor), f.funderName, f.programme,
                f.amountSek.longValueExact(), f.type);
    }

    static Moderation moderation(Collaboration c) {
        List<HiddenReason> why = new ArrayList<>();
        switch (c.publication) {
            case DRAFT -> why.add(HiddenReason.DRAFT);
            case ARCHIVED -> why.add(HiddenReason.ARCHIVED);
            case PUBLISHED -> { }
        }
        if (c.isTakenDown()) {
            why.add(HiddenReason.TAKEN_DOWN);
        }
        if (!c.leadActive()) {
            why.add(HiddenReason.LEAD_NOT_ACTIVE);
        }
        if (c.counting().size() < CollaborationPolicy.MIN_PUBLIC_PARTICIPANTS) {
            why.add(HiddenReason.TOO_FEW_PARTICIPANTS);
        }
        return new Moderation(CollaborationPolicy.isPublic(c), List.copyOf(why), c.takedownReason, c.takenDownAt);
    }

    /** {@code insider}: the caller may see the moderation. */
    static CollaborationSummary summary(Collaboration c, BoundaryProfile profile, boolean insider) {
        return new CollaborationSummary(c.id, c.slug, c.kind, c.status, c.publication,
                new LocalizedText(c.titleSv, c.titleEn), new LocalizedText(c.summarySv, c.summaryEn),
                c.startDate, c.endDate, ActorRef.of(c.lead()), c.participantCount, profile, c.publishedAt,
                insider ? moderation(c) : null);
    }
}
