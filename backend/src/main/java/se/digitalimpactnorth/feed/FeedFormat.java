package se.digitalimpactnorth.feed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats a feed is served in, chosen by the path's extension or else by Accept. */
public enum FeedFormat {
    JSON("application/json", ".json"),
    JSON_FEED("application/feed+json", null),
    ICALENDAR("text/calendar", ".ics"),
    RSS("application/rss+xml", ".rss"),
    ATOM("application/atom+xml", ".atom"),
    JSON_LD("application/ld+json", ".jsonld"),
    /** The embed page for iframes; only /embed/ serves it, never content negotiation. */
    HTML("text/html", null);

    final String mediaType;
    final String extension;

    FeedFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    static Optional<FeedFormat> byExtension(String extension) {
        for (FeedFormat f : values()) {
            if (extension.equals(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The first format the Accept header names, in its order of preference (q-values), with
     * wildcards and a missing header meaning JSON; empty when it names none we serve.
     */
    static Optional<FeedFormat> byAccept(String accept) {
        return byAccept(accept, java.util.EnumSet.complementOf(java.util.EnumSet.of(HTML)));
    }

    /** The same, among the formats a feed serves (JSON among them). */
    static Optional<FeedFormat> byAccept(String accept, java.util.Set<FeedFormat> served) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        record Ranked(String type, double q, int order) {}
        String[] parts = accept.split(",");
        List<Ranked> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].trim().split(";");
            double q = 1.0;
            for (int j = 1; j < fields.length; j++) {
                String f = fields[j].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranked.add(new Ranked(fields[0].trim().toLowerCase(Locale.ROOT), q, i));
        }
        ranked.sort((a, b) -> a.q() != b.q() ? Double.compare(b.q(), a.q()) : Integer.compare(a.order(), b.order()));
        for (Ranked r : ranked) {
            if (r.q() <= 0) {
                continue;
            }
            if (r.type().equals("*/*") || r.type().equals("application/*")) {
                return Optional.of(JSON);
            }
            for (FeedFormat f : values()) {
                if (f != HTML && served.contains(f) && f.mediaType.equals(r.type())) {
                    return Optional.of(f);
                }
            }
            if (r.type().equals("text/*") && served.contains(ICALENDAR)) {
                return Optional.of(ICALENDAR);
            }
        }
        return Optional.empty();
    }
}
