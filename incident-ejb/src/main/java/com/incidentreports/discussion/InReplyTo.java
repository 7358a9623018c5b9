package com.incidentreports.discussion;

import java.io.Serializable;

/**
 * What a deeply nested reply answers, shown above it since it is no longer indented under its parent: the
 * parent's author and the start of its text (null when the parent was removed).
 */
public record InReplyTo(long commentId, String authorName, String excerpt) implements Serializable {
}
