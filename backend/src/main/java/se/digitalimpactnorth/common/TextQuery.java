package se.digitalimpactnorth.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person types into a PostgreSQL prefix tsquery: the words only (letters and
 * digits), each matched as a prefix, all required. Nothing the person types reaches the query
 * syntax, so quotes, operators and wildcards are just characters that split words.
 */
public final class TextQuery {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 10;

    private TextQuery() {}

    /** Words shorter than this match whole words only: "ai" must not match "aim" and every other "ai…". */
    static final int MIN_PREFIX = 3;

    /**
     * "Testbäddar i Umeå" → "testbäddar:* & i & umeå:*"; null when there is no word ("%", "_"),
     * which matches nothing: such characters are never wildcards.
     */
    public static String prefixQuery(String text) {
        List<String> words = words(text);
        return words.isEmpty() ? null
                : String.join(" & ", words.stream().map(w -> w.length() >= MIN_PREFIX ? w + ":*" : w).toList());
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group());
        }
        return words;
    }
}
