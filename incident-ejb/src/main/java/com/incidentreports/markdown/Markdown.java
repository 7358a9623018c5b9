package com.incidentreports.markdown;

import jakarta.persistence.Embeddable;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Text people write: its Markdown source together with the safe HTML it is shown as, rendered once, when the value
 * is made, so that pages show the HTML without rendering it again. Immutable; two values are equal when their
 * sources are. An entity maps it onto its own pair of columns by overriding {@code source} and {@code html}.
 * <p>
 * Blank text is no text: a value with neither source nor HTML, equal to {@link #NONE}. JPA reads a value whose
 * columns are all null as a null field, so an entity hands out {@link #NONE} in its place.
 */
@Embeddable
public class Markdown {

    /** No text: a section left empty, an action without description, a removed comment. Never stored in an entity. */
    public static final Markdown NONE = new Markdown(null, null);

    private String source;

    private String html;

    protected Markdown() {
    }

    private Markdown(String source, String html) {
        this.source = source;
        this.html = html;
    }

    /** {@code source} and its safe HTML; no text for null or blank text. */
    public static Markdown of(String source) {
        return of(source, List.of());
    }

    /**
     * {@code source} and its safe HTML, in which each mention of one of {@code mentioned} links to that person's
     * page; no text for null or blank text.
     */
    public static Markdown of(String source, Collection<String> mentioned) {
        if (source == null || source.isBlank()) {
            // Not NONE itself: Hibernate may copy values into an embedded object an entity holds, so none is shared.
            return new Markdown(null, null);
        }
        return new Markdown(source, MarkdownRenderer.current().toSafeHtml(source, Mentions.linking(mentioned)));
    }

    /** The Markdown as written; null for no text. */
    public String source() {
        return source;
    }

    /** The source as safe HTML, ready for a page; null for no text. */
    public String html() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Markdown markdown && Objects.equals(source, markdown.source);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }

    @Override
    public String toString() {
        return source == null ? "(no text)" : source;
    }
}
