package se.digitalimpactnorth.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.GZIPOutputStream;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.common.ProblemType;

/**
 * Serves a figure as JSON (the {@link InsightEnvelope}) or CSV (its rows, {@link InsightCsv}), from
 * {@link InsightsCache}: each figure is computed and rendered once per change of the data, filter
 * and format, so a request for a current figure costs a map lookup. Responses may be kept by any
 * cache for a minute ({@code Cache-Control: public, max-age=60}) and carry a strong ETag of their
 * bytes, so a conditional request for an unchanged figure gets a 304.
 */
@ApplicationScoped
public class InsightResponses {

    /** The query parameters every figure takes; any other is a 400 (a misspelt filter must not pass as no filter). */
    public static final Set<String> PARAMETERS = Set.of("from", "to", "county", "municipality", "sdg", "technologyArea",
            "knowledgeArea", "sector", "format");

    public static final String CACHE_CONTROL = "public, max-age=60";

    /** The body depends on the format asked for and on whether the client takes gzip. */
    static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING;

    public enum Format { JSON, CSV }

    /** Bodies at least this long are also kept gzipped (the network is megabytes of JSON). */
    static final int GZIP_FROM_BYTES = 16 * 1024;

    /**
     * A figure rendered in one format: its bytes, their ETag, and the same bytes gzipped when the
     * body is large ({@link #GZIP_FROM_BYTES}; else null). Compressed once per change of the data,
     * not per request, so a browser (which always accepts gzip) gets the network in a fraction of the bytes.
     */
    record Rendered(byte[] body, String etag, byte[] gzipped) {
        static Rendered of(byte[] body) {
            return new Rendered(body, ETags.ofBytes(body), body.length >= GZIP_FROM_BYTES ? gzip(body) : null);
        }
    }

    @Inject
    InsightsCache cache;

    @Inject
    ObjectMapper json;

    /** A figure's body in one format, from the ecosystem, the filters and when the ecosystem was read. */
    @FunctionalInterface
    interface Body {
        byte[] render(Ecosystem ecosystem, InsightFilter filter, Instant computedAt, Format format);
    }

    /**
     * The figure {@code name} for the request's filters and format.
     *
     * @param query the request's query parameters (all of them, to refuse unknown ones)
     * @param compute the figure as a pure function of the ecosystem and the filters
     */
    public <R> Response respond(String name, Class<R> rowType, InsightParams params, Map<String, List<String>> query,
            BiFunction<Ecosystem, InsightFilter, List<R>> compute) {
        return respond(name, params, query, (ecosystem, filter, computedAt, format) -> {
            List<R> rows = compute.apply(ecosystem, filter);
            return format == Format.CSV ? InsightCsv.bytes(rowType, rows)
                    : json(new InsightEnvelope<>(name, InsightFilters.of(filter), computedAt, rows));
        });
    }

    /**
     * A figure whose body is not the usual envelope of rows (the network): refused parameters,
     * format, caching per filter and format, and the response, as for every figure.
     */
    Response respond(String name, InsightParams params, Map<String, List<String>> query, Body body) {
        refuseUnknown(query);
        InsightFilter filter = params.filter();
        Format format = format(params.format, params.accept);
        Rendered rendered = cache.render(name + "?" + filter + "#" + format,
                (ecosystem, computedAt) -> Rendered.of(body.render(ecosystem, filter, computedAt, format))).value();
        return send(name, format, rendered, params);
    }

    /** A rendered figure as the response: 304 when the client has it, else the bytes with their headers. */
    Response send(String name, Format format, Rendered rendered, InsightParams params) {
        if (ETags.noneMatchHits(params.ifNoneMatch, rendered.etag())) {
            return Response.notModified(rendered.etag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, VARY).build();
        }
        boolean gzip = rendered.gzipped() != null && acceptsGzip(params.acceptEncoding);
        Response.ResponseBuilder response = Response.ok(gzip ? rendered.gzipped() : rendered.body())
                .header(HttpHeaders.ETAG, rendered.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, VARY);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (format == Format.CSV) {
            return response.type(InsightCsv.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name.replace('/', '-') + ".csv\"").build();
        }
        return response.type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static void refuseUnknown(Map<String, List<String>> query) {
        List<FieldError> errors = new ArrayList<>();
        query.forEach((parameter, values) -> {
            if (!PARAMETERS.contains(parameter)) {
                errors.add(new FieldError(parameter, FieldError.UNKNOWN_FIELD, "is not a parameter of this figure"));
            } else if (values.size() > 1) {
                errors.add(new FieldError(parameter, FieldError.TOO_MANY, "is given more than once"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Unknown or repeated query parameters: "
                    + String.join(", ", errors.stream().map(FieldError::field).toList()), errors);
        }
    }

    /**
     * {@code format} wins; without it, the first of JSON or CSV that Accept names (in its order of
     * preference); JSON when it names neither (or is absent, or says any type).
     */
    static Format format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "csv" -> Format.CSV;
                default -> throw ProblemException.invalidField(new FieldError("format", FieldError.NOT_ONE_OF, "must be json or csv",
                        FieldError.Params.allowed(List.of("json", "csv"))));
            };
        }
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        Format best = Format.JSON;
        double bestQ = -1;
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Format candidate = switch (type) {
                case "text/csv", "text/*" -> Format.CSV;
                case "application/json", "application/*", "*/*" -> Format.JSON;
                default -> null;
            };
            if (candidate != null && q > 0 && q > bestQ) {
                best = candidate;
                bestQ = q;
            }
        }
        return best;
    }

    byte[] json(Object envelope) {
        try {
            return json.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A figure could not be written as JSON", e);
        }
    }

    /** Whether Accept-Encoding names gzip (or any coding) with a weight above zero. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean refused = pieces.length > 1 && pieces[1].strip().matches("q\\s*=\\s*0(\\.0*)?");
            if ((coding.equals("gzip") || coding.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
