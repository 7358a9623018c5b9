package com.incidentreports.markdown;

import com.incidentreports.markdown.MarkdownRenderer;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/** What a reply shows of the comment it answers, and how a quoted passage is written into a reply. */
public final class Quotes {

    /** The longest excerpt of a comment shown above a reply to it. */
    public static final int EXCERPT_MAX = 140;

    private Quotes() {
    }

    /**
     * The words of {@code markdown}, without formatting and without what it quotes (unless it is only a quote), cut
     * at a word to at most {@code max} characters.
     */
    public static String excerpt(String markdown, int max) {
        String text = MarkdownRenderer.current().toPlainText(markdown, Quotes::withoutQuotes);
        if (text.isEmpty()) {
            text = MarkdownRenderer.current().toPlainText(markdown, document -> { });
        }
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }

    /**
     * {@code passage} as a Markdown quote that names who wrote it, followed by an empty line to answer below:
     * <pre>
     * > **Manish** wrote:
     * > Thanks for the write-up.
     * </pre>
     */
    public static String quote(String authorName, String passage) {
        StringBuilder quote = new StringBuilder("> **").append(escape(authorName)).append("** wrote:\n");
        for (String line : passage.strip().split("\\R")) {
            quote.append(line.isBlank() ? ">" : "> " + line.stripTrailing()).append('\n');
        }
        return quote.append('\n').toString();
    }

    private static void withoutQuotes(Node document) {
        List<Node> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                quotes.add(quote);
            }
        });
        quotes.forEach(Node::unlink);
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
