package se.digitalimpactnorth.common;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from names: "Umeå Science Park" → "umea-science-park". */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String of(String name) {
        String ascii = Normalizer.normalize(name.replace("ß", "ss").replace("æ", "ae").replace("ø", "o"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "actor" : slug;
    }
}
