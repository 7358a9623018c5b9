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
        InReplyTo inReplyTo,
        /* Just after posting or editing: people it mentions who were not told, as they cannot see the report. */
        List<String> notNotified) implements Serializable {

    /** Replies deeper than this are shown at this depth, with a quote of what they answer. */
    public static final int MAX_INDENT = 2;

    public CommentView(long id, long reportId, Long parentId, int depth, Person author, CommentStatus status,
                       String body, List<String> mentions, String bodyHtml, String hiddenReason, Instant createdAt,
                       Instant editedAt, long version, LikeSummary likes, boolean mine, InReplyTo inReplyTo) {
        this(id, reportId, parentId, depth, author, status, body, mentions, bodyHtml, hiddenReason, createdAt,
                editedAt, version, likes, mine, inReplyTo, List.of());
    }

    /** The same comment, saying who of those it mentions were not told. */
    public CommentView notNotified(List<String> usernames) {
        return new CommentView(id, reportId, parentId, depth, author, status, body, mentions, bodyHtml, hiddenReason,
                createdAt, editedAt, version, likes, mine, inReplyTo, List.copyOf(usernames));
    }

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
