package se.digitalimpactnorth.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarWriterTest {

    private static final CalendarWriter.CalendarEvent EVENT = new CalendarWriter.CalendarEvent("abc@digitalimpactnorth.se",
            "Åäö-träff för överlånga rubriker som måste vikas på flera rader i kalendern, även med ÅÄÖ",
            "Beskrivning med komma, semikolon; och ny\nrad", "Umeå", URI.create("https://example.se/resurser/x"),
            OffsetDateTime.parse("2026-05-04T10:00:00+02:00"), OffsetDateTime.parse("2026-05-04T11:00:00+02:00"),
            "Europe/Stockholm", null, false, 3, Instant.parse("2026-04-01T08:00:00Z"), 63.8, 20.3);

    @Test
    @DisplayName("the same events always render to the same bytes: DTSTAMP is the last revision, not the clock")
    void deterministic() throws InterruptedException {
        String first = CalendarWriter.write(List.of(EVENT));
        Thread.sleep(1100);
        assertEquals(first, CalendarWriter.write(List.of(EVENT)));
        assertTrue(first.contains("DTSTAMP:20260401T080000Z"), first);
    }

    @Test
    @DisplayName("every TZID the events use has a VTIMEZONE of that very name")
    void timeZoneDefinition() {
        String unfolded = CalendarWriter.write(List.of(EVENT)).replace("\r\n ", "");
        assertTrue(unfolded.contains("DTSTART;TZID=Europe/Stockholm:20260504T100000"), unfolded);
        String definition = unfolded.substring(unfolded.indexOf("BEGIN:VTIMEZONE"), unfolded.indexOf("END:VTIMEZONE"));
        assertTrue(definition.contains("\r\nTZID:Europe/Stockholm\r\n"), definition);
        assertTrue(!unfolded.contains("Europe/Berlin"), unfolded);
    }

    @Test
    @DisplayName("lines are CRLF-terminated and folded at 75 octets, never inside a UTF-8 character")
    void folding() {
        String ics = CalendarWriter.write(List.of(EVENT));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\uFFFD"));
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Åäö-träff för överlånga rubriker som måste vikas på flera rader i kalendern\\, även med ÅÄÖ"),
                unfolded);
        assertTrue(unfolded.contains("DESCRIPTION:Beskrivning med komma\\, semikolon\\; och ny\\nrad"), unfolded);
    }
}
