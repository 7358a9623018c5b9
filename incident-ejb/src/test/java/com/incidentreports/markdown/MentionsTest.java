package com.incidentreports.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionsTest {

    @Test
    void findsTheUsernamesMentionedInOrderAndOnce() {
        assertEquals(List.of("gja", "Sankalan13"), List.copyOf(Mentions.in(
                "I'm concerned that this was not tested manually by @gja and/or @Sankalan13 . Right, @gja?")));
    }

    @Test
    void punctuationAfterAMentionIsNotPartOfTheUsername() {
        assertEquals(Set.of("gja", "ana.lopez"), Mentions.in("Thanks @gja. And @ana.lopez, too!"));
    }

    @Test
    void emailAddressesCodeAndLinksAreNotMentions() {
        assertEquals(Set.of(), Mentions.in("""
                Write to ops@example.com, run `notify @oncall` or:

                    page @everyone

                See [@docs](https://example.com/@docs)."""));
    }

    @Test
    void aLoneAtSignIsNothing() {
        assertEquals(Set.of(), Mentions.in("Meet @ 10, or email me @ home"));
    }

    @Test
    void mentionsOfKnownPeopleBecomeLinksToThemAndOthersStayText() {
        String html = MarkdownRenderer.current().toSafeHtml("Ask @GJA and @nobody about **@sankalan13**.",
                Mentions.linking(List.of("gja", "Sankalan13")));

        assertTrue(html.matches("(?s).*<a href=\"/people/gja\"[^>]*>&#64;GJA</a>.*"), html);
        assertTrue(html.contains("<strong><a href=\"/people/Sankalan13\""), html);
        assertTrue(html.contains(" and &#64;nobody about "), html);
    }

    @Test
    void linkingNeverLetsScriptThrough() {
        String html = MarkdownRenderer.current().toSafeHtml(
                "@gja <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))",
                Mentions.linking(List.of("gja")));

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"/people/gja\""), html);
    }
}
