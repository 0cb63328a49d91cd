package se.digitalimpactnorth.collaboration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/**
 * Computes a collaboration's boundary profile with {@link BoundaryRules} and stores it on the row,
 * with the columns the list filters and facets read (score, crossed flags, sectors, municipalities,
 * counties, participants that count). Called on every change of a collaboration or its participants,
 * and by ActorService when an actor's kind, municipality or status changes.
 */
@ApplicationScoped
public class CollaborationProfiles {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    @Inject
    KnowledgeAreas knowledge;

    @Inject
    ObjectMapper json;

    /** The home region for "reaches outside the region": county codes (DIN_HOME_COUNTIES, default 24, Västerbotten). */
    @ConfigProperty(name = "din.home-counties", defaultValue = "24")
    List<String> homeCounties;

    /** The profile as the rules compute it from the collaboration as it is now. */
    public BoundaryProfile compute(Collaboration c) {
        List<BoundaryRules.Participant> participants = c.counting().stream()
                .map(p -> new BoundaryRules.Participant(p.actor.id, p.actor.kind.sector(), MunicipalityRef.of(p.actor.municipality)))
                .toList();
        List<MunicipalityRef> places = c.places.stream().sorted(Comparator.comparing(m -> m.code)).map(MunicipalityRef::of).toList();
        List<TechnologyAreaDto> areas = c.technologyAreas.stream().sorted(Comparator.comparing(t -> t.code))
                .map(TechnologyAreaDto::of).toList();
        Set<String> home = homeCounties.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        // Without codes the classification is not consulted: its first read is a query, which would flush a half-applied change.
        List<BoundaryRules.ChosenKnowledge> chosen = c.knowledgeAreaCodes.isEmpty() ? List.of() : knowledge.resolve(c.knowledgeAreaCodes);
        return BoundaryRules.profile(new BoundaryRules.Input(participants, places, chosen, areas, home));
    }

    /**
     * Recomputes and stores the profile. Only a profile that differs dirties the row, so a refresh
     * that changes nothing leaves the version (and the ETag) as it was.
     */
    public void refresh(Collaboration c) {
        BoundaryProfile p = compute(c);
        c.boundaryProfile = json.convertValue(p, JSON_OBJECT);
        c.boundaryScore = (short) p.score();
        c.crossesSector = p.crossed().contains(Boundary.SECTOR);
        c.crossesOrganisation = p.crossed().contains(Boundary.ORGANISATION);
        c.crossesPlace = p.crossed().contains(Boundary.PLACE);
        c.crossesKnowledge = p.crossed().contains(Boundary.KNOWLEDGE);
        c.crossesTechnology = p.crossed().contains(Boundary.TECHNOLOGY);
        c.participantCount = c.counting().size();
        c.profileSectors = p.sectors().values().stream().map(Enum::name).toList();
        c.profileMunicipalities = p.places().municipalities().stream().map(MunicipalityRef::code).toList();
        c.profileCounties = p.places().counties().stream().map(BoundaryProfile.CountyRef::code).toList();
    }

    /**
     * An actor's kind (its sector), municipality or status changed: every collaboration it accepted
     * gets its profile recomputed, in the same transaction as the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshForActor(UUID actorId) {
        Collaboration.<Collaboration>find("select distinct p.collaboration from CollaborationParticipant p"
                        + " where p.actor.id = ?1 and p.status = ?2", actorId, ParticipantStatus.ACCEPTED)
                .stream().forEach(this::refresh);
    }

    /** The stored profile; computed when none is stored yet. */
    public BoundaryProfile stored(Collaboration c) {
        return c.boundaryProfile == null ? compute(c) : json.convertValue(c.boundaryProfile, BoundaryProfile.class);
    }
}
