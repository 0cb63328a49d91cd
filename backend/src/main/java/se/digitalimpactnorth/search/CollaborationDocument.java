package se.digitalimpactnorth.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import se.digitalimpactnorth.collaboration.Collaboration;
import se.digitalimpactnorth.collaboration.CollaborationParticipant;

/** What the index holds of a public collaboration: its text, its stored boundary profile and what the directory filters on. */
class CollaborationDocument implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("slug").use("kind").use("status").use("publication").use("takenDownAt")
                .use("titleSv").use("titleEn").use("summarySv").use("summaryEn").use("descriptionSv").use("descriptionEn")
                .use("startDate").use("endDate").use("sdgs").use("technologyAreas").use("knowledgeAreaCodes")
                .use("boundaryScore").use("crossesSector").use("crossesOrganisation").use("crossesPlace")
                .use("crossesKnowledge").use("crossesTechnology")
                .use("profileSectors").use("profileMunicipalities").use("profileCounties")
                .use("publishedAt").use("createdAt")
                .use("participants.status").use("participants.role");
        context.bridge(Collaboration.class, new Bridge(context.indexSchemaElement()));
    }

    private static final class Bridge implements TypeBridge<Collaboration> {
        private final CommonFields common;
        private final IndexFieldReference<String> status;
        private final IndexFieldReference<String> sectors;
        private final IndexFieldReference<String> municipalities;
        private final IndexFieldReference<String> counties;
        private final IndexFieldReference<String> sdgs;
        private final IndexFieldReference<String> crosses;
        private final IndexFieldReference<String> actorIds;
        private final IndexFieldReference<String> knowledgeAreas;
        private final IndexFieldReference<String> knowledgeTop;
        private final IndexFieldReference<Integer> boundaryScore;
        private final IndexFieldReference<LocalDate> startDate;
        private final IndexFieldReference<LocalDate> endDate;

        Bridge(IndexSchemaElement schema) {
            common = new CommonFields(schema);
            status = CommonFields.keyword(schema, SearchFields.STATUS, false);
            sectors = CommonFields.keywords(schema, SearchFields.SECTORS);
            municipalities = CommonFields.keywords(schema, SearchFields.MUNICIPALITIES);
            counties = CommonFields.keywords(schema, SearchFields.COUNTIES);
            sdgs = CommonFields.keywords(schema, SearchFields.SDGS);
            crosses = CommonFields.keywords(schema, SearchFields.CROSSES);
            actorIds = CommonFields.keywords(schema, SearchFields.ACTOR_IDS);
            knowledgeAreas = CommonFields.keywords(schema, SearchFields.KNOWLEDGE_AREAS);
            knowledgeTop = CommonFields.keywords(schema, SearchFields.KNOWLEDGE_TOP);
            boundaryScore = schema.field(SearchFields.BOUNDARY_SCORE, f -> f.asInteger().aggregable(Aggregable.YES)).toReference();
            startDate = schema.field(SearchFields.START_DATE, f -> f.asLocalDate()).toReference();
            endDate = schema.field(SearchFields.END_DATE, f -> f.asLocalDate()).toReference();
        }

        @Override
        public void write(DocumentElement doc, Collaboration c, TypeBridgeWriteContext context) {
            String summary = CommonFields.first(c.summarySv, c.summaryEn, c.titleSv, c.titleEn);
            common.write(doc, c.id, c.slug, c.kind.name(), (c.publishedAt != null ? c.publishedAt : c.createdAt).toInstant(),
                    new CommonFields.Text(c.titleSv, c.titleEn, CommonFields.join(c.summarySv, c.descriptionSv),
                            CommonFields.join(c.summaryEn, c.descriptionEn), summary),
                    null, c.technologyAreas);
            doc.addValue(status, c.status.name());
            c.profileSectors.forEach(s -> doc.addValue(sectors, s));
            c.profileMunicipalities.forEach(m -> doc.addValue(municipalities, m));
            c.profileCounties.forEach(m -> doc.addValue(counties, m));
            c.sdgs.forEach(s -> doc.addValue(sdgs, s.toString()));
            crossed(c).forEach((boundary, crossed) -> {
                if (crossed) {
                    doc.addValue(crosses, boundary);
                }
            });
            c.participants.stream().filter(CollaborationParticipant::counts)
                    .forEach(p -> doc.addValue(actorIds, p.actor.id.toString()));
            // SSIF codes nest by prefix (1 → 102 → 10210): a filter on an area or group matches what lies below it.
            c.knowledgeAreaCodes.stream()
                    .flatMap(code -> java.util.stream.Stream.of(code.substring(0, 1), code.substring(0, Math.min(3, code.length())), code))
                    .distinct().forEach(code -> doc.addValue(knowledgeAreas, code));
            c.knowledgeAreaCodes.stream().map(code -> code.substring(0, 1)).distinct().forEach(top -> doc.addValue(knowledgeTop, top));
            doc.addValue(boundaryScore, (int) c.boundaryScore);
            doc.addValue(startDate, c.startDate);
            doc.addValue(endDate, c.endDate);
        }

        private static Map<String, Boolean> crossed(Collaboration c) {
            Map<String, Boolean> m = new LinkedHashMap<>();
            m.put("SECTOR", c.crossesSector);
            m.put("ORGANISATION", c.crossesOrganisation);
            m.put("PLACE", c.crossesPlace);
            m.put("KNOWLEDGE", c.crossesKnowledge);
            m.put("TECHNOLOGY", c.crossesTechnology);
            return m;
        }
    }
}
