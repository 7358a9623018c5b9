package com.incidentreports.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotesTest {

    @Test
    void anExcerptIsTheTextWithoutFormattingOrWhatItQuotes() {
        assertEquals("Thanks for owning up. It is the entire team.",
                Quotes.excerpt("> It was a *miss* on my end.\n\nThanks for **owning up**.\n\nIt is the entire team.",
                        140));
    }

    @Test
    void anExcerptOfOnlyAQuoteIsTheQuote() {
        assertTrue(Quotes.excerpt("> It was a miss on my end.", 140).contains("It was a miss on my end."));
    }

    @Test
    void aLongExcerptIsCutAtAWord() {
        String excerpt = Quotes.excerpt("Automated coverage did not pick this up and nobody tested it by hand", 30);

        assertEquals("Automated coverage did not…", excerpt);
        assertTrue(excerpt.length() <= 30, excerpt);
    }

    @Test
    void aQuoteNamesItsAuthorAndQuotesEveryLine() {
        assertEquals("""
                > **Manish** wrote:
                > Thanks for the write-up.
                >
                > I'm concerned.

                """, Quotes.quote("Manish", "  Thanks for the write-up.\n\nI'm concerned.\n"));
    }

    @Test
    void anAuthorsNameCannotBreakTheQuote() {
        assertTrue(Quotes.quote("*Ana* [admin]", "Yes").startsWith("> **\\*Ana\\* \\[admin\\]** wrote:\n"));
    }
}
