package se.digitalimpactnorth.feed;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The iframe page for sites that cannot run scripts: the feed as plain HTML, no script at all,
 * every text escaped by Qute, links opening outside the frame.
 */
final class EmbedPage {

    @CheckedTemplate(basePath = "EmbedPage")
    static class Templates {
        static native TemplateInstance page(String lang, String title, String layout, String home, String empty,
                List<Item> items);
    }

    /** What the page shows of one item, already formatted in the page's language. */
    record Item(String url, String titleOrKind, String eventStatus, OffsetDateTime start, String when, String where,
            FeedItem.Organizer organizer, String summary) {}

    private EmbedPage() {}

    static byte[] render(String title, String layout, String lang, String home, List<FeedItem> items) {
        Locale locale = "en".equals(lang) ? Locale.UK : Locale.forLanguageTag("sv-SE");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        List<Item> shown = items.stream().map(i -> {
            OffsetDateTime next = i.occurrences() != null && !i.occurrences().isEmpty() ? i.occurrences().getFirst().start() : i.start();
            String whenText = next == null ? null
                    : when.format(next.atZoneSameInstant(ZoneId.of(i.timeZone() == null ? "Europe/Stockholm" : i.timeZone())));
            String where = i.place() == null ? null : String.join(", ", Stream.of(i.place().name(), i.place().municipality())
                    .filter(x -> x != null && !x.isBlank()).toList());
            return new Item(i.url(), i.titleOrKind(), i.eventStatus(), next, whenText, where == null || where.isBlank() ? null : where,
                    i.organizer(), i.summary());
        }).toList();
        String empty = "en".equals(lang) ? "Nothing to show right now." : "Inget att visa just nu.";
        return Templates.page(lang, title, layout, home, empty, shown).render().getBytes(StandardCharsets.UTF_8);
    }
}
