package com.incidentreports.discussion.api;

import com.incidentreports.discussion.Comment;
import com.incidentreports.platform.api.WholeNumber;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as a client writes it: its Markdown and, for a reply, the comment it answers. */
@Schema(name = "CommentInput", description = "A comment or a reply, in Markdown. @username mentions a colleague.")
public record CommentInput(
        @Schema(required = true, maxLength = Comment.BODY_MAX, example = "Thanks for the write-up, @gja.")
        String body,
        @Schema(description = "For a reply: the id of the comment it answers, on the same report. Ignored by PUT.")
        @JsonbTypeDeserializer(WholeNumber.class)
        Long parentId) {
}
