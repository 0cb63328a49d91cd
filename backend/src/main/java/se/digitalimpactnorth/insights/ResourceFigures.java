package se.digitalimpactnorth.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.digitalimpactnorth.insights.Ecosystem.ResourceFact;
import se.digitalimpactnorth.insights.InsightRows.ResourcesPublished;
import se.digitalimpactnorth.insights.InsightScope.Month;
import se.digitalimpactnorth.resource.ResourceKind;

/** Innovation tempo: public resources published per month, by family and kind. */
public final class ResourceFigures {
    private ResourceFigures() {}

    /**
     * One row per month of the period × kind (all ten kinds, zeros included, in the order of the
     * enum): the matching public resources of that kind published in that month. The series starts
     * at the month of {@code from}, else at the month of the first matching publication.
     */
    public static List<ResourcesPublished> published(Ecosystem ecosystem, InsightFilter filter) {
        InsightScope scope = new InsightScope(ecosystem, filter);
        List<ResourceFact> published = scope.resourcesPublished().toList();
        LocalDate first = published.stream().map(ResourceFact::published).min(Comparator.naturalOrder()).orElse(null);
        Map<YearMonth, Map<ResourceKind, Long>> counts = new HashMap<>();
        for (ResourceFact r : published) {
            counts.computeIfAbsent(YearMonth.from(r.published()), m -> new EnumMap<>(ResourceKind.class))
                    .merge(r.kind(), 1L, Long::sum);
        }
        List<ResourcesPublished> rows = new ArrayList<>();
        for (Month month : scope.months(first)) {
            // Publications outside the period were left out above, so a clipped month counts only its days in it.
            Map<ResourceKind, Long> inMonth = counts.getOrDefault(month.month(), Map.of());
            for (ResourceKind kind : ResourceKind.values()) {
                rows.add(new ResourcesPublished(month.label(), kind.family(), kind, inMonth.getOrDefault(kind, 0L)));
            }
        }
        return rows;
    }
}
