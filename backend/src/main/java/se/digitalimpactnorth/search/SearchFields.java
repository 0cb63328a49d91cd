package se.digitalimpactnorth.search;

/**
 * The names of the fields in the search indexes, shared by the mapping (the document binders) and
 * every query. The three indexes (actor, resource, collaboration) use the same names for what they
 * have in common, so that one search can ask all three at once.
 */
public final class SearchFields {

    // --- Every index: the text searched, with its analysis (see SearchAnalysis) ---
    /** Every title (Swedish and English; an actor's name), Swedish analysis: an English-only title is found in Swedish too. */
    public static final String TITLE_SV = "title_sv";
    /** Every title, English analysis. */
    public static final String TITLE_EN = "title_en";
    /** Every word of every title as typed, only lower-cased and folded: where typos are forgiven (a stem would hide them). */
    public static final String TITLE_FOLDED = "title_folded";
    /** The Swedish title as stored (an actor's name), not searched: what a hit shows. */
    public static final String DISPLAY_TITLE_SV = "display_title_sv";
    /** The English title as stored, not searched. */
    public static final String DISPLAY_TITLE_EN = "display_title_en";
    /** Every prefix of every word of the title: type-ahead. */
    public static final String TITLE_PREFIX = "title_prefix";
    /** Every suffix of every word of the title: the last part of a Swedish compound ("bädd" in "testbädd"). */
    public static final String TITLE_SUFFIX = "title_suffix";
    /** Summary, body or description, Swedish analysis; projectable (snippets). */
    public static final String TEXT_SV = "text_sv";
    /** Summary, body or description, English analysis; projectable (snippets). */
    public static final String TEXT_EN = "text_en";
    /** Every suffix of every word of the summary or description. */
    public static final String TEXT_SUFFIX = "text_suffix";
    /** The summary or description as stored (not searched): a hit's snippet when no word is highlighted. */
    public static final String SUMMARY = "summary";

    // --- Every index: keywords ---
    public static final String SLUG = "slug";
    /** The actor kind, resource kind or collaboration kind. */
    public static final String KIND = "kind";
    /** The list order: resources and collaborations coalesce(published_at, created_at); actors created_at. */
    public static final String SORT_AT = "sort_at";
    /** The name or title, lower-cased and accent-folded, for sorting by name. */
    public static final String NAME_SORT = "name_sort";
    /** The id as text: the tie-breaker of every sort, so that cursors are stable. */
    public static final String ID_SORT = "id_sort";
    public static final String MUNICIPALITY = "municipality";
    public static final String COUNTY = "county";
    public static final String TECHNOLOGY_AREAS = "technology_areas";

    // --- resource ---
    public static final String FAMILY = "family";
    /** The publisher and the co-organisers that accepted. */
    public static final String ACTOR_IDS = "actor_ids";
    /** The goals, "1" to "17". */
    public static final String SDGS = "sdgs";
    public static final String TAGS = "tags";
    public static final String ACCESS = "access";
    /** Nested: the occurrences of an event. */
    public static final String OCCURRENCES = "occurrences";
    public static final String OCCURRENCE_STARTS_AT = "occurrences.starts_at";
    public static final String OCCURRENCE_ENDS_AT = "occurrences.ends_at";

    // --- actor ---
    public static final String SECTOR = "sector";
    public static final String COMPETENCES = "competences";

    // --- collaboration (also ACTOR_IDS: the participants that count; SDGS; KIND) ---
    public static final String STATUS = "status";
    public static final String SECTORS = "sectors";
    public static final String MUNICIPALITIES = "municipalities";
    public static final String COUNTIES = "counties";
    /** The names of the boundaries crossed (SECTOR, ORGANISATION, PLACE, KNOWLEDGE, TECHNOLOGY). */
    public static final String CROSSES = "crosses";
    /** Every SSIF code and its ancestors (10210 gives 1, 102 and 10210). */
    public static final String KNOWLEDGE_AREAS = "knowledge_areas";
    /** The first digit of each SSIF code (the research area). */
    public static final String KNOWLEDGE_TOP = "knowledge_top";
    public static final String BOUNDARY_SCORE = "boundary_score";
    public static final String START_DATE = "start_date";
    /** Absent when the collaboration has no end. */
    public static final String END_DATE = "end_date";

    private SearchFields() {
    }
}
