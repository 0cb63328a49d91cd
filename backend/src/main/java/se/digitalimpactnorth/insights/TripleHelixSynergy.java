package se.digitalimpactnorth.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;

/**
 * Leydesdorff's triple-helix synergy: the mutual information in three dimensions among the actors'
 * sector (the helix), place (municipality) and technology area,
 * {@code T = H_s + H_p + H_t - H_sp - H_st - H_pt + H_spt} in bits (Leydesdorff 2003, Scientometrics 58(2);
 * Leydesdorff and Fritsch 2006, Research Policy 35(10)). A negative T means synergy: knowing two of the
 * dimensions together tells more about the third than each alone, i.e. the configuration reduces
 * uncertainty at the level of the system. docs/insights-network.md explains the reading.
 *
 * <p>Units: an actor is one observation. An actor with n technology areas counts 1/n in each of its
 * (sector, municipality, area) cells, so every actor weighs the same. Actors without a municipality or
 * without a technology area cannot be placed in the three-dimensional table: they are left out and
 * counted ({@code leftOut}). One row per calendar year, over the active actors that had joined by the
 * end of that year.
 */
public final class TripleHelixSynergy {

    private TripleHelixSynergy() {}

    /** One year's entropies (bits) and T; all 0 when no actor could be placed. */
    @Schema(name = "SynergyRow", requiredProperties = {"year", "observations", "leftOut", "hSector", "hPlace", "hTechnology",
            "hSectorPlace", "hSectorTechnology", "hPlaceTechnology", "hSectorPlaceTechnology", "t"})
    public record Row(int year,
            @Schema(description = "Actors placed in the table (joined by the year's end, with a municipality and a technology area)")
            int observations,
            @Schema(description = "Actors joined by the year's end that were left out: no municipality or no technology area")
            int leftOut,
            double hSector, double hPlace, double hTechnology, double hSectorPlace, double hSectorTechnology,
            double hPlaceTechnology, double hSectorPlaceTechnology,
            @Schema(description = "Mutual information in bits; negative means synergy") double t) {}

    /** The longest series served, in years: a longer period is a 400, not a huge response. */
    public static final int MAX_YEARS = 200;

    /** The rows for the filter: its period picks the years, its other conditions the actors ({@link InsightScope#actor}). */
    public static List<Row> of(Ecosystem ecosystem, InsightFilter filter) {
        LocalDate to = filter.to() != null ? filter.to() : ecosystem.today();
        if (filter.from() != null && to.getYear() - filter.from().getYear() >= MAX_YEARS) {
            throw se.digitalimpactnorth.common.ProblemException.invalidField("from",
                    "the synergy series spans at most " + MAX_YEARS + " years: give a later from");
        }
        InsightScope scope = new InsightScope(ecosystem, filter);
        return of(ecosystem, filter.from(), filter.to(), scope::actor);
    }

    /**
     * The rows for the years of the period: from the year of {@code from} (default: the first year an
     * actor joined) to the year of {@code to} (default: the ecosystem's today), over the actors that
     * {@code counts} (the filter's other conditions).
     */
    public static List<Row> of(Ecosystem ecosystem, LocalDate from, LocalDate to, Predicate<ActorFact> counts) {
        List<ActorFact> population = ecosystem.actors().values().stream().filter(counts).toList();
        int last = (to != null ? to : ecosystem.today()).getYear();
        Integer first = from != null ? Integer.valueOf(from.getYear())
                : population.stream().map(a -> a.joined().getYear()).min(Integer::compare).orElse(null);
        List<Row> rows = new ArrayList<>();
        if (first == null) {
            return rows;
        }
        first = Math.max(first, last - MAX_YEARS + 1); // very old data: the last MAX_YEARS years
        for (int year = first; year <= last; year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            rows.add(year(year, population.stream().filter(a -> !a.joined().isAfter(end)).toList()));
        }
        return rows;
    }

    static Row year(int year, List<ActorFact> actors) {
        Map<String, Double> s = new HashMap<>();
        Map<String, Double> p = new HashMap<>();
        Map<String, Double> t = new HashMap<>();
        Map<String, Double> sp = new HashMap<>();
        Map<String, Double> st = new HashMap<>();
        Map<String, Double> pt = new HashMap<>();
        Map<String, Double> spt = new HashMap<>();
        int observations = 0;
        int leftOut = 0;
        for (ActorFact a : actors) {
            if (a.municipalityCode() == null || a.technologyAreas().isEmpty()) {
                leftOut++;
                continue;
            }
            observations++;
            double w = 1.0 / a.technologyAreas().size();
            String sector = a.sector().name();
            String place = a.municipalityCode();
            for (String area : a.technologyAreas()) {
                s.merge(sector, w, Double::sum);
                p.merge(place, w, Double::sum);
                t.merge(area, w, Double::sum);
                sp.merge(sector + '|' + place, w, Double::sum);
                st.merge(sector + '|' + area, w, Double::sum);
                pt.merge(place + '|' + area, w, Double::sum);
                spt.merge(sector + '|' + place + '|' + area, w, Double::sum);
            }
        }
        double hs = entropy(s, observations);
        double hp = entropy(p, observations);
        double ht = entropy(t, observations);
        double hsp = entropy(sp, observations);
        double hst = entropy(st, observations);
        double hpt = entropy(pt, observations);
        double hspt = entropy(spt, observations);
        double synergy = hs + hp + ht - hsp - hst - hpt + hspt;
        return new Row(year, observations, leftOut, round(hs), round(hp), round(ht), round(hsp), round(hst), round(hpt),
                round(hspt), round(synergy));
    }

    /** Shannon entropy in bits of a distribution given as weights summing to {@code total}. */
    static double entropy(Map<String, Double> weights, double total) {
        double h = 0;
        for (double w : weights.values()) {
            if (w > 0) {
                double q = w / total;
                h -= q * Math.log(q) / Math.log(2);
            }
        }
        return h;
    }

    private static double round(double value) {
        double r = Math.round(value * 10_000) / 10_000.0;
        return r == 0 ? 0 : r; // no "-0.0" in JSON or CSV
    }
}
