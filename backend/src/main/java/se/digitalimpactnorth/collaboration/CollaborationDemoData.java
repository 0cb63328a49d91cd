package se.digitalimpactnorth.collaboration;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.actor.Actor;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/**
 * Demo collaborations for `./din up` (DIN_DEMO_DATA=true): published projects, networks and
 * partnerships between the founders named in the seed, three municipalities of the county and the
 * fictional companies, chosen so that a newcomer sees profiles that cross one, two, three, four
 * and five boundaries. One invitation is left unanswered, to an actor erik owns, so his inbox
 * shows something. Runs after the demo actors and resources; idempotent by slug.
 */
@ApplicationScoped
public class CollaborationDemoData {

    private static final Logger LOG = Logger.getLogger(CollaborationDemoData.class);

    @ConfigProperty(name = "din.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    CollaborationProfiles profiles;

    /** An actor named in a demo collaboration: accepted unless {@code invited}. */
    record Part(String actorSlug, ParticipantRole role, boolean invited) {
        static Part accepted(String slug, ParticipantRole role) {
            return new Part(slug, role, false);
        }
    }

    /** A funding line: from a demo actor ({@code funder} is its slug) or a named outside funder. */
    record Funding(String funderActorSlug, String funderName, String programme, long amountSek, FundingType type) {}

    record Demo(String slug, CollaborationKind kind, CollaborationStatus status, String titleSv, String titleEn, String summarySv,
            String summaryEn, String descriptionSv, LocalDate start, LocalDate end, String lead, List<Part> partners,
            List<String> places, List<String> knowledgeAreas, List<String> technologyAreas, List<Integer> sdgs,
            List<Funding> funding) {}

    static final List<Demo> DEMO = List.of(
            // Five boundaries: three sectors, five organisations, Umeå and Skellefteå, computer science and production
            // engineering, three technology areas.
            new Demo("ai-testbadd-batteriproduktion", CollaborationKind.TESTBED_USE, CollaborationStatus.ACTIVE,
                    "AI-testbädd för hållbar batteriproduktion", "AI testbed for sustainable battery production",
                    "Forskare, institut, region och företag prövar AI för att minska spill och energi i batteritillverkningen.",
                    "Researchers, an institute, the region and companies try AI that cuts waste and energy in battery production.",
                    """
                    Umeå universitet leder en testbädd där **maskininlärning** möter uppkopplade sensorer i en riktig \
                    produktionsmiljö i Skellefteå. RISE bidrar med testbäddar och tillämpad forskning, Region Västerbotten \
                    finansierar och två företag prövar lösningarna i sin vardag.

                    Målet: kunskap, innovationer och tekniklösningar som gör batteritillverkningen i norra Sverige \
                    internationellt konkurrenskraftig, genom samverkan över kunskaps-, teknik-, organisations-, sektors- \
                    och platsgränser.""",
                    LocalDate.of(2026, 1, 15), LocalDate.of(2028, 12, 31), "umea-universitet",
                    List.of(Part.accepted("rise", ParticipantRole.PARTNER), Part.accepted("region-vasterbotten", ParticipantRole.FUNDER),
                            Part.accepted("skelleftea-batterianalys", ParticipantRole.PARTNER),
                            Part.accepted("norrskensdata", ParticipantRole.PARTNER)),
                    List.of("2480", "2482"), List.of("10210", "20307"), List.of("ai", "iot", "energy"), List.of(7, 9, 12),
                    List.of(new Funding("region-vasterbotten", null, "Regionala utvecklingsmedel", 2_500_000, FundingType.PUBLIC),
                            new Funding(null, "Vinnova", "Testbäddar för AI", 4_000_000, FundingType.PUBLIC),
                            new Funding("skelleftea-batterianalys", null, "Egen insats", 800_000, FundingType.PRIVATE))),
            // Four: academia and business, Umeå and Lycksele, three technology areas; one knowledge area.
            new Demo("skogens-digitala-tvilling", CollaborationKind.PROJECT, CollaborationStatus.ACTIVE,
                    "Skogens digitala tvilling", "A digital twin of the forest",
                    "SLU och två företag bygger en digital tvilling av skogen, för autonoma skogsmaskiner och skonsammare avverkning.",
                    "SLU and two companies build a digital twin of the forest, for autonomous forest machines and gentler harvesting.",
                    "Fjärranalys, robotik och AI i samma modell: forskning från SLU i Umeå prövas i inlandets skogar.",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), "slu",
                    List.of(Part.accepted("lycksele-skogsteknik", ParticipantRole.PARTNER),
                            Part.accepted("norrskensdata", ParticipantRole.PARTNER)),
                    List.of("2480", "2481"), List.of("40104"), List.of("forest-bioeconomy", "robotics", "ai"), List.of(13, 15),
                    List.of(new Funding(null, "Formas", "Digitalisering för hållbar skog", 3_200_000, FundingType.PUBLIC))),
            // Three: public and business, three organisations, two technology areas; all in Umeå, one knowledge area.
            new Demo("ai-i-valfarden", CollaborationKind.PROJECT, CollaborationStatus.PLANNED,
                    "AI för en jämlik vård", "AI for equal care",
                    "Regionen, kommunen och ett AI-företag prövar hur AI kan ge jämlik vård och omsorg i hela länet.",
                    "The region, the municipality and an AI company try how AI can give equal care across the county.",
                    "Ett projekt om strategisk digitalisering inom hälsa, med Agenda 2030 som ram.",
                    LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30), "region-vasterbotten",
                    List.of(Part.accepted("norrskensdata", ParticipantRole.PARTNER), Part.accepted("umea-kommun", ParticipantRole.ASSOCIATE),
                            // Not answered yet: erik owns the studio, so his inbox has something to show.
                            new Part("kvarken-spelstudio", ParticipantRole.PARTNER, true)),
                    List.of("2480"), List.of("30301"), List.of("ai", "digital-health"), List.of(3, 10),
                    List.of(new Funding("region-vasterbotten", null, "Innovationsmedel för hälsa", 1_200_000, FundingType.PUBLIC))),
            // Two: four municipalities of the county and the region, all public sector, one technology area.
            new Demo("digitala-kommuner-i-vasterbotten", CollaborationKind.NETWORK, CollaborationStatus.ACTIVE,
                    "Nätverket Digitala kommuner i Västerbotten", "Network of digital municipalities in Västerbotten",
                    "Kommunerna i länet delar e-tjänster, erfarenheter och upphandlingar för en enklare vardag för invånarna.",
                    "The county's municipalities share e-services, experience and procurement for simpler everyday life.",
                    "Ett nätverk för regional samverkan: stora och små kommuner lär av varandra.",
                    LocalDate.of(2024, 2, 1), null, "umea-kommun",
                    List.of(Part.accepted("skelleftea-kommun", ParticipantRole.PARTNER), Part.accepted("lycksele-kommun", ParticipantRole.PARTNER),
                            Part.accepted("vindelns-kommun", ParticipantRole.PARTNER),
                            Part.accepted("region-vasterbotten", ParticipantRole.ASSOCIATE)),
                    List.of("2480", "2482", "2481", "2404"), List.of("10202"), List.of("e-government"), List.of(11, 16),
                    List.of(new Funding("region-vasterbotten", null, "Kommunsamverkan", 600_000, FundingType.PUBLIC))),
            // Two: three companies, games and extended reality; all business, all in Umeå.
            new Demo("spelhack-for-klimatet", CollaborationKind.INNOVATION_CHALLENGE, CollaborationStatus.COMPLETED,
                    "Spelhack för klimatet", "Game jam for the climate",
                    "48 timmar där regionens spelutvecklare gör spel och VR-upplevelser om klimatet.",
                    "48 hours in which the region's game developers make games and VR experiences about the climate.",
                    "En innovationstävling på Umeå Science Park med priser från en lokal investerare.",
                    LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 12), "umea-science-park",
                    List.of(Part.accepted("kvarken-spelstudio", ParticipantRole.PARTNER),
                            Part.accepted("norrlandskapital", ParticipantRole.FUNDER)),
                    List.of("2480"), List.of("10204"), List.of("games", "xr"), List.of(13),
                    List.of(new Funding("norrlandskapital", null, "Priser till vinnarna", 200_000, FundingType.PRIVATE))),
            // One: two universities in Umeå share one kind of infrastructure; only the organisation boundary.
            new Demo("gemensam-gpu-infrastruktur", CollaborationKind.PARTNERSHIP, CollaborationStatus.ACTIVE,
                    "Gemensam GPU-infrastruktur för forskningen", "Shared GPU infrastructure for research",
                    "Umeå universitet och SLU delar beräkningskapacitet för AI-forskning.",
                    "Umeå University and SLU share computing capacity for AI research.",
                    "Ett samarbete om högpresterande beräkningar mellan två lärosäten på campus i Umeå.",
                    LocalDate.of(2025, 1, 1), null, "umea-universitet",
                    List.of(Part.accepted("slu", ParticipantRole.PARTNER)),
                    List.of("2480"), List.of("10214"), List.of("hpc"), List.of(9),
                    List.of(new Funding(null, "Vetenskapsrådet", "Forskningsinfrastruktur", 1_500_000, FundingType.PUBLIC))),
            // Quadruple helix in the inland: civil society leads, with a municipality, an institute and a company.
            new Demo("uppkopplade-byar", CollaborationKind.PROJECT, CollaborationStatus.ACTIVE,
                    "Uppkopplade byar i inlandet", "Connected villages in the inland",
                    "Byarna, kommunen, RISE och ett energiföretag prövar uppkoppling och sensorer för service på landsbygden.",
                    "Villages, the municipality, RISE and an energy company try connectivity and sensors for rural services.",
                    "Samverkan över sektors- och platsgränser: civilsamhället leder, och lösningarna ska kunna delas med andra byar i länet.",
                    LocalDate.of(2024, 9, 1), LocalDate.of(2026, 8, 31), "vasterbottens-bygdeforeningar",
                    List.of(Part.accepted("vindelns-kommun", ParticipantRole.PARTNER), Part.accepted("rise", ParticipantRole.PARTNER),
                            Part.accepted("robertsfors-energiteknik", ParticipantRole.PARTNER)),
                    List.of("2404", "2409"), List.of("20203", "50701"), List.of("connectivity", "iot", "smart-city"), List.of(9, 11),
                    List.of(new Funding(null, "Jordbruksverket", "Landsbygdsprogrammet", 900_000, FundingType.PUBLIC))),
            // Energy in industry: two companies and the university, Robertsfors and Skellefteå.
            new Demo("energismart-industri", CollaborationKind.CONSORTIUM, CollaborationStatus.ACTIVE,
                    "Energismart industri längs kusten", "Energy-smart industry along the coast",
                    "Två företag och Umeå universitet mäter och styr energin i industrins processer med data och AI.",
                    "Two companies and Umeå University measure and steer energy in industrial processes with data and AI.",
                    "Ett konsortium om energisystem, där forskningens modeller prövas i verkliga fabriker.",
                    LocalDate.of(2025, 4, 1), LocalDate.of(2026, 12, 31), "robertsfors-energiteknik",
                    List.of(Part.accepted("skelleftea-batterianalys", ParticipantRole.PARTNER),
                            Part.accepted("umea-universitet", ParticipantRole.PARTNER)),
                    List.of("2409", "2482"), List.of("20304", "20702"), List.of("energy", "data", "iot"), List.of(7, 9, 13),
                    List.of(new Funding(null, "Energimyndigheten", "Industrins energiomställning", 2_100_000, FundingType.PUBLIC))),
            // Skills for small companies: the science park, the university and a studio; completed.
            new Demo("ai-kompetens-for-smaforetag", CollaborationKind.PROJECT, CollaborationStatus.COMPLETED,
                    "AI-kompetens för småföretag", "AI skills for small companies",
                    "Korta utbildningar och handledning i AI för regionens små IT- och spelföretag.",
                    "Short courses and coaching in AI for the region's small IT and games companies.",
                    "Umeå Science Park och Umeå universitet gav kurser, och ett spelföretag prövade AI i sin produktion.",
                    LocalDate.of(2024, 5, 1), LocalDate.of(2025, 6, 30), "umea-science-park",
                    List.of(Part.accepted("umea-universitet", ParticipantRole.PARTNER),
                            Part.accepted("kvarken-spelstudio", ParticipantRole.PARTNER)),
                    List.of("2480"), List.of("10201", "50301"), List.of("ai", "software", "edtech"), List.of(4, 8),
                    List.of(new Funding(null, "Tillväxtverket", "Kompetens i små företag", 750_000, FundingType.PUBLIC))),
            // Welfare in the inland: a municipality, the region and civil society.
            new Demo("digital-valfard-i-inlandet", CollaborationKind.PARTNERSHIP, CollaborationStatus.ACTIVE,
                    "Digital välfärd i inlandet", "Digital welfare in the inland",
                    "Kommunen, regionen och byarna gör vård och omsorg på distans enklare för invånare långt från tätorten.",
                    "The municipality, the region and the villages make remote care easier for people far from town.",
                    "Ett partnerskap om digital hälsa och e-tjänster, med invånarnas erfarenheter som grund.",
                    LocalDate.of(2025, 2, 1), null, "lycksele-kommun",
                    List.of(Part.accepted("region-vasterbotten", ParticipantRole.PARTNER),
                            Part.accepted("vasterbottens-bygdeforeningar", ParticipantRole.ASSOCIATE)),
                    List.of("2481", "2404"), List.of("30301"), List.of("digital-health", "e-government"), List.of(3, 10),
                    List.of(new Funding("region-vasterbotten", null, "Nära vård", 450_000, FundingType.PUBLIC))));

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d collaborations added (DIN_DEMO_DATA=true)", load());
        }
    }

    @Transactional
    public int load() {
        int added = 0;
        for (Demo demo : DEMO) {
            if (Collaboration.count("slug", demo.slug()) == 0 && add(demo)) {
                added++;
            }
        }
        return added;
    }

    private boolean add(Demo demo) {
        Optional<Actor> lead = actor(demo.lead());
        if (lead.isEmpty() || demo.partners().stream().anyMatch(p -> actor(p.actorSlug()).isEmpty())) {
            LOG.warnf("Demo collaboration %s skipped: one of its actors is not in the database", demo.slug());
            return false;
        }
        Collaboration c = new Collaboration();
        c.id = UUID.randomUUID();
        c.slug = demo.slug();
        c.kind = demo.kind();
        c.status = demo.status();
        c.publication = Publication.PUBLISHED;
        c.titleSv = demo.titleSv();
        c.titleEn = demo.titleEn();
        c.summarySv = demo.summarySv();
        c.summaryEn = demo.summaryEn();
        c.descriptionSv = demo.descriptionSv();
        c.startDate = demo.start();
        c.endDate = demo.end();
        c.createdAt = OffsetDateTime.now();
        c.updatedAt = c.createdAt;
        c.publishedAt = c.createdAt;
        demo.sdgs().forEach(n -> c.sdgs.add(n.shortValue()));
        demo.technologyAreas().forEach(code -> c.technologyAreas.add(TechnologyArea.findById(code)));
        c.knowledgeAreaCodes.addAll(demo.knowledgeAreas());
        demo.places().forEach(code -> c.places.add(Municipality.findById(code)));
        c.participants.add(CollaborationParticipant.of(c, lead.get(), ParticipantRole.LEAD, ParticipantStatus.ACCEPTED, null));
        for (Part part : demo.partners()) {
            c.participants.add(CollaborationParticipant.of(c, actor(part.actorSlug()).orElseThrow(), part.role(),
                    part.invited() ? ParticipantStatus.INVITED : ParticipantStatus.ACCEPTED, null));
        }
        for (int i = 0; i < demo.funding().size(); i++) {
            Funding f = demo.funding().get(i);
            CollaborationFunding line = new CollaborationFunding();
            line.id = UUID.randomUUID();
            line.collaboration = c;
            line.position = i;
            line.funderActor = f.funderActorSlug() == null ? null : actor(f.funderActorSlug()).orElseThrow();
            line.funderName = f.funderName();
            line.programme = f.programme();
            line.amountSek = BigDecimal.valueOf(f.amountSek());
            line.type = f.type();
            c.funding.add(line);
        }
        c.persist();
        profiles.refresh(c);
        return true;
    }

    private static Optional<Actor> actor(String slug) {
        return Actor.find("slug", slug).firstResultOptional();
    }
}
