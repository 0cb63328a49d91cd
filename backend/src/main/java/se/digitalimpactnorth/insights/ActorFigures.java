package se.digitalimpactnorth.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.MunicipalityFact;
import se.digitalimpactnorth.insights.InsightRows.ActorsByCounty;
import se.digitalimpactnorth.insights.InsightRows.ActorsByKind;
import se.digitalimpactnorth.insights.InsightRows.ActorsByMunicipality;
import se.digitalimpactnorth.insights.InsightRows.ActorsBySector;
import se.digitalimpactnorth.insights.InsightRows.ActorsJoined;
import se.digitalimpactnorth.insights.InsightScope.Month;

/**
 * Who is in the ecosystem: active actors by sector, kind, county and municipality (a stock: those
 * joined by the end of the period), and how many joined each month. Pure functions of the ecosystem
 * and the filter.
 */
public final class ActorFigures {
    private ActorFigures() {}

    /** All four sectors, zeros included, in the order of the enum. */
    public static List<ActorsBySector> bySector(Ecosystem ecosystem, InsightFilter filter) {
        Map<Sector, Long> counts = new EnumMap<>(Sector.class);
        new InsightScope(ecosystem, filter).actorsJoinedByEnd().forEach(a -> counts.merge(a.sector(), 1L, Long::sum));
        List<ActorsBySector> rows = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            rows.add(new ActorsBySector(sector, counts.getOrDefault(sector, 0L)));
        }
        return rows;
    }

    /** Every kind, zeros included, in the order of the enum, with the sector it belongs to. */
    public static List<ActorsByKind> byKind(Ecosystem ecosystem, InsightFilter filter) {
        Map<ActorKind, Long> counts = new EnumMap<>(ActorKind.class);
        new InsightScope(ecosystem, filter).actorsJoinedByEnd().forEach(a -> counts.merge(a.kind(), 1L, Long::sum));
        List<ActorsByKind> rows = new ArrayList<>();
        for (ActorKind kind : ActorKind.values()) {
            rows.add(new ActorsByKind(kind, kind.sector(), counts.getOrDefault(kind, 0L)));
        }
        return rows;
    }

    /** Counties with at least one actor, most actors first (then by code). Actors without a municipality are not placed. */
    public static List<ActorsByCounty> byCounty(Ecosystem ecosystem, InsightFilter filter) {
        Map<String, Long> counts = new InsightScope(ecosystem, filter).actorsJoinedByEnd()
                .filter(a -> a.countyCode() != null)
                .collect(Collectors.groupingBy(ActorFact::countyCode, Collectors.counting()));
        Map<String, String> countyNames = new HashMap<>();
        ecosystem.municipalities().values().forEach(m -> countyNames.putIfAbsent(m.countyCode(), m.countyName()));
        return counts.entrySet().stream()
                .map(e -> new ActorsByCounty(e.getKey(), countyNames.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(ActorsByCounty::actors).reversed().thenComparing(ActorsByCounty::countyCode))
                .toList();
    }

    /** Municipalities with at least one actor, most actors first (then by code). */
    public static List<ActorsByMunicipality> byMunicipality(Ecosystem ecosystem, InsightFilter filter) {
        Map<String, Long> counts = new InsightScope(ecosystem, filter).actorsJoinedByEnd()
                .filter(a -> a.municipalityCode() != null)
                .collect(Collectors.groupingBy(ActorFact::municipalityCode, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> {
                    MunicipalityFact m = ecosystem.municipalities().get(e.getKey());
                    return new ActorsByMunicipality(e.getKey(), m == null ? null : m.name(), m == null ? null : m.countyCode(),
                            e.getValue());
                })
                .sorted(Comparator.comparingLong(ActorsByMunicipality::actors).reversed()
                        .thenComparing(ActorsByMunicipality::municipalityCode))
                .toList();
    }

    /**
     * Per month of the period: the matching actors that joined in it, and the total joined up to its
     * end (including those that joined before the period). The series starts at the month of
     * {@code from}, else at the month the first matching actor joined.
     */
    public static List<ActorsJoined> joined(Ecosystem ecosystem, InsightFilter filter) {
        InsightScope scope = new InsightScope(ecosystem, filter);
        List<LocalDate> days = scope.actors().map(ActorFact::joined).sorted().toList();
        List<ActorsJoined> rows = new ArrayList<>();
        int index = 0; // days before index joined on or before the previous month's last day
        for (Month month : scope.months(days.isEmpty() ? null : days.getFirst())) {
            long joined = 0;
            while (index < days.size() && !days.get(index).isAfter(month.last())) {
                if (!days.get(index).isBefore(month.first())) {
                    joined++;
                }
                index++;
            }
            rows.add(new ActorsJoined(month.label(), joined, index));
        }
        return rows;
    }
}
