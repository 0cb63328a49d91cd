package se.digitalimpactnorth.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Helix;
import se.digitalimpactnorth.collaboration.CollaborationKind;
import se.digitalimpactnorth.collaboration.CollaborationStatus;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.resource.ResourceKind;

/**
 * Everything the public may see, as plain facts: the one input of every insight figure, the
 * network and matchmaking. {@code EcosystemLoader} reads it from the database once per change of
 * the data (the feeds' change counter); every figure is then a pure function of it and of an
 * {@link InsightFilter}, so each is tested on a hand-built ecosystem with known answers.
 *
 * <p>Only public things are here: active actors, public resources (ResourcePolicy.PUBLIC_SQL) and
 * public collaborations (CollaborationPolicy.PUBLIC_SQL) with the participants that count
 * (accepted, actor active). No person appears anywhere.
 *
 * @param actors the active actors by id
 * @param resources the public resources
 * @param collaborations the public collaborations
 * @param municipalities every municipality by code (all 290, located or not)
 * @param names display names of the codes the facts use (technology areas, SSIF codes, SDGs)
 * @param today the day the ecosystem was read (the end of "now" for open-ended periods)
 */
public record Ecosystem(Map<UUID, ActorFact> actors, List<ResourceFact> resources, List<CollaborationFact> collaborations,
        Map<String, MunicipalityFact> municipalities, Names names, LocalDate today) {

    /**
     * An active actor.
     *
     * @param joined the day it registered (actor.created_at, in Europe/Stockholm)
     * @param municipalityCode null when it has none; countyCode follows it
     * @param latitude null when it has no location (then longitude is null too)
     * @param technologyAreas its own technology area codes
     */
    public record ActorFact(UUID id, String slug, String name, ActorKind kind, Sector sector, String municipalityCode,
            String countyCode, Double latitude, Double longitude, LocalDate joined, Set<String> technologyAreas) {}

    /**
     * A public resource.
     *
     * @param published the day it was published (published_at, else created_at, in Europe/Stockholm)
     * @param municipalityCode its own municipality, else its publisher's; null when neither has one
     * @param latitude its own location, null when it has none
     */
    public record ResourceFact(UUID id, String slug, String titleSv, String titleEn, ResourceKind kind, UUID publisherId,
            String municipalityCode, String countyCode, Double latitude, Double longitude, LocalDate published,
            Set<Integer> sdgs, Set<String> technologyAreas) {

        public ResourceKind.Family family() {
            return kind.family();
        }
    }

    /** A participant that counts (accepted, actor active). */
    public record ParticipantFact(UUID actorId, ParticipantRole role) {}

    /**
     * A public collaboration with its stored boundary profile (BoundaryRules).
     *
     * @param start its start date; {@code end} is null while open-ended
     * @param published the day it was published (published_at, else created_at)
     * @param knowledgeAreas the SSIF codes as chosen (any level: 1, 3 or 5 digits)
     * @param places the collaboration's own municipality codes
     * @param municipalities the profile's municipalities (participants' and places'); counties likewise
     * @param resourceIds the public resources linked to it
     */
    public record CollaborationFact(UUID id, String slug, String titleSv, String titleEn, CollaborationKind kind,
            CollaborationStatus status, LocalDate start, LocalDate end, LocalDate published, List<ParticipantFact> participants,
            Set<Integer> sdgs, Set<String> technologyAreas, Set<String> knowledgeAreas, Set<String> places,
            int boundaryScore, Set<Boundary> crossed, Helix helix, Set<Sector> sectors, Set<String> municipalities,
            Set<String> counties, Set<UUID> resourceIds) {

        /** Whether it runs on some day of [from, to] (either may be null: unbounded). */
        public boolean activeDuring(LocalDate from, LocalDate to) {
            return (to == null || !start.isAfter(to)) && (end == null || from == null || !end.isBefore(from));
        }
    }

    /**
     * A municipality; {@code latitude}/{@code longitude} are the mean of its located active actors'
     * locations (no other source of municipal points is available offline), null when none is located.
     */
    public record MunicipalityFact(String code, String name, String countyCode, String countyName, Double latitude,
            Double longitude) {}

    /** Swedish and English names of codes. */
    public record Name(String sv, String en) {}

    /**
     * @param technologyAreas by technology area code
     * @param knowledgeAreas by SSIF code (areas, groups and subjects)
     * @param sdgs by goal number 1..17
     */
    public record Names(Map<String, Name> technologyAreas, Map<String, Name> knowledgeAreas, Map<Integer, Name> sdgs) {}
}
