package com.incidentreports.markdown.web;

import com.incidentreports.markdown.MarkdownRenderer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Lets pages render Markdown: {@code #{markdown.html(text)}}, used only by the markdown tag for text not yet
 * saved (previews) or kept without its HTML (the earlier texts of an edited comment). */
@Named("markdown")
@ApplicationScoped
public class MarkdownView {

    public String html(String markdown) {
        return MarkdownRenderer.current().toSafeHtml(markdown);
    }
}
