package se.digitalimpactnorth.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.collaboration.BoundaryProfile;
import se.digitalimpactnorth.collaboration.Collaboration;
import se.digitalimpactnorth.collaboration.CollaborationFunding;
import se.digitalimpactnorth.collaboration.CollaborationParticipant;
import se.digitalimpactnorth.collaboration.CollaborationQueries;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.common.Markdown;
import se.digitalimpactnorth.feed.CollaborationFeedItem.Member;
import se.digitalimpactnorth.feed.CollaborationFeedItem.Organisation;

/**
 * Reads the public collaborations a collaborations feed lists, as feed items. Which ones, and in
 * which order, is the collaboration feature's public rule and filters (CollaborationQueries, the
 * same query as GET /api/v1/collaborations); this class only turns them into items.
 */
@ApplicationScoped
public class CollaborationFeed {

    @Inject
    CollaborationQueries queries;

    @Inject
    ObjectMapper json;

    /** The items of this feed, newest published first; the caller's transaction reads them. */
    List<CollaborationFeedItem> items(CollaborationFeedKey key, String home) {
        List<UUID> ids = queries.publishedIds(key.filter(), key.limit());
        if (ids.isEmpty()) {
            return List.of();
        }
        // Three queries whatever the limit: the collaborations with their participants' actors, then their funding lines.
        Map<UUID, Collaboration> byId = Collaboration.<Collaboration>find(
                "select distinct c from Collaboration c left join fetch c.participants p left join fetch p.actor where c.id in ?1", ids)
                .stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<UUID, List<CollaborationFunding>> funding = new LinkedHashMap<>();
        CollaborationFunding.<CollaborationFunding>find(
                "from CollaborationFunding f left join fetch f.funderActor where f.collaboration.id in ?1 order by f.position", ids)
                .stream().forEach(f -> funding.computeIfAbsent(f.collaboration.id, k -> new ArrayList<>()).add(f));
        boolean english = "en".equals(key.lang());
        List<CollaborationFeedItem> items = new ArrayList<>();
        for (UUID id : ids) {
            Collaboration c = byId.get(id);
            if (c != null) {
                items.add(item(c, funding.getOrDefault(id, List.of()), english, home));
            }
        }
        return items;
    }

    private CollaborationFeedItem item(Collaboration c, List<CollaborationFunding> lines, boolean english, String home) {
        // The participants that count, the lead first, then in the order they joined.
        List<CollaborationParticipant> counting = c.counting().stream()
                .sorted(Comparator.comparing((CollaborationParticipant p) -> p.role != ParticipantRole.LEAD)
                        .thenComparing(p -> p.answeredAt == null ? p.invitedAt : p.answeredAt)
                        .thenComparing(p -> p.actor.id.toString()))
                .toList();
        List<Member> members = counting.stream()
                .map(p -> new Member(p.actor.name, actorUrl(home, p.actor), p.role.name(), p.actor.kind.sector().name())).toList();
        // Funders: each funding line's funder, then participants in the FUNDER role; each organisation once.
        Map<String, Organisation> funders = new LinkedHashMap<>();
        for (CollaborationFunding f : lines) {
            if (f.funderActor != null) {
                funders.putIfAbsent(f.funderActor.id.toString(), new Organisation(f.funderActor.name, actorUrl(home, f.funderActor)));
            } else {
                funders.putIfAbsent("name:" + f.funderName, new Organisation(f.funderName, null));
            }
        }
        counting.stream().filter(p -> p.role == ParticipantRole.FUNDER)
                .forEach(p -> funders.putIfAbsent(p.actor.id.toString(), new Organisation(p.actor.name, actorUrl(home, p.actor))));
        Actor lead = c.lead();
        String summary = pick(english, c.summarySv, c.summaryEn);
        if (summary == null) {
            summary = Markdown.toPlainText(pick(english, c.descriptionSv, c.descriptionEn));
        }
        // A member's new name changes the body: Last-Modified moves with the latest of them too.
        OffsetDateTime updated = counting.stream().map(p -> p.actor.updatedAt).filter(t -> t != null)
                .reduce(c.updatedAt, (a, b) -> b.isAfter(a) ? b : a);
        return new CollaborationFeedItem(c.id, home + "/samverkan/" + c.slug, c.kind.name(), c.status.name(),
                pick(english, c.titleSv, c.titleEn), summary, c.startDate, c.endDate, c.website,
                new Organisation(lead.name, actorUrl(home, lead)), members, List.copyOf(funders.values()),
                json.convertValue(c.boundaryProfile, BoundaryProfile.class), c.publishedAt, updated);
    }

    private static String actorUrl(String home, Actor a) {
        return home + "/aktorer/" + a.slug;
    }

    /** The language asked for, else the other one: a feed never shows an empty title. */
    private static String pick(boolean english, String sv, String en) {
        String first = english ? en : sv;
        return first != null && !first.isBlank() ? first : (english ? sv : en);
    }
}
