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
        List<Month> months = scope.months(earliestStart(matching));
        long[] active = new long[months.size() + 1]; // differences: +1 where a run begins, -1 after it ends
        long[] started = new long[months.size()];
        for (CollaborationFact c : matching) {
            int[] range = InsightScope.activeMonths(months, c);
            if (range[0] <= range[1]) {
                active[range[0]]++;
                active[range[1] + 1]--;
            }
            int start = InsightScope.index(months, c.start());
            if (start >= 0 && start < months.size() && months.get(start).contains(c.start())) {
                started[start]++;
            }
        }
        List<CollaborationIntensity> rows = new ArrayList<>();
        long running = 0;
        for (int i = 0; i < months.size(); i++) {
            running += active[i];
            rows.add(new CollaborationIntensity(months.get(i).label(), running, started[i]));
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
        List<Month> months = scope.months(earliestStart(matching));
        // Per month, as differences (see intensity): [0] all, [1..5] each boundary, [6] at least triple, [7] quadruple.
        long[][] diff = new long[8][months.size() + 1];
        for (CollaborationFact c : matching) {
            int[] range = InsightScope.activeMonths(months, c);
            if (range[0] > range[1]) {
                continue;
            }
            List<Integer> counters = new ArrayList<>();
            counters.add(0);
            c.crossed().forEach(b -> counters.add(1 + b.ordinal()));
            if (c.helix() == Helix.TRIPLE || c.helix() == Helix.QUADRUPLE) {
                counters.add(6);
            }
            if (c.helix() == Helix.QUADRUPLE) {
                counters.add(7);
            }
            for (int counter : counters) {
                diff[counter][range[0]]++;
                diff[counter][range[1] + 1]--;
            }
        }
        long[] running = new long[8];
        List<BoundaryCrossing> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            for (int k = 0; k < 8; k++) {
                running[k] += diff[k][i];
            }
            long total = running[0];
            long[] crossed = new long[Boundary.values().length];
            for (Boundary b : Boundary.values()) {
                crossed[b.ordinal()] = running[1 + b.ordinal()];
            }
            long triple = running[6];
            long quadruple = running[7];
            rows.add(new BoundaryCrossing(months.get(i).label(), total,
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
