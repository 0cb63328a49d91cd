package se.digitalimpactnorth.search;

import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import se.digitalimpactnorth.common.TextQuery;

/**
 * What a person typed, as one predicate over the text fields every index has. Each word may match
 * in several ways, best first: a whole (stemmed, accent-folded) word of the title, of the text, the
 * beginning of a title word (type-ahead; also the stem: "gruva" → "gruvfordon"), the end of a word
 * (the last part of a Swedish compound), or a title word one or two letters off (a typo). Every word must match somehow, except that in
 * three words or more one may be missing (a small word such as "i" or "för" that the text lacks).
 * The title matching the whole phrase lifts a hit further.
 *
 * <p>Nothing typed reaches a query syntax: {@link TextQuery#words} keeps letters and digits only.
 */
public final class TextMatch {

    /** Words shorter than this match whole words only, as in {@link TextQuery}: "ai" must not find "aim". */
    private static final int MIN_PREFIX = 3;
    /** Words at least this long tolerate one typo; twice as long, two. */
    private static final int MIN_FUZZY = 4;

    private TextMatch() {
    }

    /**
     * The words of {@code text}, each once, at most ten; empty when there is none. Once: a word
     * typed twice ("1=1") must not count as two of the words that have to match.
     */
    public static List<String> words(String text) {
        return TextQuery.words(text).stream().distinct().toList();
    }

    /** Matches {@code text}; matches nothing when it has no word. */
    public static PredicateFinalStep of(SearchPredicateFactory f, String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return f.matchNone();
        }
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        for (String word : words) {
            all.should(word(f, word));
        }
        all.minimumShouldMatchNumber(words.size() <= 2 ? words.size() : words.size() - 1);
        if (words.size() == 1) {
            return all;
        }
        String phrase = String.join(" ", words);
        return f.bool().must(all)
                .should(f.phrase().field(SearchFields.TITLE_SV).matching(phrase).boost(3))
                .should(f.phrase().field(SearchFields.TITLE_EN).matching(phrase).boost(3));
    }

    private static PredicateFinalStep word(SearchPredicateFactory f, String word) {
        BooleanPredicateClausesStep<?, ?> any = f.bool()
                .should(f.match().field(SearchFields.TITLE_SV).matching(word).boost(4))
                .should(f.match().field(SearchFields.TITLE_EN).matching(word).boost(4))
                .should(f.match().field(SearchFields.TEXT_SV).matching(word))
                .should(f.match().field(SearchFields.TEXT_EN).matching(word));
        if (word.length() >= MIN_PREFIX) {
            any.should(f.match().field(SearchFields.TITLE_PREFIX).matching(word).boost(2))
                    // The stem as a beginning too: "gruva" finds "gruvfordon", the first part of a compound inflected.
                    .should(f.match().field(SearchFields.TITLE_PREFIX).matching(word).analyzer(SearchAnalysis.SWEDISH_FOLDED).boost(1.5f))
                    .should(f.match().field(SearchFields.TITLE_SUFFIX).matching(word).boost(1.5f))
                    .should(f.match().field(SearchFields.TEXT_SUFFIX).matching(word).boost(0.5f));
        }
        if (word.length() >= MIN_FUZZY) {
            int edits = word.length() >= 2 * MIN_FUZZY ? 2 : 1;
            // On the words as typed: stemming would put "artifical" and "artificial" further apart than the typo does.
            any.should(f.match().field(SearchFields.TITLE_FOLDED).matching(word).fuzzy(edits, 1).boost(0.8f));
        }
        return any;
    }
}
