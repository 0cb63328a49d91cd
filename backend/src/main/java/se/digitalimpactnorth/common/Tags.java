package se.digitalimpactnorth.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Free tags, normalised: trimmed, lower case, single spaces, without duplicates, in the order given. */
public final class Tags {
    private Tags() {}

    public static List<String> normalise(List<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        return new ArrayList<>(clean);
    }
}
