package com.incidentreports.markdown;

import com.incidentreports.platform.ImageHosts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = MarkdownRenderer.current();

    @Test
    void rendersTheMarkdownPeopleWrite() {
        String html = renderer.toSafeHtml("""
                We will add the **introspection query** to the CI suite:

                1. check the image build date
                2. deploy to staging

                > It was a miss on my end.

                `slash` tag""");
        assertTrue(html.contains("<strong>introspection query</strong>"), html);
        assertTrue(html.contains("<ol>") && html.contains("<li>check the image build date</li>"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<code>slash</code>"), html);
    }

    @Test
    void stripsScript() {
        String html = renderer.toSafeHtml("Hello <script>alert('x')</script> world");
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.contains("alert"), html);
        assertTrue(html.contains("Hello"), html);
    }

    @Test
    void stripsEventHandlers() {
        String html = renderer.toSafeHtml("<p onclick=\"steal()\">click</p> <img src=\"/logo.png\" onerror=\"steal()\">");
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("steal"), html);
    }

    @Test
    void stripsJavascriptLinks() {
        String markdownLink = renderer.toSafeHtml("[docs](javascript:alert(1))");
        String htmlLink = renderer.toSafeHtml("<a href=\"JaVaScRiPt:alert(1)\">docs</a>");
        assertFalse(markdownLink.toLowerCase().contains("javascript"), markdownLink);
        assertFalse(htmlLink.toLowerCase().contains("javascript"), htmlLink);
        assertTrue(markdownLink.contains("docs"), markdownLink);
    }

    @Test
    void keepsWebLinksAndMakesThemSafeToFollow() {
        String html = renderer.toSafeHtml("See [the CI run](https://ci.example.com/runs/42).");
        assertTrue(html.contains("href=\"https://ci.example.com/runs/42\""), html);
        assertTrue(html.contains("noopener"), html);
    }

    @Test
    void keepsIntranetImagesAndDropsOutsideOnes() {
        assertTrue(renderer.toSafeHtml("![graph](/files/graph.png)").contains("src=\"/files/graph.png\""));
        String outside = renderer.toSafeHtml("![tracker](https://evil.example.com/pixel.gif)");
        assertFalse(outside.contains("evil.example.com"), outside);
        String protocolRelative = renderer.toSafeHtml("![tracker](//evil.example.com/pixel.gif)");
        assertFalse(protocolRelative.contains("evil.example.com"), protocolRelative);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "![p](/\\127.0.0.1:8766/p.png)",
            "<img src=\"/\\127.0.0.1:8766/p.png\">",
            "<img src=\"\\\\127.0.0.1:8766/p.png\">",
            "<img src=\"/&#92;127.0.0.1:8766/p.png\">",
            "<img src=\"/&#9;/127.0.0.1:8766/p.png\">",
            "<img src=\"/&#10;/127.0.0.1:8766/p.png\">",
            "<img src=\" //127.0.0.1:8766/p.png\">",
            "<img src=\"&#0;//127.0.0.1:8766/p.png\">"})
    void noImageIsFetchedFromAnotherHost(String markdown) {
        String html = renderer.toSafeHtml(markdown);
        Matcher sources = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        while (sources.find()) {
            String source = sources.group(1);
            assertTrue(source.startsWith("/") && !source.startsWith("//") && !source.contains("\\"), html);
        }
    }

    @Test
    void anIntranetImageIsKeptAsTheBrowserWillReadIt() {
        assertTrue(renderer.toSafeHtml("<img src=\"/files\\graph.png\">").contains("src=\"/files/graph.png\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://images.intranet.example/graphs/latency.png",
            "http://images.intranet.example/graphs/latency.png",
            "HTTPS://Images.Intranet.Example/graphs/latency.png",
            "https://images.intranet.example/graphs/latency.png#last-week"})
    void keepsImagesFromAConfiguredIntranetHost(String source) {
        MarkdownRenderer intranet = MarkdownRenderer.allowingImagesFrom(ImageHosts.parse("images.intranet.example"));
        String html = intranet.toSafeHtml("![latency](" + source + ")");
        assertTrue(html.contains("src=\"" + source + "\""), html);
    }

    @Test
    void anIntranetHostsImageIsReadAsTheBrowserWillReadIt() {
        MarkdownRenderer intranet = MarkdownRenderer.allowingImagesFrom(ImageHosts.parse("images.intranet.example"));
        String html = intranet.toSafeHtml("<img src=\"https:\\\\images.intranet.example\\graph.png\">");
        assertTrue(html.contains("src=\"https://images.intranet.example/graph.png\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "![p](https://images.intranet.example.evil.com/p.png)",
            "![p](https://evil.com/images.intranet.example/p.png)",
            "![p](https://evil.com/?images.intranet.example)",
            "![p](https://images.intranet.example@evil.com/p.png)",
            "![p](https://images.intranet.example:pass@evil.com/p.png)",
            "<img src=\"https://images.intranet.example%40evil.com/p.png\">",
            "<img src=\"https://images.intranet.example&#64;evil.com/p.png\">",
            "![p](https://evilimages.intranet.example/p.png)",
            "![p](https://intranet.example/p.png)",
            "![p](https://images.intranet.example./p.png)",
            "![p](https://images.intranet.example:8443/p.png)",
            "<img src=\"https://evil.com\\.images.intranet.example/p.png\">",
            "<img src=\"https://evil.com\\@images.intranet.example/p.png\">",
            "<img src=\"https:\\\\evil.com\\images.intranet.example/p.png\">",
            "![p](//images.intranet.example/p.png)",
            "<img src=\"\\\\images.intranet.example/p.png\">",
            "<img src=\"/\\images.intranet.example/p.png\">",
            "![p](ftp://images.intranet.example/p.png)",
            "<img src=\"javascript://images.intranet.example/%0aalert(1)\">",
            "<img src=\"https://images.intranet.example&#10;.evil.com/p.png\">",
            "<img src=\"https://images.xn--intranet-ex4d.example/p.png\">",
            "<img src=\"https://ımages.intranet.example/p.png\">"})
    void refusesImagesFromHostsThatOnlyLookConfigured(String markdown) {
        MarkdownRenderer intranet = MarkdownRenderer.allowingImagesFrom(ImageHosts.parse("images.intranet.example"));
        String html = intranet.toSafeHtml(markdown);
        Matcher sources = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        while (sources.find()) {
            String source = sources.group(1);
            boolean fromThisServer = source.startsWith("/") && !source.startsWith("//");
            assertTrue(fromThisServer || source.startsWith("https://images.intranet.example/"), html);
            assertFalse(source.contains("evil") || source.contains("@") || source.contains("\\"), html);
        }
    }

    @Test
    void withoutConfiguredHostsNoImageComesFromAnotherHost() {
        String html = renderer.toSafeHtml("![latency](https://images.intranet.example/graphs/latency.png)");
        assertFalse(html.contains("images.intranet.example"), html);
    }

    @Test
    void blankTextRendersAsNothing() {
        assertEquals("", renderer.toSafeHtml(null));
        assertEquals("", renderer.toSafeHtml("  \n "));
    }
}
