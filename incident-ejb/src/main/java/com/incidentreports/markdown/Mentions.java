package com.incidentreports.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @username} in what people write. Only text counts: a mention in code, or inside a link or an e-mail
 * address, is not one. A username starts and ends with a letter or digit, so "@gja." at the end of a sentence is
 * "gja".
 */
public final class Mentions {

    public static final String PEOPLE_PATH = "/people/";

    private static final Pattern MENTION =
            Pattern.compile("(?<![\\w@.])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?)");

    private Mentions() {
    }

    /** The usernames mentioned in {@code markdown}, in the order they first appear, without repeats. */
    public static Set<String> in(String markdown) {
        Set<String> usernames = new LinkedHashSet<>();
        MarkdownRenderer.current().parse(markdown).accept(new TextVisitor(text -> {
            Matcher matcher = MENTION.matcher(text.getLiteral());
            while (matcher.find()) {
                usernames.add(matcher.group(1));
            }
        }));
        return usernames;
    }

    /**
     * Changes a parsed document so that each mention of one of {@code known} (compared ignoring case) links to that
     * person's page; other mentions stay plain text.
     */
    public static Consumer<Node> linking(Collection<String> known) {
        Map<String, String> byLowerCase = new TreeMap<>();
        known.forEach(username -> byLowerCase.put(username.toLowerCase(Locale.ROOT), username));
        return document -> {
            if (byLowerCase.isEmpty()) {
                return;
            }
            List<Text> texts = new ArrayList<>();
            document.accept(new TextVisitor(texts::add));
            texts.forEach(text -> link(text, byLowerCase));
        };
    }

    private static void link(Text text, Map<String, String> known) {
        String literal = text.getLiteral();
        Matcher matcher = MENTION.matcher(literal);
        int done = 0;
        while (matcher.find()) {
            String username = known.get(matcher.group(1).toLowerCase(Locale.ROOT));
            if (username == null) {
                continue;
            }
            if (matcher.start() > done) {
                text.insertBefore(new Text(literal.substring(done, matcher.start())));
            }
            Link link = new Link(PEOPLE_PATH + username, null);
            link.appendChild(new Text(matcher.group()));
            text.insertBefore(link);
            done = matcher.end();
        }
        if (done > 0) {
            text.setLiteral(literal.substring(done));
        }
    }

    /** Visits text that is not inside a link: code is not text to commonmark, so it is never visited. */
    private static final class TextVisitor extends AbstractVisitor {

        private final Consumer<Text> action;

        TextVisitor(Consumer<Text> action) {
            this.action = action;
        }

        @Override
        public void visit(Text text) {
            action.accept(text);
        }

        @Override
        public void visit(Link link) {
            // The words of a link are not mentions, and a mention is never linked twice.
        }
    }
}
