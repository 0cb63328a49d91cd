package se.digitalimpactnorth.collaboration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.common.Ids;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.QueryParams;

/**
 * The list filters of GET /collaborations (and of the collaborations feed), parsed; null or
 * empty means "any". {@code sectors} and {@code crosses} must all hold; {@code knowledgeArea} is
 * an SSIF code of any level and matches the codes below it too.
 */
public record CollaborationFilter(String q, UUID actor, List<Sector> sectors, String municipality, String county,
        Integer sdg, String technologyArea, String knowledgeArea, CollaborationKind kind, CollaborationStatus status,
        LocalDate from, LocalDate to, List<Boundary> crosses, Integer minScore) {

    /** The longest {@code q}; the list endpoint declares it with @Size, the feed with its schema. */
    public static final int MAX_Q_LENGTH = 200;
    /** The longest {@code technologyArea} (the length of a technology area code). */
    public static final int MAX_TECHNOLOGY_AREA_LENGTH = 60;

    /** Nothing filtered: every public collaboration. */
    public static CollaborationFilter none() {
        return new CollaborationFilter(null, null, List.of(), null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    /** Parses the query parameters as sent; a bad one is a 400 naming it. */
    public static CollaborationFilter parse(String q, String actor, List<String> sectors, String municipality, String county,
            String sdg, String technologyArea, String knowledgeArea, String kind, String status, String from, String to,
            List<String> crosses, String minScore) {
        // Bounds on free text, so that a feed URL cannot make a larger cache key (the list endpoint's
        // @Size refuses these before they get here).
        tooLong("q", q, MAX_Q_LENGTH);
        tooLong("technologyArea", technologyArea, MAX_TECHNOLOGY_AREA_LENGTH);
        Integer sdgNumber = QueryParams.integer("sdg", sdg);
        if (sdgNumber != null && (sdgNumber < 1 || sdgNumber > 17)) {
            throw ProblemException.invalidField(new FieldError("sdg", FieldError.OUT_OF_RANGE, "must be between 1 and 17",
                    FieldError.Params.range(1, 17)));
        }
        Integer score = QueryParams.integer("minScore", minScore);
        if (score != null && (score < 0 || score > 5)) {
            throw ProblemException.invalidField(new FieldError("minScore", FieldError.OUT_OF_RANGE, "must be between 0 and 5",
                    FieldError.Params.range(0, 5)));
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalidField(new FieldError("to", FieldError.INVALID, "must not be before from"));
        }
        if (municipality != null && !municipality.isBlank() && !municipality.strip().matches("[0-9]{4}")) {
            throw ProblemException.invalidField(new FieldError("municipality", FieldError.PATTERN, "must be a four-digit SCB municipality code"));
        }
        if (county != null && !county.isBlank() && !county.strip().matches("[0-9]{2}")) {
            throw ProblemException.invalidField(new FieldError("county", FieldError.PATTERN, "must be a two-digit SCB county code"));
        }
        if (knowledgeArea != null && !knowledgeArea.isBlank() && !knowledgeArea.strip().matches("[0-9]{1,5}")) {
            throw ProblemException.invalidField(new FieldError("knowledgeArea", FieldError.PATTERN, "must be an SSIF code"));
        }
        return new CollaborationFilter(
                q == null || q.isBlank() ? null : q,
                actor == null || actor.isBlank() ? null : Ids.require(actor.strip(), "actor"),
                values(Sector.class, "sector", sectors),
                blank(municipality), blank(county), sdgNumber, blank(technologyArea), blank(knowledgeArea),
                QueryParams.enumValue(CollaborationKind.class, "kind", kind),
                QueryParams.enumValue(CollaborationStatus.class, "status", status),
                fromDate, toDate,
                values(Boundary.class, "crosses", crosses),
                score);
    }

    public CollaborationFilter withKind(CollaborationKind k) {
        return new CollaborationFilter(q, actor, sectors, municipality, county, sdg, technologyArea, knowledgeArea, k, status, from, to,
                crosses, minScore);
    }

    public CollaborationFilter withStatus(CollaborationStatus s) {
        return new CollaborationFilter(q, actor, sectors, municipality, county, sdg, technologyArea, knowledgeArea, kind, s, from, to,
                crosses, minScore);
    }

    public CollaborationFilter withSdg(Integer n) {
        return new CollaborationFilter(q, actor, sectors, municipality, county, n, technologyArea, knowledgeArea, kind, status, from, to,
                crosses, minScore);
    }

    public CollaborationFilter withTechnologyArea(String code) {
        return new CollaborationFilter(q, actor, sectors, municipality, county, sdg, code, knowledgeArea, kind, status, from, to,
                crosses, minScore);
    }

    public CollaborationFilter withKnowledgeArea(String code) {
        return new CollaborationFilter(q, actor, sectors, municipality, county, sdg, technologyArea, code, kind, status, from, to,
                crosses, minScore);
    }

    public CollaborationFilter withMunicipality(String code) {
        return new CollaborationFilter(q, actor, sectors, code, county, sdg, technologyArea, knowledgeArea, kind, status, from, to,
                crosses, minScore);
    }

    public CollaborationFilter withCounty(String code) {
        return new CollaborationFilter(q, actor, sectors, municipality, code, sdg, technologyArea, knowledgeArea, kind, status, from, to,
                crosses, minScore);
    }

    public CollaborationFilter withMinScore(Integer score) {
        return new CollaborationFilter(q, actor, sectors, municipality, county, sdg, technologyArea, knowledgeArea, kind, status, from, to,
                crosses, score);
    }

    private static void tooLong(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.invalidField(name, "at most " + max + " characters");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> List<E> values(Class<E> type, String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > 10) {
            throw ProblemException.invalidField(new FieldError(name, FieldError.TOO_MANY, "at most 10 values",
                    FieldError.Params.range(null, 10)));
        }
        return raw.stream().filter(v -> v != null && !v.isBlank()).map(v -> QueryParams.enumValue(type, name, v)).distinct().toList();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(new FieldError(name, FieldError.INVALID_FORMAT, "must be a date such as 2026-03-29"));
        }
    }
}
