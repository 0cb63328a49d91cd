package se.digitalimpactnorth.collaboration;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.common.LocalizedText;
import se.digitalimpactnorth.vocabulary.MunicipalityRef;
import se.digitalimpactnorth.vocabulary.TechnologyAreaDto;

/**
 * The five boundaries of the seed that a collaboration crosses, computed by {@link BoundaryRules}
 * from its accepted participants and its own fields; never typed in. The README defines each rule.
 */
@Schema(name = "BoundaryProfile", requiredProperties = {"score", "crossed", "sectors", "organisations", "places", "knowledge",
    "technology"})
public record BoundaryProfile(
        @Schema(description = "How many of the five boundaries it crosses, 0 to 5", minimum = "0", maximum = "5") int score,
        @Schema(description = "The boundaries it crosses, in the order of the enum") List<Boundary> crossed,
        Sectors sectors,
        Organisations organisations,
        Places places,
        Knowledge knowledge,
        Technology technology) {

    /** The seed's five boundaries: sector, organisation, place, knowledge and technology. */
    public enum Boundary { SECTOR, ORGANISATION, PLACE, KNOWLEDGE, TECHNOLOGY }

    /** Which helix the participants' sectors form: triple is business + academia + public; quadruple adds civil. */
    public enum Helix { NONE, TRIPLE, QUADRUPLE }

    @Schema(name = "BoundarySectors", requiredProperties = {"values", "count", "helix", "crossed"})
    public record Sectors(
            @Schema(description = "The distinct sectors of the accepted participants, in the order of the enum") List<Sector> values,
            int count, Helix helix, boolean crossed) {}

    @Schema(name = "BoundaryOrganisations", requiredProperties = {"count", "crossed"})
    public record Organisations(@Schema(description = "Accepted participants") int count, boolean crossed) {}

    @Schema(name = "BoundaryPlaces", requiredProperties = {"municipalities", "counties", "crossesMunicipalBorder",
        "crossesCountyBorder", "reachesOutsideRegion", "crossed"})
    public record Places(
            @Schema(description = "Distinct municipalities of the accepted participants and of the places, by code")
            List<MunicipalityRef> municipalities,
            @Schema(description = "Distinct counties of those municipalities, by code") List<CountyRef> counties,
            boolean crossesMunicipalBorder, boolean crossesCountyBorder,
            @Schema(description = "Whether any municipality lies outside the home region's counties (DIN_HOME_COUNTIES)")
            boolean reachesOutsideRegion,
            boolean crossed) {}

    @Schema(name = "CountyRef", requiredProperties = {"code", "name"})
    public record CountyRef(@Schema(examples = "24") String code, @Schema(examples = "Västerbottens län") String name) {}

    @Schema(name = "BoundaryKnowledge", requiredProperties = {"areas", "groups", "crossed"})
    public record Knowledge(
            @Schema(description = "Distinct SSIF research areas (level 1) the knowledge areas belong to") List<KnowledgeAreaRef> areas,
            @Schema(description = "Distinct SSIF research-subject groups (level 2) the knowledge areas belong to")
            List<KnowledgeAreaRef> groups,
            boolean crossed) {}

    @Schema(name = "BoundaryTechnology", requiredProperties = {"areas", "count", "crossed"})
    public record Technology(List<TechnologyAreaDto> areas, int count, boolean crossed) {}

    /** A code of the Swedish standard classification of research subjects (SSIF 2025), as other objects refer to it. */
    @Schema(name = "KnowledgeAreaRef", requiredProperties = {"code", "level", "name"})
    public record KnowledgeAreaRef(@Schema(examples = "10210") String code, KnowledgeLevel level, LocalizedText name) {}

    /** SSIF's three levels: research area (1 digit), research-subject group (3 digits), research subject (5 digits). */
    public enum KnowledgeLevel { AREA, GROUP, SUBJECT }
}
