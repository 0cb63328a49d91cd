package se.digitalimpactnorth.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.MunicipalityFact;
import se.digitalimpactnorth.insights.InsightRows.MunicipalityLinks;

/** Where collaboration reaches: links between the municipalities that collaborations bring together, for the map. */
public final class PlaceFigures {
    private PlaceFigures() {}

    private record Link(String from, String to) {}

    /**
     * Unordered pairs of municipalities in the same matching collaboration's profile (its
     * participants' and its places' municipalities), written with fromCode before toCode, with how
     * many matching collaborations (active during the period) link them; each end's location is the
     * mean of its located active actors (null when it has none). Most collaborations first, then by codes.
     */
    public static List<MunicipalityLinks> municipalityLinks(Ecosystem ecosystem, InsightFilter filter) {
        Map<Link, Long> counts = new HashMap<>();
        for (CollaborationFact c : new InsightScope(ecosystem, filter).collaborations()) {
            List<String> codes = c.municipalities().stream().sorted().toList();
            for (int i = 0; i < codes.size(); i++) {
                for (int j = i + 1; j < codes.size(); j++) {
                    counts.merge(new Link(codes.get(i), codes.get(j)), 1L, Long::sum);
                }
            }
        }
        List<MunicipalityLinks> rows = new ArrayList<>();
        counts.forEach((link, n) -> {
            MunicipalityFact from = ecosystem.municipalities().get(link.from());
            MunicipalityFact to = ecosystem.municipalities().get(link.to());
            rows.add(new MunicipalityLinks(link.from(), from == null ? null : from.name(), from == null ? null : from.latitude(),
                    from == null ? null : from.longitude(), link.to(), to == null ? null : to.name(),
                    to == null ? null : to.latitude(), to == null ? null : to.longitude(), n));
        });
        rows.sort(Comparator.comparingLong(MunicipalityLinks::collaborations).reversed()
                .thenComparing(MunicipalityLinks::fromCode).thenComparing(MunicipalityLinks::toCode));
        return rows;
    }
}
