package se.digitalimpactnorth.insights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.QueryParams;

/**
 * The filters every insight figure, the network and the map links take (docs/insights.md says how
 * each applies to actors, resources and collaborations). Null means "any".
 *
 * @param from first day of the period (inclusive), null: from the beginning
 * @param to last day of the period (inclusive), null: up to today
 * @param county two-digit SCB county code
 * @param municipality four-digit SCB municipality code
 * @param sdg goal number 1..17
 * @param technologyArea technology area code
 * @param knowledgeArea SSIF code of any level; matches the codes below it too
 * @param sector an actor sector
 */
public record InsightFilter(LocalDate from, LocalDate to, String county, String municipality, Integer sdg,
        String technologyArea, String knowledgeArea, Sector sector) {

    /** The longest technology area code accepted (as the collaboration filter). */
    public static final int MAX_TECHNOLOGY_AREA_LENGTH = 60;

    public static InsightFilter none() {
        return new InsightFilter(null, null, null, null, null, null, null, null);
    }

    /** Parses the query parameters as sent; a bad one is a 400 problem naming it. */
    public static InsightFilter parse(String from, String to, String county, String municipality, String sdg,
            String technologyArea, String knowledgeArea, String sector) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalidField(new FieldError("to", FieldError.INVALID, "must not be before from"));
        }
        Integer sdgNumber = QueryParams.integer("sdg", sdg);
        if (sdgNumber != null && (sdgNumber < 1 || sdgNumber > 17)) {
            throw ProblemException.invalidField(new FieldError("sdg", FieldError.OUT_OF_RANGE, "must be between 1 and 17",
                    FieldError.Params.range(1, 17)));
        }
        if (present(municipality) && !municipality.strip().matches("[0-9]{4}")) {
            throw ProblemException.invalidField(new FieldError("municipality", FieldError.PATTERN,
                    "must be a four-digit SCB municipality code"));
        }
        if (present(county) && !county.strip().matches("[0-9]{2}")) {
            throw ProblemException.invalidField(new FieldError("county", FieldError.PATTERN, "must be a two-digit SCB county code"));
        }
        if (present(knowledgeArea) && !knowledgeArea.strip().matches("[0-9]{1,5}")) {
            throw ProblemException.invalidField(new FieldError("knowledgeArea", FieldError.PATTERN, "must be an SSIF code"));
        }
        if (technologyArea != null && technologyArea.length() > MAX_TECHNOLOGY_AREA_LENGTH) {
            throw ProblemException.invalidField("technologyArea", "at most " + MAX_TECHNOLOGY_AREA_LENGTH + " characters");
        }
        return new InsightFilter(fromDate, toDate, blank(county), blank(municipality), sdgNumber, blank(technologyArea),
                blank(knowledgeArea), QueryParams.enumValue(Sector.class, "sector", sector));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blank(String value) {
        return present(value) ? value.strip() : null;
    }

    private static LocalDate date(String name, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(new FieldError(name, FieldError.INVALID_FORMAT, "must be a date such as 2026-03-29"));
        }
    }
}
