package se.digitalimpactnorth.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.resource.ResourceDtos.EventDetails;
import se.digitalimpactnorth.resource.ResourceDtos.Frequency;
import se.digitalimpactnorth.resource.ResourceDtos.Occurrence;
import se.digitalimpactnorth.resource.ResourceDtos.Recurrence;
import se.digitalimpactnorth.resource.ResourceDtos.Weekday;

class EventScheduleTest {

    private static EventDetails event(String start, String end, String zone, Recurrence recurrence) {
        return new EventDetails(LocalDateTime.parse(start), LocalDateTime.parse(end), zone, null, recurrence,
                null, null, null, null, null, null, null, null, null);
    }

    private static EventSchedule valid(EventDetails event) {
        List<FieldError> errors = new ArrayList<>();
        EventSchedule schedule = EventSchedule.of(event, "event", errors);
        assertEquals(List.of(), errors);
        return schedule;
    }

    private static List<String> fields(EventDetails event) {
        List<FieldError> errors = new ArrayList<>();
        EventSchedule.of(event, "event", errors);
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    @DisplayName("a weekly 10:00 event keeps 10:00 local time across the change to summer time")
    void summerTime() {
        Recurrence weekly = new Recurrence(Frequency.WEEKLY, null, null, 3, null, null);
        List<Occurrence> occurrences = valid(event("2026-03-22T10:00", "2026-03-22T12:00", null, weekly)).occurrences();
        assertEquals(List.of("2026-03-22T10:00+01:00", "2026-03-29T10:00+02:00", "2026-04-05T10:00+02:00"),
                occurrences.stream().map(o -> o.start().toString()).toList());
        assertEquals("2026-03-29T12:00+02:00", occurrences.get(1).end().toString());
    }

    @Test
    @DisplayName("an event on the day summer time starts has that day's offset")
    void onTheDay() {
        EventSchedule schedule = valid(event("2026-03-29T10:00", "2026-03-29T11:00", "Europe/Stockholm", null));
        assertEquals("2026-03-29T10:00+02:00", schedule.start().toString());
        assertNull(schedule.rrule());
        assertEquals(1, schedule.occurrences().size());
    }

    @Test
    @DisplayName("BYDAY, INTERVAL, UNTIL and exceptions make the RRULE and its occurrences")
    void rule() {
        Recurrence r = new Recurrence(Frequency.WEEKLY, 2, List.of(Weekday.MO, Weekday.WE), null,
                LocalDate.parse("2026-02-01"), List.of(LocalDate.parse("2026-01-14")));
        EventSchedule schedule = valid(event("2026-01-05T09:00", "2026-01-05T10:00", null, r));
        assertEquals("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20260201T235959", schedule.rrule());
        assertEquals(List.of("2026-01-05", "2026-01-07", "2026-01-19", "2026-01-21"),
                schedule.occurrences().stream().map(o -> o.start().toLocalDate().toString()).toList());
    }

    @Test
    @DisplayName("a monthly rule on a day some months lack, and the 200-occurrence bound")
    void bounds() {
        Recurrence daily = new Recurrence(Frequency.DAILY, null, null, 200, null, null);
        assertEquals(200, valid(event("2026-01-01T08:00", "2026-01-01T09:00", null, daily)).occurrences().size());
        Recurrence twoYearsDaily = new Recurrence(Frequency.DAILY, null, null, null, LocalDate.parse("2027-12-31"), null);
        assertNull(valid(event("2026-01-01T08:00", "2026-01-01T09:00", null, twoYearsDaily)).occurrences(),
                "more than 200 occurrences must be refused");
    }

    @Test
    @DisplayName("refused: end before start, unknown zone, unbounded or doubly bounded rules, UNTIL past two years")
    void refused() {
        assertEquals(List.of("event.end"), fields(event("2026-01-01T10:00", "2026-01-01T09:00", null, null)));
        assertEquals(List.of("event.timeZone"), fields(event("2026-01-01T10:00", "2026-01-01T11:00", "Mars/Olympus", null)));
        assertEquals(List.of("event.timeZone"), fields(event("2026-01-01T10:00", "2026-01-01T11:00", "+02:00", null)));
        assertEquals(List.of("event.recurrence"), fields(event("2026-01-01T10:00", "2026-01-01T11:00", null,
                new Recurrence(Frequency.WEEKLY, null, null, null, null, null))));
        assertEquals(List.of("event.recurrence"), fields(event("2026-01-01T10:00", "2026-01-01T11:00", null,
                new Recurrence(Frequency.WEEKLY, null, null, 5, LocalDate.parse("2026-03-01"), null))));
        assertEquals(List.of("event.recurrence.until"), fields(event("2026-01-01T10:00", "2026-01-01T11:00", null,
                new Recurrence(Frequency.WEEKLY, null, null, null, LocalDate.parse("2028-06-01"), null))));
        assertEquals(List.of("event.recurrence.byDay"), fields(event("2026-01-01T10:00", "2026-01-01T11:00", null,
                new Recurrence(Frequency.DAILY, null, List.of(Weekday.MO), 3, null, null))));
    }
}
