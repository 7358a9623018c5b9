package com.incidentreports.markdown.web;

import com.incidentreports.discussion.Mentions;
import com.incidentreports.markdown.MarkdownRenderer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Collection;

/** Lets pages render Markdown: {@code #{markdown.html(text)}}, used only by the markdown tag. */
@Named("markdown")
@ApplicationScoped
public class MarkdownView {

    public String html(String markdown) {
        return MarkdownRenderer.INSTANCE.toSafeHtml(markdown);
    }

    /** As {@link #html(String)}, with each @mention of one of {@code mentioned} (usernames) linked to that person. */
    public String htmlWithMentions(String markdown, Collection<String> mentioned) {
        return MarkdownRenderer.INSTANCE.toSafeHtml(markdown, Mentions.linking(mentioned));
    }
}
