package se.digitalimpactnorth.vocabulary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import se.digitalimpactnorth.common.Problem;
import se.digitalimpactnorth.vocabulary.VocabularyDtos.KnowledgeAreaDto;
import se.digitalimpactnorth.vocabulary.VocabularyDtos.KnowledgeAreaList;
import se.digitalimpactnorth.vocabulary.VocabularyDtos.MunicipalityDto;
import se.digitalimpactnorth.vocabulary.VocabularyDtos.MunicipalityList;
import se.digitalimpactnorth.vocabulary.VocabularyDtos.SdgDto;
import se.digitalimpactnorth.vocabulary.VocabularyDtos.SdgList;
import se.digitalimpactnorth.vocabulary.VocabularyDtos.TechnologyAreaList;

/** Public reference lists: Agenda 2030 goals, Swedish municipalities, technology areas and research subjects. */
@Path("/api/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Reference lists: Agenda 2030 goals, municipalities, technology areas, research subjects")
public class VocabulariesEndpoint {

    @Inject
    VocabularyService vocabularies;

    @GET
    @Path("/sdgs")
    @Cache(maxAge = 3600)
    @Operation(summary = "The 17 goals of Agenda 2030, in Swedish and English")
    public SdgList sdgs() {
        return new SdgList(vocabularies.sdgs().stream().map(SdgDto::of).toList());
    }

    @GET
    @Path("/technology-areas")
    @Cache(maxAge = 300)
    @Operation(summary = "The moderated list of technology areas actors and resources are tagged with")
    public TechnologyAreaList technologyAreas() {
        return new TechnologyAreaList(vocabularies.technologyAreas().stream().map(TechnologyAreaDto::of).toList());
    }

    @GET
    @Path("/knowledge-areas")
    @Cache(maxAge = 3600)
    @Operation(summary = "The Swedish standard classification of research subjects (SSIF 2025): 6 areas, 42 groups, 297 subjects",
            description = "Ordered by code, so each area is followed by its groups and each group by its subjects. "
                    + "Collaborations may choose a code of any level.")
    public KnowledgeAreaList knowledgeAreas() {
        return new KnowledgeAreaList(vocabularies.knowledgeAreas().stream().map(KnowledgeAreaDto::of).toList());
    }

    @GET
    @Path("/municipalities")
    @Cache(maxAge = 3600)
    @Operation(summary = "Sweden's municipalities with their SCB codes and counties")
    @APIResponse(responseCode = "200", description = "The municipalities, ordered by code")
    @APIResponse(responseCode = "400", description = "The county is not a two-digit SCB code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MunicipalityList municipalities(
            @Parameter(description = "Only the municipalities of this county (SCB code, e.g. 24 for Västerbotten)")
            @QueryParam("county") @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit SCB county code") String county) {
        return new MunicipalityList(vocabularies.municipalities(county).stream().map(MunicipalityDto::of).toList());
    }
}
