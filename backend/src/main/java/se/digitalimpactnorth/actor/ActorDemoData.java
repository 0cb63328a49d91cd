package se.digitalimpactnorth.actor;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.person.Person;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/**
 * Demo actors for `./din up`: the initiative's founders and a handful of fictional companies,
 * active. Only when DIN_DEMO_DATA is true, never by default; idempotent by slug, so restarts
 * add nothing twice and edits made in the demo survive.
 */
@ApplicationScoped
public class ActorDemoData {

    private static final Logger LOG = Logger.getLogger(ActorDemoData.class);

    /** A demo user of keycloak/din-realm.json who owns a demo actor. */
    record Owner(String subject, String name, String email) {}

    /** Anna owns one demo company (the end-to-end journeys start from her). */
    static final Owner ANNA = new Owner("3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c01", "Anna Lindqvist", "anna@example.se");

    /** Erik owns another, so that invitations between demo users have someone to answer them. */
    static final Owner ERIK = new Owner("3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c04", "Erik Holm", "erik@example.se");

    record Demo(String slug, String name, ActorKind kind, String orgNumber, String municipality, String website,
            List<String> areas, List<String> competences, String descriptionSv, Owner owner) {}

    private static final List<Demo> DEMO = List.of(
            new Demo("umea-universitet", "Umeå universitet", ActorKind.UNIVERSITY, "202100-2874", "2480", "https://www.umu.se",
                    List.of("ai", "data", "hpc", "hci", "software"), List.of("forskning", "utbildning"),
                    "Umeå universitet och dess IT-institutioner tog initiativet till Digital Impact North, för att skapa en av "
                            + "Europas ledande regioner inom IT, artificiell intelligens och digitalisering.", null),
            new Demo("region-vasterbotten", "Region Västerbotten", ActorKind.PUBLIC_AUTHORITY, null, "2480",
                    "https://www.regionvasterbotten.se", List.of("digital-health", "e-government"), List.of("regional utveckling"),
                    "Regionen bidrar till regional utveckling och det smarta hållbara samhället.", null),
            new Demo("umea-kommun", "Umeå kommun", ActorKind.PUBLIC_AUTHORITY, null, "2480", "https://www.umea.se",
                    List.of("smart-city", "e-government"), List.of("samhällsplanering"),
                    "Kommunen samverkar för ett samhälle som ses som banbrytande inom samhällsplanering.", null),
            new Demo("slu", "Sveriges lantbruksuniversitet (SLU)", ActorKind.UNIVERSITY, null, "2480", "https://www.slu.se",
                    List.of("forest-bioeconomy", "data"), List.of("skogsvetenskap", "fjärranalys"),
                    "SLU i Umeå bidrar med forskning om skog, mark och bioekonomi.", null),
            new Demo("rise", "RISE Research Institutes of Sweden", ActorKind.RESEARCH_INSTITUTE, null, "2480", "https://www.ri.se",
                    List.of("iot", "cybersecurity", "connectivity"), List.of("testbäddar", "tillämpad forskning"),
                    "RISE erbjuder testbäddar och tillämpad forskning för företag och offentlig sektor.", null),
            new Demo("umea-science-park", "Umeå Science Park", ActorKind.SCIENCE_PARK, null, "2480",
                    "https://www.umeasciencepark.se", List.of("software", "games"), List.of("affärsutveckling", "inkubator"),
                    "Umeå Science Park hjälper företag att växa genom affärsutveckling och nätverk.", null),
            new Demo("norrskensdata", "Norrskensdata AB", ActorKind.COMPANY, null, "2480", "https://norrskensdata.example.se",
                    List.of("ai", "data"), List.of("maskininlärning", "dataplattformar"),
                    "Fiktivt demoföretag: AI och dataanalys för basindustrin i norra Sverige.", ANNA),
            new Demo("skelleftea-batterianalys", "Skellefteå Batterianalys AB", ActorKind.COMPANY, null, "2482",
                    "https://batterianalys.example.se", List.of("energy", "mining-industry", "iot"), List.of("batterier", "sensorer"),
                    "Fiktivt demoföretag: uppkopplade sensorer för batteritillverkning.", null),
            new Demo("lycksele-skogsteknik", "Lycksele Skogsteknik AB", ActorKind.COMPANY, null, "2481",
                    "https://skogsteknik.example.se", List.of("forest-bioeconomy", "robotics"), List.of("skogsmaskiner"),
                    "Fiktivt demoföretag: autonoma skogsmaskiner och digital skogsskötsel.", null),
            new Demo("kvarken-spelstudio", "Kvarken Spelstudio AB", ActorKind.COMPANY, null, "2480",
                    "https://kvarkenspel.example.se", List.of("games", "xr"), List.of("spelutveckling", "vr"),
                    "Fiktivt demoföretag: spel och VR-upplevelser från Umeå.", ERIK),
            new Demo("norrlandskapital", "Norrlandskapital Invest AB", ActorKind.INVESTOR, null, "2480",
                    "https://norrlandskapital.example.se", List.of("software"), List.of("riskkapital"),
                    "Fiktivt demoföretag: investerar i regionens växande IT-bolag.", null),
            // Municipalities of the county beside Umeå, for the demo's network of municipalities.
            new Demo("skelleftea-kommun", "Skellefteå kommun", ActorKind.PUBLIC_AUTHORITY, null, "2482",
                    "https://www.skelleftea.se", List.of("e-government", "smart-city"), List.of("samhällsplanering"),
                    "Kommunen digitaliserar sin service tillsammans med länets andra kommuner.", null),
            new Demo("lycksele-kommun", "Lycksele kommun", ActorKind.PUBLIC_AUTHORITY, null, "2481",
                    "https://www.lycksele.se", List.of("e-government"), List.of("kommunal service"),
                    "Kommunen i Västerbottens inland samverkar om digital välfärd.", null),
            new Demo("vindelns-kommun", "Vindelns kommun", ActorKind.PUBLIC_AUTHORITY, null, "2404",
                    "https://www.vindeln.se", List.of("e-government"), List.of("kommunal service"),
                    "En mindre kommun som delar digitala lösningar med grannarna i länet.", null),
            // Civil society, so that the demo shows a quadruple helix and a sector that a company's helix lacks.
            new Demo("vasterbottens-bygdeforeningar", "Västerbottens bygdeföreningar", ActorKind.NON_PROFIT, null, "2404",
                    "https://bygdeforeningar.example.se", List.of("smart-city", "connectivity"), List.of("lokal utveckling"),
                    "Fiktiv demoförening: byarna i inlandet samverkar om uppkoppling och digital service.", null),
            new Demo("robertsfors-energiteknik", "Robertsfors Energiteknik AB", ActorKind.COMPANY, null, "2409",
                    "https://energiteknik.example.se", List.of("energy", "iot", "data"), List.of("energisystem", "sensorer"),
                    "Fiktivt demoföretag: smarta energisystem för industri och fastigheter vid kusten.", null));

    static final java.util.Set<String> DEMO_SLUGS = DEMO.stream().map(Demo::slug).collect(java.util.stream.Collectors.toSet());

    /** Where a demo actor is (inside its municipality) and how many months ago it joined, so maps and the joined-per-month figure have something to show. */
    record Place(double latitude, double longitude, int joinedMonthsAgo) {}

    static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("umea-universitet", new Place(63.8196, 20.3072, 30)),
            Map.entry("region-vasterbotten", new Place(63.8269, 20.2704, 30)),
            Map.entry("umea-kommun", new Place(63.8254, 20.2632, 29)),
            Map.entry("slu", new Place(63.8149, 20.3115, 28)),
            Map.entry("rise", new Place(63.8186, 20.3155, 27)),
            Map.entry("umea-science-park", new Place(63.8170, 20.3178, 30)),
            Map.entry("norrskensdata", new Place(63.8278, 20.2590, 22)),
            Map.entry("skelleftea-batterianalys", new Place(64.7452, 20.9853, 18)),
            Map.entry("lycksele-skogsteknik", new Place(64.5975, 18.6905, 15)),
            Map.entry("kvarken-spelstudio", new Place(63.8247, 20.2731, 13)),
            Map.entry("norrlandskapital", new Place(63.8260, 20.2665, 10)),
            Map.entry("skelleftea-kommun", new Place(64.7505, 20.9510, 24)),
            Map.entry("lycksele-kommun", new Place(64.5954, 18.6735, 20)),
            Map.entry("vindelns-kommun", new Place(64.2017, 19.7186, 8)),
            Map.entry("vasterbottens-bygdeforeningar", new Place(64.2030, 19.7210, 6)),
            Map.entry("robertsfors-energiteknik", new Place(64.1920, 20.8490, 4)));

    @ConfigProperty(name = "din.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    EntityManager em;

    void onStart(@Observes @Priority(1000) StartupEvent event) {
        if (enabled) {
            int added = load();
            LOG.infof("Demo data: %d actors added (DIN_DEMO_DATA=true)", added);
        }
    }

    @Transactional
    public int load() {
        int added = 0;
        for (Demo demo : DEMO) {
            Actor existing = Actor.find("slug", demo.slug()).firstResult();
            if (existing != null) {
                // Data from an older demo set: the actor stays as it is, but if it has no owner and the
                // demo now names one, that owner is added (the demo logins depend on it). An actor that
                // has an owner is left alone, so what people changed while trying things stays.
                ensureOwner(existing, demo.owner());
                ensurePlace(existing);
                continue;
            }
            Actor actor = new Actor();
            actor.id = UUID.randomUUID();
            actor.slug = demo.slug();
            actor.name = demo.name();
            actor.kind = demo.kind();
            actor.orgNumber = demo.orgNumber();
            actor.website = demo.website();
            actor.descriptionSv = demo.descriptionSv();
            actor.municipality = Municipality.findById(demo.municipality());
            demo.areas().forEach(code -> actor.technologyAreas.add(TechnologyArea.findById(code)));
            actor.competences = new java.util.ArrayList<>(demo.competences());
            actor.status = ActorStatus.ACTIVE;
            Place place = PLACES.get(demo.slug());
            actor.latitude = place.latitude();
            actor.longitude = place.longitude();
            actor.createdAt = OffsetDateTime.now().minusMonths(place.joinedMonthsAgo());
            actor.updatedAt = actor.createdAt;
            actor.persist();
            ensureOwner(actor, demo.owner());
            added++;
        }
        return added;
    }

    /** Locates an actor of an older demo set that has no location yet (one that was placed by hand stays where it is). */
    private static void ensurePlace(Actor actor) {
        Place place = PLACES.get(actor.slug);
        if (place != null && actor.latitude == null) {
            actor.latitude = place.latitude();
            actor.longitude = place.longitude();
        }
    }

    /** Makes the demo owner an owner of the actor, when the actor has no owner. */
    private void ensureOwner(Actor actor, Owner demoOwner) {
        if (demoOwner == null || Membership.count("id.actorId = ?1 and role = ?2", actor.id, MemberRole.OWNER) > 0) {
            return;
        }
        em.createNativeQuery("insert into person (subject, name, email) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, demoOwner.subject()).setParameter(2, demoOwner.name())
                .setParameter(3, demoOwner.email()).executeUpdate();
        Membership owner = new Membership();
        owner.id = new Membership.Key(actor.id, demoOwner.subject());
        owner.actor = actor;
        owner.person = Person.findById(demoOwner.subject());
        owner.role = MemberRole.OWNER;
        owner.createdAt = OffsetDateTime.now();
        owner.persist();
    }
}
