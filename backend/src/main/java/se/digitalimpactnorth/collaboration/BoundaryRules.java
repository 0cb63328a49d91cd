package se.digitalimpactnorth.collaboration;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.KnowledgeAreaRef;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/**
 * Every rule of the boundary profile, in one place. Pure: it reads only its input, so each rule is
 * tested on hand-built cases with known answers. The README's "Boundary profile" section says the same in words.
 */
public final class BoundaryRules {

    private BoundaryRules() {}

    /** An accepted participant whose actor is active: the only kind that counts. */
    public record Participant(UUID actorId, Sector sector, MunicipalityRef municipality) {}

    /** A chosen SSIF code resolved to its area and, below area level, its group. */
    public record ChosenKnowledge(KnowledgeAreaRef area, KnowledgeAreaRef group) {}

    /**
     * What the profile is computed from.
     *
     * @param participants the accepted participants with active actors (municipality may be null)
     * @param places the collaboration's own places
     * @param knowledge the collaboration's knowledge areas, resolved
     * @param technologyAreas the collaboration's technology areas
     * @param homeCounties the county codes of the home region (DIN_HOME_COUNTIES, default 24: Västerbotten)
     */
    public record Input(List<Participant> participants, List<MunicipalityRef> places, List<ChosenKnowledge> knowledge,
            List<TechnologyAreaDto> technologyAreas, Set<String> homeCounties) {}

    /** The profile of one collaboration. */
    public static BoundaryProfile profile(Input input) {
        throw new UnsupportedOperationException("implemented on branch collab-boundaries");
    }
}
