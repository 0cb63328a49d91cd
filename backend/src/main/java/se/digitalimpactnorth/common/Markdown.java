package se.digitalimpactnorth.common;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Renders user Markdown to HTML that is safe to put in any page: sanitised after rendering. */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    // Formatting, blocks, lists, tables and http(s)/mailto links; links open no window and pass no referrer.
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "pre", "code", "hr", "br")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private Markdown() {}

    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /** Plain text for places that show no HTML: calendar descriptions, feed summaries. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        return PLAIN.render(PARSER.parse(markdown)).strip();
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
