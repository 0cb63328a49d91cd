package se.digitalimpactnorth.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import se.digitalimpactnorth.vocabulary.Municipality;
import se.digitalimpactnorth.vocabulary.TechnologyArea;

/**
 * The fields every index has, declared once so that the three indexes agree on names and types
 * (one search asks all three at once), with the writing of them.
 */
final class CommonFields {

    /** The text of one document, already chosen by its binder. */
    record Text(String titleSv, String titleEn, String textSv, String textEn, String summary) {}

    private final IndexFieldReference<String> titleSv;
    private final IndexFieldReference<String> titleEn;
    private final IndexFieldReference<String> titleFolded;
    private final IndexFieldReference<String> displayTitleSv;
    private final IndexFieldReference<String> displayTitleEn;
    private final IndexFieldReference<String> titlePrefix;
    private final IndexFieldReference<String> titleSuffix;
    private final IndexFieldReference<String> textSv;
    private final IndexFieldReference<String> textEn;
    private final IndexFieldReference<String> textSuffix;
    private final IndexFieldReference<String> summary;
    private final IndexFieldReference<String> slug;
    private final IndexFieldReference<String> kind;
    private final IndexFieldReference<Instant> sortAt;
    private final IndexFieldReference<String> nameSort;
    private final IndexFieldReference<String> idSort;
    private final IndexFieldReference<String> municipality;
    private final IndexFieldReference<String> county;
    private final IndexFieldReference<String> technologyAreas;

    CommonFields(IndexSchemaElement schema) {
        List<Highlightable> highlight = List.of(Highlightable.ANY);
        titleSv = schema.field(SearchFields.TITLE_SV, f -> f.asString().analyzer(SearchAnalysis.SWEDISH)
                .highlightable(highlight)).multiValued().toReference();
        titleEn = schema.field(SearchFields.TITLE_EN, f -> f.asString().analyzer(SearchAnalysis.ENGLISH)
                .highlightable(highlight)).multiValued().toReference();
        titleFolded = schema.field(SearchFields.TITLE_FOLDED, f -> f.asString().analyzer(SearchAnalysis.FOLDED)).multiValued()
                .toReference();
        displayTitleSv = schema.field(SearchFields.DISPLAY_TITLE_SV, f -> f.asString().searchable(Searchable.NO)
                .projectable(Projectable.YES)).toReference();
        displayTitleEn = schema.field(SearchFields.DISPLAY_TITLE_EN, f -> f.asString().searchable(Searchable.NO)
                .projectable(Projectable.YES)).toReference();
        titlePrefix = schema.field(SearchFields.TITLE_PREFIX, f -> f.asString().analyzer(SearchAnalysis.PREFIX)
                .searchAnalyzer(SearchAnalysis.FOLDED).highlightable(highlight)).multiValued().toReference();
        titleSuffix = schema.field(SearchFields.TITLE_SUFFIX, f -> f.asString().analyzer(SearchAnalysis.SUFFIX)
                .searchAnalyzer(SearchAnalysis.SWEDISH_FOLDED).highlightable(highlight)).multiValued().toReference();
        textSv = schema.field(SearchFields.TEXT_SV, f -> f.asString().analyzer(SearchAnalysis.SWEDISH)
                .highlightable(highlight)).toReference();
        textEn = schema.field(SearchFields.TEXT_EN, f -> f.asString().analyzer(SearchAnalysis.ENGLISH)
                .highlightable(highlight)).toReference();
        textSuffix = schema.field(SearchFields.TEXT_SUFFIX, f -> f.asString().analyzer(SearchAnalysis.SUFFIX)
                .searchAnalyzer(SearchAnalysis.SWEDISH_FOLDED)).toReference();
        summary = schema.field(SearchFields.SUMMARY, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
                .toReference();
        slug = schema.field(SearchFields.SLUG, f -> f.asString().projectable(Projectable.YES)).toReference();
        kind = keyword(schema, SearchFields.KIND, true);
        sortAt = schema.field(SearchFields.SORT_AT, f -> f.asInstant().sortable(Sortable.YES)).toReference();
        nameSort = schema.field(SearchFields.NAME_SORT, f -> f.asString().normalizer(SearchAnalysis.SORT).sortable(Sortable.YES))
                .toReference();
        idSort = schema.field(SearchFields.ID_SORT, f -> f.asString().sortable(Sortable.YES)).toReference();
        municipality = keyword(schema, SearchFields.MUNICIPALITY, false);
        county = keyword(schema, SearchFields.COUNTY, false);
        technologyAreas = schema.field(SearchFields.TECHNOLOGY_AREAS, f -> f.asString().aggregable(Aggregable.YES))
                .multiValued().toReference();
    }

    /** A keyword field that filters and counts (aggregations); projectable when asked. */
    static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name, boolean projectable) {
        return schema.field(name, f -> f.asString().aggregable(Aggregable.YES)
                .projectable(projectable ? Projectable.YES : Projectable.NO)).toReference();
    }

    /** The same, several values. */
    static IndexFieldReference<String> keywords(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().aggregable(Aggregable.YES)).multiValued().toReference();
    }

    void write(DocumentElement doc, UUID id, String slugValue, String kindValue, Instant sortAtValue, Text text,
            Municipality place, Collection<TechnologyArea> areas) {
        doc.addValue(displayTitleSv, text.titleSv());
        doc.addValue(displayTitleEn, text.titleEn());
        // Each title in both analyses: people type Swedish words for an English title and the reverse.
        Stream.of(text.titleSv(), text.titleEn()).filter(Objects::nonNull).distinct().forEach(t -> {
            doc.addValue(titleSv, t);
            doc.addValue(titleEn, t);
            doc.addValue(titleFolded, t);
            doc.addValue(titlePrefix, t);
            doc.addValue(titleSuffix, t);
        });
        doc.addValue(textSv, text.textSv());
        doc.addValue(textEn, text.textEn());
        doc.addValue(textSuffix, text.summary());
        doc.addValue(summary, text.summary());
        doc.addValue(slug, slugValue);
        doc.addValue(kind, kindValue);
        doc.addValue(sortAt, sortAtValue);
        doc.addValue(nameSort, text.titleSv() != null ? text.titleSv() : text.titleEn());
        doc.addValue(idSort, id.toString());
        if (place != null) {
            doc.addValue(municipality, place.code);
            doc.addValue(county, place.county.code);
        }
        areas.forEach(a -> doc.addValue(technologyAreas, a.code));
    }

    /** Two texts joined by a blank line, either may be missing. */
    static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "\n\n" + b;
    }

    /** The first of the texts that is there. */
    static String first(String... texts) {
        return Stream.of(texts).filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
    }
}
