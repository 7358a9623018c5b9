package com.incidentreports.markdown;

import com.incidentreports.platform.ImageHosts;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what people write (Markdown) into HTML that is safe to put in a page: whatever the Markdown contains,
 * the output has no script, no event handlers, no {@code javascript:} links and no images from outside the
 * intranet (this server, and the {@link ImageHosts} the server is configured with). Thread-safe; use
 * {@link #current()}.
 */
public final class MarkdownRenderer {

    /** What a browser drops from anywhere in a URL before it reads it: ASCII tab and newlines. */
    private static final Pattern DROPPED_BY_BROWSERS = Pattern.compile("[\\t\\n\\r]");

    /** A path on this server: one slash, then no second one (a browser reads a backslash as a slash). */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/[^/\\\\\\s\\p{Cntrl}][^\\s\\p{Cntrl}]*$|^/$");

    /**
     * An address on another host, as a browser reads it once backslashes are slashes: http or https, a host of
     * letters, digits, dots and hyphens only (no user, no port, no percent-escapes), then a path or nothing. Whatever
     * else could stand between "//" and the host's end ({@code @}, {@code :}, {@code %}) does not match.
     */
    private static final Pattern HOST_ADDRESS =
            Pattern.compile("^(?i:https?)://([A-Za-z0-9.-]+)(?:[/?#][^\\s\\p{Cntrl}]*)?$");

    /** The renderer of this server: images from its {@link ImageHosts}, none until the server says which. */
    private static volatile MarkdownRenderer current = new MarkdownRenderer(ImageHosts.NONE);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final TextContentRenderer textRenderer;
    private final PolicyFactory policy;

    private MarkdownRenderer(ImageHosts imageHosts) {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).softbreak("<br />").build();
        textRenderer = TextContentRenderer.builder().extensions(extensions).build();
        policy = policy(imageHosts);
    }

    /** The renderer text is saved with: images from this server and the configured intranet hosts. */
    public static MarkdownRenderer current() {
        return current;
    }

    /** A renderer that keeps images from this server and from {@code imageHosts}. */
    public static MarkdownRenderer allowingImagesFrom(ImageHosts imageHosts) {
        return new MarkdownRenderer(imageHosts);
    }

    /** Makes {@link #current()} keep images from {@code imageHosts}, as the server's configuration says. */
    static void useImageHosts(ImageHosts imageHosts) {
        current = new MarkdownRenderer(imageHosts);
    }

    /**
     * Images only from this server or one of {@code imageHosts}, never from another host: the address is read as a
     * browser will read it (without tabs and newlines, backslashes as slashes, surrounding controls and spaces gone)
     * and kept only if that is a path here or an http(s) address on one of those hosts. Otherwise a tracking pixel
     * could hide in {@code /\\host/p.png} or {@code https://intranet.example@elsewhere/p.png}.
     */
    private static AttributePolicy imageSource(ImageHosts imageHosts) {
        return (element, attribute, value) -> {
            String read = DROPPED_BY_BROWSERS.matcher(value).replaceAll("").replace('\\', '/').strip();
            if (LOCAL_PATH.matcher(read).matches()) {
                return read;
            }
            Matcher address = HOST_ADDRESS.matcher(read);
            return address.matches() && imageHosts.allows(address.group(1)) ? read : null;
        };
    }

    private static PolicyFactory policy(ImageHosts imageHosts) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                        "em", "strong", "del", "ul", "ol", "li", "a", "img",
                        "table", "thead", "tbody", "tr", "th", "td")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").onElements("a")
                .allowAttributes("title").onElements("a", "img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("src").matching(imageSource(imageHosts)).onElements("img")
                .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
                .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
                .allowAttributes("class").matching(Pattern.compile("language-[\\w+#-]{1,30}")).onElements("code")
                .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                .toFactory();
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
        return policy.sanitize(renderer.render(document));
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
