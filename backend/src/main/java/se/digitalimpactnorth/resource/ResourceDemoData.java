package se.digitalimpactnorth.resource;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.common.Problem.FieldError;
import se.digitalimpactnorth.resource.ResourceDtos.EventDetails;
import se.digitalimpactnorth.resource.ResourceDtos.Frequency;
import se.digitalimpactnorth.resource.ResourceDtos.Occurrence;
import se.digitalimpactnorth.resource.ResourceDtos.Recurrence;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/**
 * Demo resources for `./din up` (DIN_DEMO_DATA=true): events, testbeds, labs and educations of
 * the founding actors, published. Runs after the demo actors; idempotent by slug. Event dates
 * are relative to the day the demo is first loaded, so the calendar is never empty.
 */
@ApplicationScoped
public class ResourceDemoData {

    private static final Logger LOG = Logger.getLogger(ResourceDemoData.class);

    /** Where each demo resource is (inside its municipality), so that the catalogue's map has markers. */
    static final Map<String, double[]> LOCATIONS = Map.of(
            "ai-frukost", new double[] {63.8170, 20.3178},
            "digital-impact-north-dagen", new double[] {63.8199, 20.3050},
            "5g-testbadd-skelleftea", new double[] {64.7436, 20.9687},
            "ai-och-robotiklabbet", new double[] {63.8207, 20.3086},
            "master-datavetenskap", new double[] {63.8192, 20.3061},
            "omvarldsanalys-ai-offentlig-sektor", new double[] {63.8269, 20.2704},
            "affarsutveckling-it-startups", new double[] {63.8172, 20.3170},
            "skogens-data", new double[] {63.8149, 20.3115});

    @ConfigProperty(name = "din.demo-data", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes @Priority(2000) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d resources added (DIN_DEMO_DATA=true)", load());
        }
    }

    @Transactional
    public int load() {
        LocalDate thursday = LocalDate.now(ZoneId.of(EventSchedule.DEFAULT_ZONE)).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        int added = 0;
        added += event("ai-frukost", "umea-science-park", "AI-frukost på Umeå Science Park", "AI breakfast at Umeå Science Park",
                "Varje torsdag: korta föredrag om tillämpad AI, kaffe och nya kontakter över sektorsgränserna.",
                thursday.atTime(8, 0), thursday.atTime(9, 0), new Recurrence(Frequency.WEEKLY, null, null, 12, null, null),
                List.of("ai"), List.of(9), List.of("frukostmöte", "nätverk")) ? 1 : 0;
        added += event("digital-impact-north-dagen", "umea-universitet", "Digital Impact North-dagen", "Digital Impact North Day",
                "En dag om hur regionen blir en av Europas ledande inom IT, AI och digitalisering.",
                thursday.plusWeeks(6).atTime(9, 30), thursday.plusWeeks(6).atTime(16, 0), null,
                List.of("ai", "data", "smart-city"), List.of(9, 11, 17), List.of("konferens")) ? 1 : 0;
        added += other("5g-testbadd-skelleftea", "rise", ResourceKind.TESTBED, "5G-testbädd för industrin", "5G testbed for industry",
                "Prova uppkopplade maskiner och sensorer i en industriell 5G-miljö.", "2482", List.of("connectivity", "iot"), List.of(9),
                Map.of("accessCondition", "BY_AGREEMENT", "trlMin", 4, "trlMax", 7, "domains", List.of("connectivity", "iot"),
                        "equipment", List.of("Privat 5G-nät", "Edge-servrar")), "BY_AGREEMENT", 4, 7) ? 1 : 0;
        added += other("ai-och-robotiklabbet", "umea-universitet", ResourceKind.LAB, "Labb för AI och robotik", "AI and robotics lab",
                "Experimentmiljö för autonoma system, med robotar och GPU-kluster för forskning och företag.", "2480",
                List.of("ai", "robotics"), List.of(9), Map.of("accessCondition", "MEMBERS", "trlMin", 2, "trlMax", 5,
                        "domains", List.of("ai", "robotics")), "MEMBERS", 2, 5) ? 1 : 0;
        added += other("master-datavetenskap", "umea-universitet", ResourceKind.EDUCATION, "Masterprogram i datavetenskap",
                "Master's programme in computing science", "Två år på avancerad nivå med inriktning mot AI och mjukvaruutveckling.",
                "2480", List.of("ai", "software"), List.of(4), Map.of("level", "SECOND_CYCLE", "credits", 120, "pace", 100,
                        "mode", "CAMPUS", "language", "en"), null, null, null) ? 1 : 0;
        added += other("omvarldsanalys-ai-offentlig-sektor", "region-vasterbotten", ResourceKind.HORIZON_SCAN,
                "Omvärldsanalys: AI i offentlig sektor", "Horizon scan: AI in the public sector",
                "Hur kommuner och regioner i norra Sverige kan använda AI för bättre välfärd.", "2480",
                List.of("ai", "e-government"), List.of(3, 16), Map.of("publicationDate", LocalDate.now().minusMonths(2).toString(),
                        "publisher", "Region Västerbotten"), null, null, null) ? 1 : 0;
        added += other("affarsutveckling-it-startups", "umea-science-park", ResourceKind.BUSINESS_DEVELOPMENT_UNIT,
                "Affärsutveckling för IT-bolag", "Business development for IT start-ups",
                "Coachning, nätverk och finansiering för regionens växande IT-bolag.", "2480", List.of("software"), List.of(8),
                Map.of("services", List.of("Affärscoachning", "Investerarmöten")), null, null, null) ? 1 : 0;
        added += other("skogens-data", "slu", ResourceKind.RESEARCH_RESULT, "Fjärranalys av skogens tillstånd med maskininlärning",
                "Remote sensing of forest health with machine learning",
                "Demo: en studie av hur satellitdata och maskininlärning mäter skogens hälsa.", "2480",
                List.of("forest-bioeconomy", "ai"), List.of(13, 15), Map.of("doi", "10.5555/din.demo.2026.1",
                        "authors", List.of("A. Forskare", "B. Forskare"), "date", LocalDate.now().minusMonths(5).toString(),
                        "openAccess", true), null, null, null) ? 1 : 0;
        return added;
    }

    private boolean event(String slug, String actorSlug, String titleSv, String titleEn, String summarySv, LocalDateTime start,
            LocalDateTime end, Recurrence recurrence, List<String> areas, List<Integer> sdgs, List<String> tags) {
        Resource r = base(slug, actorSlug, ResourceKind.EVENT, titleSv, titleEn, summarySv, "2480", areas, sdgs);
        if (r == null) {
            return false;
        }
        EventDetails details = new EventDetails(start, end, EventSchedule.DEFAULT_ZONE, false, recurrence,
                new ResourceDtos.Venue("Umeå Science Park", "Tvistevägen 48, Umeå", "2480", null), null,
                ResourceDtos.AttendanceMode.OFFLINE, null, null, null, "Gratis", List.of("sv"), ResourceDtos.EventStatus.SCHEDULED);
        List<FieldError> errors = new ArrayList<>();
        EventSchedule schedule = EventSchedule.of(details, "event", errors);
        r.tags = new ArrayList<>(tags);
        r.startsAt = schedule.start();
        r.endsAt = schedule.end();
        r.timeZone = schedule.zone().getId();
        r.allDay = false;
        r.rrule = schedule.rrule();
        r.eventStatus = "SCHEDULED";
        r.attendanceMode = "OFFLINE";
        r.details = Map.of("start", start.toString(), "end", end.toString(), "timeZone", EventSchedule.DEFAULT_ZONE);
        r.persist();
        for (Occurrence o : schedule.occurrences()) {
            EventOccurrence row = new EventOccurrence();
            row.id = new EventOccurrence.Key(r.id, o.start());
            row.endsAt = o.end();
            row.persist();
        }
        return true;
    }

    private boolean other(String slug, String actorSlug, ResourceKind kind, String titleSv, String titleEn, String summarySv,
            String municipality, List<String> areas, List<Integer> sdgs, Map<String, Object> details, String access,
            Integer trlMin, Integer trlMax) {
        Resource r = base(slug, actorSlug, kind, titleSv, titleEn, summarySv, municipality, areas, sdgs);
        if (r == null) {
            return false;
        }
        r.details = details;
        r.accessCondition = access;
        r.trlMin = trlMin == null ? null : trlMin.shortValue();
        r.trlMax = trlMax == null ? null : trlMax.shortValue();
        r.persist();
        return true;
    }

    /** A published resource not yet saved, or null when the slug exists or its actor is missing. */
    private Resource base(String slug, String actorSlug, ResourceKind kind, String titleSv, String titleEn, String summarySv,
            String municipality, List<String> areas, List<Integer> sdgs) {
        Actor actor = Actor.find("slug", actorSlug).firstResult();
        if (actor == null) {
            return null;
        }
        Resource existing = Resource.find("slug", slug).firstResult();
        if (existing != null) {
            // From an older demo set without locations: placed now, unless someone placed it by hand.
            if (existing.latitude == null && LOCATIONS.containsKey(slug)) {
                existing.latitude = LOCATIONS.get(slug)[0];
                existing.longitude = LOCATIONS.get(slug)[1];
            }
            return null;
        }
        Resource r = new Resource();
        r.id = UUID.randomUUID();
        r.slug = slug;
        r.actor = actor;
        r.kind = kind;
        r.status = ResourceStatus.PUBLISHED;
        r.titleSv = titleSv;
        r.titleEn = titleEn;
        r.summarySv = summarySv;
        r.language = "sv";
        r.municipality = Municipality.findById(municipality);
        double[] location = LOCATIONS.get(slug);
        if (location != null) {
            r.latitude = location[0];
            r.longitude = location[1];
        }
        areas.forEach(code -> r.technologyAreas.add(TechnologyArea.findById(code)));
        sdgs.forEach(n -> r.sdgs.add(n.shortValue()));
        r.createdAt = OffsetDateTime.now();
        r.updatedAt = r.createdAt;
        r.publishedAt = r.createdAt;
        return r;
    }
}
