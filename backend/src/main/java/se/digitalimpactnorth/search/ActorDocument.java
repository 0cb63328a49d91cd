package se.digitalimpactnorth.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import se.digitalimpactnorth.actor.Actor;

/** What the index holds of an active actor: its name and description, and what the directory filters on. */
class ActorDocument implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("slug").use("name").use("kind").use("sector").use("status").use("descriptionSv").use("descriptionEn")
                .use("municipality").use("technologyAreas").use("competences").use("createdAt");
        context.bridge(Actor.class, new Bridge(context.indexSchemaElement()));
    }

    private static final class Bridge implements TypeBridge<Actor> {
        private final CommonFields common;
        private final IndexFieldReference<String> sector;
        private final IndexFieldReference<String> competences;

        Bridge(IndexSchemaElement schema) {
            common = new CommonFields(schema);
            sector = CommonFields.keyword(schema, SearchFields.SECTOR, false);
            competences = CommonFields.keywords(schema, SearchFields.COMPETENCES);
        }

        @Override
        public void write(DocumentElement doc, Actor a, TypeBridgeWriteContext context) {
            String competenceText = String.join(", ", a.competences);
            common.write(doc, a.id, a.slug, a.kind.name(), a.createdAt.toInstant(),
                    new CommonFields.Text(a.name, a.name, CommonFields.join(a.descriptionSv, competenceText),
                            CommonFields.join(a.descriptionEn, competenceText), CommonFields.first(a.descriptionSv, a.descriptionEn)),
                    a.municipality, a.technologyAreas);
            doc.addValue(sector, a.sector == null ? null : a.sector.name());
            a.competences.forEach(c -> doc.addValue(competences, c));
        }
    }
}
