package com.incidentreports.discussion.api;

import com.incidentreports.discussion.Comment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an admin hides a comment. */
@Schema(name = "HideInput")
public record HideInput(
        @Schema(required = true, maxLength = Comment.HIDDEN_REASON_MAX, example = "Names a customer.")
        String reason) {
}
