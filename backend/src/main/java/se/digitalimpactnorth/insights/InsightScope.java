package se.digitalimpactnorth.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.ParticipantFact;
import se.digitalimpactnorth.insights.Ecosystem.ResourceFact;

/**
 * Which actors, resources and collaborations of an {@link Ecosystem} an {@link InsightFilter} keeps:
 * the one place the filter semantics of docs/insights.md live, so every figure (and the network)
 * applies them the same way. Built once per figure computation; the indirect matches (an actor
 * through what it publishes or takes part in, a resource through its collaborations) are worked out
 * here once instead of per object.
 *
 * <p>The place, sector and subject filters ({@link #actor}, {@link #resource}, {@link #collaboration})
 * are separate from the period, because figures use the period differently: stock figures count
 * actors joined by {@code to}, series count per month, totals count over the whole period.
 */
public final class InsightScope {

    /** The longest monthly series served (a hundred years): a period beyond it is a 400, not a huge response. */
    public static final int MAX_MONTHS = 1_200;

    private final Ecosystem ecosystem;
    private final InsightFilter filter;
    /** Actors matching the sdg / technologyArea / knowledgeArea filters through resources and collaborations; null when not filtered. */
    private final Set<UUID> actorsBySubject;
    /** Resources linked to a collaboration matching the knowledgeArea filter; null when not filtered. */
    private final Set<UUID> resourcesByKnowledge;

    public InsightScope(Ecosystem ecosystem, InsightFilter filter) {
        this.ecosystem = ecosystem;
        this.filter = filter;
        this.resourcesByKnowledge = filter.knowledgeArea() == null ? null : resourcesByKnowledge();
        this.actorsBySubject = filter.sdg() == null && filter.technologyArea() == null && filter.knowledgeArea() == null
                ? null : actorsBySubject();
    }

    public Ecosystem ecosystem() {
        return ecosystem;
    }

    public InsightFilter filter() {
        return filter;
    }

    // --- actors ----------------------------------------------------------------------------------

    /**
     * Whether an actor matches the place, sector and subject filters: its municipality (and county);
     * its sector; an sdg or technology area of a public resource it publishes or of a public
     * collaboration it counts in (or, for technology areas, its own); a knowledge area of a public
     * collaboration it counts in. The period is not applied.
     */
    public boolean actor(ActorFact a) {
        return (filter.county() == null || filter.county().equals(a.countyCode()))
                && (filter.municipality() == null || filter.municipality().equals(a.municipalityCode()))
                && (filter.sector() == null || filter.sector() == a.sector())
                && (actorsBySubject == null || actorsBySubject.contains(a.id()));
    }

    /** The actors of stock figures: matching, and joined on or before {@code to} (when given). */
    public Stream<ActorFact> actorsJoinedByEnd() {
        return ecosystem.actors().values().stream()
                .filter(this::actor)
                .filter(a -> filter.to() == null || !a.joined().isAfter(filter.to()));
    }

    /** The matching actors, whenever they joined. */
    public Stream<ActorFact> actors() {
        return ecosystem.actors().values().stream().filter(this::actor);
    }

    private Set<UUID> actorsBySubject() {
        // Each subject filter given must be met, each through any of the actor's routes.
        Set<UUID> result = null;
        if (filter.sdg() != null) {
            Set<UUID> bySdg = new HashSet<>();
            ecosystem.resources().stream().filter(r -> r.sdgs().contains(filter.sdg())).forEach(r -> bySdg.add(r.publisherId()));
            ecosystem.collaborations().stream().filter(c -> c.sdgs().contains(filter.sdg())).forEach(c -> addParticipants(bySdg, c));
            result = bySdg;
        }
        if (filter.technologyArea() != null) {
            String area = filter.technologyArea();
            Set<UUID> byArea = new HashSet<>();
            ecosystem.actors().values().stream().filter(a -> a.technologyAreas().contains(area)).forEach(a -> byArea.add(a.id()));
            ecosystem.resources().stream().filter(r -> r.technologyAreas().contains(area)).forEach(r -> byArea.add(r.publisherId()));
            ecosystem.collaborations().stream().filter(c -> c.technologyAreas().contains(area)).forEach(c -> addParticipants(byArea, c));
            result = intersect(result, byArea);
        }
        if (filter.knowledgeArea() != null) {
            Set<UUID> byKnowledge = new HashSet<>();
            ecosystem.collaborations().stream().filter(this::knowledge).forEach(c -> addParticipants(byKnowledge, c));
            result = intersect(result, byKnowledge);
        }
        return result;
    }

    private static void addParticipants(Set<UUID> ids, CollaborationFact c) {
        for (ParticipantFact p : c.participants()) {
            ids.add(p.actorId());
        }
    }

    private static Set<UUID> intersect(Set<UUID> a, Set<UUID> b) {
        if (a == null) {
            return b;
        }
        a.retainAll(b);
        return a;
    }

    // --- resources -------------------------------------------------------------------------------

    /**
     * Whether a resource matches the place, sector and subject filters: its municipality (its own,
     * else its publisher's) and county; its publisher's sector; its own sdgs and technology areas; a
     * knowledge area of a public collaboration it is linked to. The period is not applied.
     */
    public boolean resource(ResourceFact r) {
        if (filter.sector() != null) {
            ActorFact publisher = ecosystem.actors().get(r.publisherId());
            if (publisher == null || publisher.sector() != filter.sector()) {
                return false;
            }
        }
        return (filter.county() == null || filter.county().equals(r.countyCode()))
                && (filter.municipality() == null || filter.municipality().equals(r.municipalityCode()))
                && (filter.sdg() == null || r.sdgs().contains(filter.sdg()))
                && (filter.technologyArea() == null || r.technologyAreas().contains(filter.technologyArea()))
                && (resourcesByKnowledge == null || resourcesByKnowledge.contains(r.id()));
    }

    /** The matching resources published within the period. */
    public Stream<ResourceFact> resourcesPublished() {
        return ecosystem.resources().stream().filter(r -> within(r.published(), filter.from(), filter.to())).filter(this::resource);
    }

    private Set<UUID> resourcesByKnowledge() {
        Set<UUID> ids = new HashSet<>();
        ecosystem.collaborations().stream().filter(this::knowledge).forEach(c -> ids.addAll(c.resourceIds()));
        return ids;
    }

    // --- collaborations --------------------------------------------------------------------------

    /**
     * Whether a collaboration matches the place, sector and subject filters: its profile's
     * municipalities and counties; its profile's sectors; its own sdgs, technology areas and
     * knowledge areas (a code matches a filter it starts with: 10201 matches 102 and 1). The period
     * is not applied.
     */
    public boolean collaboration(CollaborationFact c) {
        return (filter.county() == null || c.counties().contains(filter.county()))
                && (filter.municipality() == null || c.municipalities().contains(filter.municipality()))
                && (filter.sector() == null || c.sectors().contains(filter.sector()))
                && (filter.sdg() == null || c.sdgs().contains(filter.sdg()))
                && (filter.technologyArea() == null || c.technologyAreas().contains(filter.technologyArea()))
                && knowledge(c);
    }

    /** The matching collaborations active on some day of the period (the network and the map links use these). */
    public List<CollaborationFact> collaborations() {
        List<CollaborationFact> result = new ArrayList<>();
        for (CollaborationFact c : ecosystem.collaborations()) {
            if (c.activeDuring(filter.from(), filter.to()) && collaboration(c)) {
                result.add(c);
            }
        }
        return result;
    }

    private boolean knowledge(CollaborationFact c) {
        return knowledgeMatches(c.knowledgeAreas(), filter.knowledgeArea());
    }

    /** Whether any of the codes lies under the filter's SSIF code (null: any). */
    public static boolean knowledgeMatches(Set<String> codes, String filterCode) {
        if (filterCode == null) {
            return true;
        }
        for (String code : codes) {
            if (code.startsWith(filterCode)) {
                return true;
            }
        }
        return false;
    }

    // --- the period ------------------------------------------------------------------------------

    /** Whether a day lies in [from, to] (either may be null: unbounded). */
    public static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** One month of a series, clipped to the period: its first and last day within it. */
    public record Month(YearMonth month, LocalDate first, LocalDate last) {
        /** "2026-03" */
        public String label() {
            return month.toString();
        }

        public boolean contains(LocalDate day) {
            return within(day, first, last);
        }
    }

    /**
     * The months of a series: from the month of {@code from} (else the month of {@code firstData},
     * the series' earliest day, else the last month) to the month of {@code to} (else today's month),
     * every month included so that charts have no gaps. The first and last are clipped to the period.
     */
    public List<Month> months(LocalDate firstData) {
        LocalDate end = filter.to() != null ? filter.to() : ecosystem.today();
        LocalDate start = filter.from() != null ? filter.from() : firstData;
        if (filter.to() == null && filter.from() != null && filter.from().isAfter(end)) {
            end = filter.from(); // a period starting in the future and open-ended: its first month
        }
        YearMonth last = YearMonth.from(end);
        YearMonth first = start == null || YearMonth.from(start).isAfter(last) ? last : YearMonth.from(start);
        if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
            if (filter.from() == null) {
                first = last.minusMonths(MAX_MONTHS); // very old data: the last hundred years
            } else {
                throw ProblemException.invalidField("from", "a monthly series spans at most " + MAX_MONTHS + " months: give a later from");
            }
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate from = m.atDay(1);
            LocalDate to = m.atEndOfMonth();
            if (filter.from() != null && from.isBefore(filter.from())) {
                from = filter.from();
            }
            if (filter.to() != null && to.isAfter(filter.to())) {
                to = filter.to();
            }
            months.add(new Month(m, from, to));
        }
        return months;
    }

    /**
     * The months of {@code months} (as {@link #months} makes them) in which a collaboration active
     * during the period runs: a contiguous range of indexes, {@code [first, last]}, empty (first >
     * last) when it runs only outside the series (it starts after the series' last month).
     * Counting by ranges keeps a series O(collaborations + months) instead of their product.
     */
    public static int[] activeMonths(List<Month> months, CollaborationFact c) {
        int first = Math.max(0, index(months, c.start()));
        int last = c.end() == null ? months.size() - 1 : Math.min(months.size() - 1, index(months, c.end()));
        return new int[] {first, last};
    }

    /** The index of the day's month in the series (negative before it, size() or more after it). */
    public static int index(List<Month> months, LocalDate day) {
        return (int) months.getFirst().month().until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS);
    }

    /** A share rounded to four decimals (0 when there is nothing to share). */
    public static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
