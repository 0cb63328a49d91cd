package se.digitalimpactnorth.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import se.digitalimpactnorth.resource.EventOccurrence;
import se.digitalimpactnorth.resource.Resource;

/** What the index holds of a public resource: its text, and every field the catalogue filters and counts on. */
class ResourceDocument implements TypeBinder {

    /** An event's occurrences in the index: the next ones, as the event_occurrence table holds them. */
    private static final int MAX_OCCURRENCES = 500;

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("slug").use("kind").use("status").use("takenDownAt")
                .use("titleSv").use("titleEn").use("summarySv").use("summaryEn").use("bodySv").use("bodyEn")
                .use("tags").use("sdgs").use("municipality").use("technologyAreas").use("accessCondition")
                .use("publishedAt").use("createdAt")
                // The schedule: its occurrences are rewritten with it.
                .use("startsAt").use("endsAt").use("rrule").use("timeZone").use("allDay")
                .use("coOrganisers.status");
        context.bridge(Resource.class, new Bridge(context.indexSchemaElement()));
    }

    private static final class Bridge implements TypeBridge<Resource> {
        private final CommonFields common;
        private final IndexFieldReference<String> family;
        private final IndexFieldReference<String> actorIds;
        private final IndexFieldReference<String> sdgs;
        private final IndexFieldReference<String> tags;
        private final IndexFieldReference<String> access;
        private final IndexObjectFieldReference occurrences;
        private final IndexFieldReference<Instant> startsAt;
        private final IndexFieldReference<Instant> endsAt;

        Bridge(IndexSchemaElement schema) {
            common = new CommonFields(schema);
            family = CommonFields.keyword(schema, SearchFields.FAMILY, false);
            actorIds = CommonFields.keywords(schema, SearchFields.ACTOR_IDS);
            sdgs = CommonFields.keywords(schema, SearchFields.SDGS);
            tags = CommonFields.keywords(schema, SearchFields.TAGS);
            access = CommonFields.keyword(schema, SearchFields.ACCESS, false);
            IndexSchemaObjectField occurrence = schema.objectField(SearchFields.OCCURRENCES, ObjectStructure.NESTED).multiValued();
            startsAt = occurrence.field("starts_at", f -> f.asInstant().sortable(Sortable.YES)).toReference();
            endsAt = occurrence.field("ends_at", f -> f.asInstant().sortable(Sortable.YES)).toReference();
            occurrences = occurrence.toReference();
        }

        @Override
        public void write(DocumentElement doc, Resource r, TypeBridgeWriteContext context) {
            String summary = CommonFields.first(r.summarySv, r.summaryEn, r.titleSv, r.titleEn);
            // The tags are words of the text too, as q has always matched them ("Words in the title, summary, body or tags").
            String tagText = String.join(", ", r.tags);
            common.write(doc, r.id, r.slug, r.kind.name(), instant(r.publishedAt != null ? r.publishedAt : r.createdAt),
                    new CommonFields.Text(r.titleSv, r.titleEn, CommonFields.join(CommonFields.join(r.summarySv, r.bodySv), tagText),
                            CommonFields.join(CommonFields.join(r.summaryEn, r.bodyEn), tagText), summary),
                    r.municipality, r.technologyAreas);
            doc.addValue(family, r.kind.family().name());
            Stream.concat(Stream.of(r.actor.id), r.acceptedCoOrganisers().stream().map(a -> a.id))
                    .map(Object::toString).distinct().forEach(id -> doc.addValue(actorIds, id));
            r.sdgs.forEach(s -> doc.addValue(sdgs, s.toString()));
            r.tags.forEach(t -> doc.addValue(tags, t));
            doc.addValue(access, r.accessCondition);
            if (r.startsAt != null) {
                List<EventOccurrence> found = context.extension(HibernateOrmExtension.get()).session()
                        .createQuery("from EventOccurrence o where o.id.resourceId = :id order by o.id.startsAt", EventOccurrence.class)
                        .setParameter("id", r.id).setMaxResults(MAX_OCCURRENCES).getResultList();
                for (EventOccurrence o : found) {
                    DocumentElement element = doc.addObject(occurrences);
                    element.addValue(startsAt, o.id.startsAt().toInstant());
                    element.addValue(endsAt, o.endsAt.toInstant());
                }
            }
        }

        private static Instant instant(OffsetDateTime t) {
            return t == null ? null : t.toInstant();
        }
    }
}
