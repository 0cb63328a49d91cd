package se.digitalimpactnorth.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Helix;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.InsightRows.BoundaryCrossing;
import se.digitalimpactnorth.insights.InsightRows.BoundaryScores;
import se.digitalimpactnorth.insights.InsightRows.CollaborationIntensity;
import se.digitalimpactnorth.insights.InsightScope.Month;

/**
 * Project intensity and boundary crossing: what the public collaborations are doing, per month
 * and over the period, from their stored boundary profiles (BoundaryRules computes those).
 */
public final class CollaborationFigures {
    private CollaborationFigures() {}

    /**
     * Per month of the period: matching collaborations running on some day of it, and those whose
     * start date lies in it. The series starts at the month of {@code from}, else at the month the
     * earliest matching collaboration started.
     */
    public static List<CollaborationIntensity> intensity(Ecosystem ecosystem, InsightFilter filter) {
        InsightScope scope = new InsightScope(ecosystem, filter);
        List<CollaborationFact> matching = scope.collaborations();
        List<CollaborationIntensity> rows = new ArrayList<>();
        for (Month month : scope.months(earliestStart(matching))) {
            long active = 0;
            long started = 0;
            for (CollaborationFact c : matching) {
                if (c.activeDuring(month.first(), month.last())) {
                    active++;
                }
                if (month.contains(c.start())) {
                    started++;
                }
            }
            rows.add(new CollaborationIntensity(month.label(), active, started));
        }
        return rows;
    }

    /**
     * Per month of the period: of the matching collaborations active in it, the share crossing each
     * of the five boundaries, the share forming at least a triple helix (business, academia and
     * public; civil society or not) and the share forming a quadruple helix (all four). Every share
     * is 0 in a month without collaborations.
     */
    public static List<BoundaryCrossing> boundaryCrossing(Ecosystem ecosystem, InsightFilter filter) {
        InsightScope scope = new InsightScope(ecosystem, filter);
        List<CollaborationFact> matching = scope.collaborations();
        List<BoundaryCrossing> rows = new ArrayList<>();
        for (Month month : scope.months(earliestStart(matching))) {
            long total = 0;
            long[] crossed = new long[Boundary.values().length];
            long triple = 0;
            long quadruple = 0;
            for (CollaborationFact c : matching) {
                if (!c.activeDuring(month.first(), month.last())) {
                    continue;
                }
                total++;
                c.crossed().forEach(b -> crossed[b.ordinal()]++);
                if (c.helix() == Helix.TRIPLE || c.helix() == Helix.QUADRUPLE) {
                    triple++;
                }
                if (c.helix() == Helix.QUADRUPLE) {
                    quadruple++;
                }
            }
            rows.add(new BoundaryCrossing(month.label(), total,
                    InsightScope.share(crossed[Boundary.SECTOR.ordinal()], total),
                    InsightScope.share(crossed[Boundary.ORGANISATION.ordinal()], total),
                    InsightScope.share(crossed[Boundary.PLACE.ordinal()], total),
                    InsightScope.share(crossed[Boundary.KNOWLEDGE.ordinal()], total),
                    InsightScope.share(crossed[Boundary.TECHNOLOGY.ordinal()], total),
                    InsightScope.share(triple, total), InsightScope.share(quadruple, total)));
        }
        return rows;
    }

    /** Scores 0 to 5 (all six rows): how many matching collaborations active during the period have each, and their share. */
    public static List<BoundaryScores> boundaryScores(Ecosystem ecosystem, InsightFilter filter) {
        List<CollaborationFact> matching = new InsightScope(ecosystem, filter).collaborations();
        long[] counts = new long[6];
        for (CollaborationFact c : matching) {
            counts[Math.clamp(c.boundaryScore(), 0, 5)]++;
        }
        List<BoundaryScores> rows = new ArrayList<>();
        for (int score = 0; score <= 5; score++) {
            rows.add(new BoundaryScores(score, counts[score], InsightScope.share(counts[score], matching.size())));
        }
        return rows;
    }

    private static LocalDate earliestStart(List<CollaborationFact> collaborations) {
        return collaborations.stream().map(CollaborationFact::start).min(Comparator.naturalOrder()).orElse(null);
    }
}
