package se.digitalimpactnorth.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

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

    /**
     * A free slug for {@code base}: the base itself, else base-2, base-3, ... A reserved word (a
     * word the SPA's routes use after the list's path, such as "ny") is never taken as it is.
     * Chosen under an advisory lock per kind and base ({@link Locks#name}), so concurrent creates
     * with one name on any replica get distinct slugs.
     */
    public static String unique(String kind, String base, Set<String> reserved, Predicate<String> taken) {
        Locks.name(kind + "-slug:" + base);
        boolean isReserved = reserved.contains(base);
        String slug = isReserved ? base + "-2" : base;
        for (int n = isReserved ? 3 : 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
