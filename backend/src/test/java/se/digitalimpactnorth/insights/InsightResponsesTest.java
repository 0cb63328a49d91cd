package se.digitalimpactnorth.insights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.common.ETags;
import se.digitalimpactnorth.common.ProblemException;
import se.digitalimpactnorth.insights.InsightResponses.Format;

/** Content negotiation and parameter strictness of the figure responses (the endpoint test covers the HTTP side). */
class InsightResponsesTest {

    @Test
    @DisplayName("format wins over Accept; Accept chooses by preference; JSON by default")
    void format() {
        assertEquals(Format.JSON, InsightResponses.format(null, null));
        assertEquals(Format.CSV, InsightResponses.format("csv", "application/json"));
        assertEquals(Format.JSON, InsightResponses.format("JSON", "text/csv"));
        assertEquals(Format.CSV, InsightResponses.format(null, "text/csv"));
        assertEquals(Format.CSV, InsightResponses.format(null, "application/json;q=0.5, text/csv"));
        assertEquals(Format.JSON, InsightResponses.format(null, "text/csv;q=0.2, application/json"));
        assertEquals(Format.JSON, InsightResponses.format(null, "*/*"));
        assertEquals(Format.JSON, InsightResponses.format(null, "text/html"));
        ProblemException bad = assertThrows(ProblemException.class, () -> InsightResponses.format("xml", null));
        assertEquals("format", bad.errors().getFirst().field());
    }

    @Test
    @DisplayName("unknown and repeated parameters are refused, naming them")
    void strictParameters() {
        InsightResponses.refuseUnknown(Map.of("from", List.of("2026-01-01"), "format", List.of("csv")));
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> InsightResponses.refuseUnknown(Map.of("municipalty", List.of("2480"))));
        assertEquals("municipalty", unknown.errors().getFirst().field());
        ProblemException repeated = assertThrows(ProblemException.class,
                () -> InsightResponses.refuseUnknown(Map.of("sdg", List.of("1", "2"))));
        assertEquals("sdg", repeated.errors().getFirst().field());
    }

    @Test
    @DisplayName("large bodies are kept gzipped too, for clients that accept gzip; small ones are not")
    void gzip() throws Exception {
        assertTrue(InsightResponses.acceptsGzip("gzip, deflate, br"));
        assertTrue(InsightResponses.acceptsGzip("*"));
        assertFalse(InsightResponses.acceptsGzip("gzip;q=0"));
        assertFalse(InsightResponses.acceptsGzip("br, deflate"));
        assertFalse(InsightResponses.acceptsGzip(null));

        assertNull(InsightResponses.Rendered.of("{\"rows\":[]}".getBytes(StandardCharsets.UTF_8)).gzipped());
        byte[] large = "{\"id\":\"7f0c2a5e-0000-4000-8000-000000000000\"},".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        InsightResponses.Rendered rendered = InsightResponses.Rendered.of(large);
        assertTrue(rendered.gzipped().length < large.length / 4, "repetitive JSON shrinks");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(rendered.gzipped()))) {
            assertArrayEquals(large, in.readAllBytes());
        }
        assertEquals(ETags.ofBytes(large), rendered.etag(), "one ETag for the representation, whatever the coding");
    }
}
