package com.incidentreports.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Text people write carries its safe HTML, made once with the value; blank text is no text. */
class MarkdownTest {

    @Test
    void carriesTheHtmlRenderedWhenItWasMade() {
        Markdown markdown = Markdown.of("The *queue* filled");

        assertEquals("The *queue* filled", markdown.source());
        assertEquals("<p>The <em>queue</em> filled</p>\n", markdown.html());
        assertSame(markdown.html(), markdown.html(), "the HTML is kept, not rendered again when read");
    }

    @Test
    void theHtmlIsSafe() {
        Markdown markdown = Markdown.of("A [bad](javascript:alert(1)) push <script>alert(2)</script>"
                + " <img src=\"https://evil.example/x.png\" onerror=\"alert(3)\">");

        assertEquals("<p>A bad push  </p>\n", markdown.html());
    }

    @Test
    void linksTheMentionsOfThePeopleNamed() {
        Markdown markdown = Markdown.of("Ask @gja and @nobody", List.of("gja"));

        assertEquals("<p>Ask <a href=\"/people/gja\" rel=\"noopener noreferrer nofollow\">&#64;gja</a>"
                + " and &#64;nobody</p>\n", markdown.html());
    }

    @Test
    void valuesWithTheSameSourceAreEqual() {
        Markdown plain = Markdown.of("Ask @gja");
        Markdown linked = Markdown.of("Ask @gja", List.of("gja"));

        assertNotEquals(plain.html(), linked.html());
        assertEquals(plain, linked);
        assertEquals(plain.hashCode(), linked.hashCode());
        assertNotEquals(plain, Markdown.of("Ask @ana"));
    }

    @Test
    void nullOrBlankTextIsNoText() {
        assertEquals(Markdown.NONE, Markdown.of(null));
        assertEquals(Markdown.NONE, Markdown.of(" \n\t", List.of("gja")));
        assertNull(Markdown.of(" ").source());
        assertNull(Markdown.of(" ").html());
        assertNotEquals(Markdown.NONE, Markdown.of("Something"));
    }
}
