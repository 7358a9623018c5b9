package com.incidentreports.markdown.web;

import com.incidentreports.markdown.MarkdownRenderer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Lets pages render Markdown: {@code #{markdown.html(text)}}, used only by the markdown tag for text not yet
 * saved (previews) or not rendered when saved. */
@Named("markdown")
@ApplicationScoped
public class MarkdownView {

    public String html(String markdown) {
        return MarkdownRenderer.INSTANCE.toSafeHtml(markdown);
    }
}
