package se.digitalimpactnorth.resource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.resource.ResourceDtos.EventDetails;
import se.digitalimpactnorth.resource.ResourceDtos.Recurrence;

/**
 * When an event happens: validates its times, zone and bounded recurrence, writes the RRULE and
 * expands it into occurrences. Expansion runs on local wall-clock times in the event's IANA
 * zone, then each occurrence gets that zone's offset on its own date, so a weekly 10:00 is
 * 10:00 before and after the change to summer time.
 */
public final class EventSchedule {

    public static final String DEFAULT_ZONE = "Europe/Stockholm";
    public static final int MAX_OCCURRENCES = 200;
    private static final DateTimeFormatter RRULE_UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final EventDetails event;
    private final ZoneId zone;

    private EventSchedule(EventDetails event, ZoneId zone) {
        this.event = event;
        this.zone = zone;
    }

    /** The schedule, or the field errors that stop it (under {@code prefix}, e.g. "event"). */
    public static EventSchedule of(EventDetails event, String prefix, List<FieldError> errors) {
        String zoneName = event.timeZone() == null ? DEFAULT_ZONE : event.timeZone();
        ZoneId zone = null;
        if (!ZoneId.getAvailableZoneIds().contains(zoneName)) {
            errors.add(new FieldError(prefix + ".timeZone", FieldError.INVALID_FORMAT, "must be an IANA time zone such as Europe/Stockholm"));
        } else {
            zone = ZoneId.of(zoneName);
        }
        if (!event.end().isAfter(event.start()) && !(Boolean.TRUE.equals(event.allDay()) && !event.end().isBefore(event.start()))) {
            errors.add(new FieldError(prefix + ".end", "must be after start"));
        }
        Recurrence r = event.recurrence();
        if (r != null) {
            if ((r.count() == null) == (r.until() == null)) {
                errors.add(new FieldError(prefix + ".recurrence", "needs exactly one of count (at most 200) or until (at most two years)"));
            }
            if (r.until() != null) {
                if (r.until().isBefore(event.start().toLocalDate())) {
                    errors.add(new FieldError(prefix + ".recurrence.until", "must not be before the start"));
                } else if (r.until().isAfter(event.start().toLocalDate().plusYears(2))) {
                    errors.add(new FieldError(prefix + ".recurrence.until", "must be at most two years after the start"));
                }
            }
            if (r.byDay() != null && !r.byDay().isEmpty() && r.freq() == ResourceDtos.Frequency.DAILY) {
                errors.add(new FieldError(prefix + ".recurrence.byDay", "applies to weekly and monthly recurrence only"));
            }
        }
        return new EventSchedule(event, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public OffsetDateTime start() {
        return event.start().atZone(zone).toOffsetDateTime();
    }

    public OffsetDateTime end() {
        return event.end().atZone(zone).toOffsetDateTime();
    }

    /** The RFC 5545 RRULE of the recurrence, or null for a single event. UNTIL is local (floating) time. */
    public String rrule() {
        Recurrence r = event.recurrence();
        if (r == null) {
            return null;
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(r.freq().name());
        if (r.interval() != null && r.interval() > 1) {
            rule.append(";INTERVAL=").append(r.interval());
        }
        if (r.byDay() != null && !r.byDay().isEmpty()) {
            rule.append(";BYDAY=").append(r.byDay().stream().distinct().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (r.count() != null) {
            rule.append(";COUNT=").append(r.count());
        } else {
            rule.append(";UNTIL=").append(r.until().atTime(LocalTime.MAX.withNano(0)).format(RRULE_UNTIL));
        }
        return rule.toString();
    }

    /**
     * Every occurrence, in order, exceptions removed. Null when the recurrence yields more than
     * {@link #MAX_OCCURRENCES} (the caller reports it).
     */
    public List<ResourceDtos.Occurrence> occurrences() {
        Duration length = Duration.between(event.start(), event.end());
        List<LocalDateTime> starts;
        String rule = rrule();
        if (rule == null) {
            starts = List.of(event.start());
        } else {
            Recur<LocalDateTime> recur = new Recur<>(rule);
            LocalDateTime horizon = event.start().plusYears(2).plusDays(1);
            starts = recur.getDates(event.start(), event.start(), horizon, MAX_OCCURRENCES + 1);
            if (starts.isEmpty() || !starts.getFirst().equals(event.start())) {
                // RFC 5545: the start is always the first instance, even when the rule would skip it.
                starts = new ArrayList<>(starts);
                starts.addFirst(event.start());
            }
        }
        Set<LocalDate> exceptions = new HashSet<>(event.recurrence() == null || event.recurrence().exceptions() == null
                ? List.of() : event.recurrence().exceptions());
        List<ResourceDtos.Occurrence> occurrences = new ArrayList<>();
        for (LocalDateTime start : starts) {
            if (exceptions.contains(start.toLocalDate())) {
                continue;
            }
            occurrences.add(new ResourceDtos.Occurrence(start.atZone(zone).toOffsetDateTime(),
                    start.plus(length).atZone(zone).toOffsetDateTime()));
        }
        return occurrences.size() > MAX_OCCURRENCES ? null : occurrences;
    }
}
