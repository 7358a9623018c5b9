package com.incidentreports.discussion;

import java.io.Serializable;
import java.time.Instant;

/** An earlier text of an edited comment, and since when it read so. */
public record CommentRevisionView(String body, Instant writtenAt) implements Serializable {
}
