package com.incidentreports.discussion;

import com.incidentreports.identity.Person;

import jakarta.json.bind.annotation.JsonbTransient;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A comment as the report page and the API show it. A removed comment has no body: only its place, its author and,
 * when an admin hid it, the reason.
 */
public record CommentView(
        long id,
        long reportId,
        Long parentId,
        int depth,
        Person author,
        CommentStatus status,
        /* Markdown; null once removed. */
        String body,
        /* The people mentioned who exist, by username: mentions of them link to them. */
        List<String> mentions,
        /* The body as safe HTML with those mentions linked, for pages; null once removed. The API gives Markdown. */
        @JsonbTransient @Schema(hidden = true) String bodyHtml,
        String hiddenReason,
        Instant createdAt,
        Instant editedAt,
        long version,
        LikeSummary likes,
        /* Whether the caller wrote it, and so may edit and delete it. */
        boolean mine,
        /* Set for a reply nested deeper than the page indents. */
        InReplyTo inReplyTo) implements Serializable {

    /** Replies deeper than this are shown at this depth, with a quote of what they answer. */
    public static final int MAX_INDENT = 2;

    public int indent() {
        return Math.min(depth, MAX_INDENT);
    }

    public boolean visible() {
        return status == CommentStatus.VISIBLE;
    }

    public boolean edited() {
        return editedAt != null;
    }
}
