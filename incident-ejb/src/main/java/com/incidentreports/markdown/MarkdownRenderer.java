package com.incidentreports.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns what people write (Markdown) into HTML that is safe to put in a page: whatever the Markdown contains,
 * the output has no script, no event handlers, no {@code javascript:} links and no images from outside the
 * intranet. Thread-safe; use {@link #INSTANCE}.
 */
public final class MarkdownRenderer {

    public static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    /** What a browser drops from anywhere in a URL before it reads it: ASCII tab and newlines. */
    private static final Pattern DROPPED_BY_BROWSERS = Pattern.compile("[\\t\\n\\r]");

    /** A path on this server: one slash, then no second one (a browser reads a backslash as a slash). */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/[^/\\\\\\s\\p{Cntrl}][^\\s\\p{Cntrl}]*$|^/$");

    /**
     * Images only from this server, never from another host: the address is read as a browser will read it
     * (without tabs and newlines, backslashes as slashes, surrounding controls and spaces gone) and kept only if
     * that is a path here. Otherwise a tracking pixel could hide in {@code /\\host/p.png}.
     */
    private static final AttributePolicy LOCAL_IMAGE = (element, attribute, value) -> {
        String read = DROPPED_BY_BROWSERS.matcher(value).replaceAll("").replace('\\', '/').strip();
        return LOCAL_PATH.matcher(read).matches() ? read : null;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "del", "ul", "ol", "li", "a", "img",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("src").matching(LOCAL_IMAGE).onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[\\w+#-]{1,30}")).onElements("code")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final TextContentRenderer textRenderer;

    private MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).softbreak("<br />").build();
        textRenderer = TextContentRenderer.builder().extensions(extensions).build();
    }

    /** Safe HTML for {@code markdown}; empty for null or blank text. */
    public String toSafeHtml(String markdown) {
        return toSafeHtml(markdown, document -> { });
    }

    /**
     * Safe HTML for {@code markdown}, after {@code beforeRendering} has changed the parsed document (to link
     * mentions, for example); empty for null or blank text. Whatever it adds is sanitised like the rest.
     */
    public String toSafeHtml(String markdown, Consumer<Node> beforeRendering) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parse(markdown);
        beforeRendering.accept(document);
        return POLICY.sanitize(renderer.render(document));
    }

    /** The document {@code markdown} describes, parsed as it is for rendering. */
    public Node parse(String markdown) {
        return parser.parse(markdown == null ? "" : markdown);
    }

    /** The words of {@code markdown} without its formatting, as one line, after {@code beforeRendering}. */
    public String toPlainText(String markdown, Consumer<Node> beforeRendering) {
        Node document = parse(markdown);
        beforeRendering.accept(document);
        return textRenderer.render(document).replaceAll("\\s+", " ").strip();
    }
}
