package com.incidentreports.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A follow-up action as someone writes it. {@code owner} is a username (QA leads and admins only); {@code dueDate}
 * null takes the default of the report's severity when the action is created.
 */
public record ActionDraft(
        @NotBlank(message = "{action.title.required}")
        @Size(max = FollowUpAction.TITLE_MAX, message = "{action.title.size}")
        String title,
        @Size(max = FollowUpAction.DESCRIPTION_MAX, message = "{action.description.size}")
        String description,
        @NotNull(message = "{action.type.required}")
        ActionType type,
        @NotNull(message = "{action.priority.required}")
        ActionPriority priority,
        String owner,
        LocalDate dueDate) implements Serializable {
}
