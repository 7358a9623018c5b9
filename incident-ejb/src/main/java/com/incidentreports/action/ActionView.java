package com.incidentreports.action;

import com.incidentreports.identity.Person;

import jakarta.json.bind.annotation.JsonbTransient;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up action as its report's page and the API show it, with what the caller may do to it. {@code history}
 * is filled when one action is read, empty in lists.
 */
public record ActionView(
        long id,
        long version,
        long reportId,
        String reportTitle,
        String title,
        /* Markdown; null for none. */
        String description,
        /* The description as safe HTML, for pages; null for none. The API gives Markdown. */
        @JsonbTransient @Schema(hidden = true) String descriptionHtml,
        ActionType type,
        ActionPriority priority,
        ActionStatus status,
        Person owner,
        Person assignedBy,
        Person createdBy,
        LocalDate dueDate,
        boolean overdue,
        List<String> evidence,
        String statusNote,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        /* The statuses the caller may move it to. */
        List<ActionStatus> moves,
        /* Whether the caller may change what it says, its due date and its owner. */
        boolean editable,
        List<ActionChangeView> history) implements Serializable {

    /** The same content, to start an edit from. */
    public ActionDraft toDraft() {
        return new ActionDraft(title, description, type, priority, owner == null ? null : owner.username(), dueDate);
    }
}
