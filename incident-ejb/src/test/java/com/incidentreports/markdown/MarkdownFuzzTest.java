package com.incidentreports.markdown;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever people write, the HTML made of it runs nothing: no script or other active element, no event-handler
 * attribute, no link to a script URL, no image from another host. Coverage-guided fuzzing with Jazzer: in an
 * ordinary test run only the seeds run (the payloads in {@code MarkdownFuzzTestInputs/shortRun}); CI fuzzes
 * {@link #shortRun} for 30 seconds, and {@link #longRun} fuzzes for an hour on demand (the README says how).
 */
class MarkdownFuzzTest {

    private static final Pattern ACTIVE_ELEMENT =
            Pattern.compile("<\\s*/?\\s*(script|style|iframe|frame|object|embed|svg|math|form|input|button|"
                    + "link|meta|base|template|textarea|select|video|audio|source)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile("\\s(href|src)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_SOURCE = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]*)\"");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    @FuzzTest(maxDuration = "30s")
    void shortRun(FuzzedDataProvider data) {
        runsNothing(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "1h")
    void longRun(FuzzedDataProvider data) {
        runsNothing(data.consumeRemainingAsString());
    }

    private static void runsNothing(String markdown) {
        String html = MarkdownRenderer.current().toSafeHtml(markdown);
        assertFalse(ACTIVE_ELEMENT.matcher(html).find(), () -> "an active element in " + html);
        assertFalse(EVENT_HANDLER.matcher(html).find(), () -> "an event handler in " + html);
        Matcher urls = URL_ATTRIBUTE.matcher(html);
        while (urls.find()) {
            String url = asTheBrowserReadsIt(urls.group(2));
            String scheme = schemeOf(url);
            assertTrue(scheme == null || SAFE_SCHEMES.contains(scheme), () -> "a " + scheme + ": URL in " + html);
        }
        Matcher images = IMAGE_SOURCE.matcher(html);
        while (images.find()) {
            String source = asTheBrowserReadsIt(images.group(1));
            assertTrue(source.startsWith("/") && !source.startsWith("//"), () -> "an image from elsewhere in " + html);
        }
    }

    /** The attribute value decoded, without the tabs and newlines a browser drops, backslashes as slashes. */
    private static String asTheBrowserReadsIt(String attribute) {
        Matcher entities = NUMERIC_ENTITY.matcher(attribute);
        StringBuilder decoded = new StringBuilder();
        while (entities.find()) {
            int codePoint = entities.group(1) != null ? Integer.parseInt(entities.group(1), 16)
                    : Integer.parseInt(entities.group(2));
            String character = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            entities.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        entities.appendTail(decoded);
        return decoded.toString().replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replaceAll("[\\t\\n\\r]", "").replace('\\', '/').strip();
    }

    /** The scheme of {@code url} in lower case, or null for a relative one. */
    private static String schemeOf(String url) {
        Matcher scheme = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):").matcher(url);
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
