package se.digitalimpactnorth.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes events as RFC 5545 iCalendar with ical4j: times in the event's own zone with its
 * VTIMEZONE, the RRULE as stored, a stable UID per event series and a SEQUENCE that grows with
 * every change. ical4j does the escaping and CRLF line ends; lines are folded at 75 octets here.
 */
public final class CalendarWriter {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** What a calendar needs to know of one event. */
    public record CalendarEvent(String uid, String summary, String description, String location, URI url,
            OffsetDateTime start, OffsetDateTime end, String timeZone, String rrule, boolean cancelled,
            long sequence, Instant lastModified, Double latitude, Double longitude) {}

    private CalendarWriter() {}

    public static String write(List<CalendarEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Digital Impact North//Platform//SV"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Set<String> zones = new LinkedHashSet<>();
        for (CalendarEvent e : events) {
            ZoneId zone = ZoneId.of(e.timeZone());
            zones.add(e.timeZone());
            VEvent event = new VEvent(ZonedDateTime.ofInstant(e.start().toInstant(), zone),
                    ZonedDateTime.ofInstant(e.end().toInstant(), zone), e.summary());
            // DTSTAMP defaults to the time of rendering; a published calendar stamps when the event
            // was last revised, so that every replica renders the same bytes.
            event.replace(new DtStamp(e.lastModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            event.add(new Uid(e.uid()));
            event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, e.sequence())));
            event.add(new LastModified(e.lastModified()));
            if (e.rrule() != null) {
                event.add(new RRule<>(e.rrule()));
            }
            if (e.description() != null) {
                event.add(new Description(e.description()));
            }
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            if (e.latitude() != null && e.longitude() != null) {
                event.add(new Geo(BigDecimal.valueOf(e.latitude()), BigDecimal.valueOf(e.longitude())));
            }
            if (e.url() != null) {
                event.add(new Url(e.url()));
            }
            event.add(e.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            calendar.add(event);
        }
        for (String zone : zones) {
            // ical4j's registry may answer with an alias's definition (Europe/Stockholm comes back
            // as Europe/Berlin, which has the same rules); every TZID the events name must have a
            // VTIMEZONE of that very name (RFC 5545, 3.2.19), so the copy is renamed.
            VTimeZone definition = ZONES.getTimeZone(zone).getVTimeZone().copy();
            definition.replace(new TzId(zone));
            definition.removeAll("TZURL", "X-LIC-LOCATION");
            calendar.add(definition);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Could not write iCalendar", e);
        }
        return refold(out.toString());
    }

    /**
     * ical4j folds lines at 75 characters, but RFC 5545 counts octets: "å" is two. Unfold its
     * lines and fold them again at 75 octets, never inside a UTF-8 sequence.
     */
    static String refold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(ics.length() + 64);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                    limit = 75;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
