package se.digitalimpactnorth.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CSV form of any list of flat rows (records of strings, numbers, booleans, enums and dates):
 * a header row of the record's property names in declaration order, then one line per row, UTF-8,
 * RFC 4180 quoting, an empty field for null. Nested values have no CSV form: a row type with one is
 * a programming error, refused when its first CSV is written. Other features (the network,
 * matchmaking) reuse it for their own rows.
 */
public final class InsightCsv {
    private InsightCsv() {}

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // CsvMapper sorts columns alphabetically by default; the contract's columns are the record's order.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Quote only what must be quoted (a comma, a quote, a line break), not every value with a space.
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    /** One writer per row type: the schema is read from the record once. */
    private static final Map<Class<?>, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

    public static final String MEDIA_TYPE = "text/csv";

    /** The rows as CSV text with a header row (the header alone when there are no rows). */
    public static <R> String write(Class<R> rowType, List<? extends R> rows) {
        try {
            return WRITERS.computeIfAbsent(rowType, InsightCsv::writer).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rows of " + rowType.getSimpleName() + " have no CSV form", e);
        }
    }

    /** {@link #write} as UTF-8 bytes. */
    public static <R> byte[] bytes(Class<R> rowType, List<? extends R> rows) {
        return write(rowType, rows).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectWriter writer(Class<?> rowType) {
        // typedSchemaFor keeps the record's component order (declaration order), so the columns read as the contract lists them.
        CsvSchema schema = MAPPER.typedSchemaFor(rowType).withHeader().withLineSeparator("\n");
        return MAPPER.writer(schema);
    }
}
