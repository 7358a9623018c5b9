package com.incidentreports.action.api;

import com.incidentreports.action.ActionDraft;
import com.incidentreports.action.ActionPriority;
import com.incidentreports.action.ActionType;
import com.incidentreports.action.FollowUpAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A follow-up action as a client sends it to create or change one. The service checks the rules. */
@Schema(name = "ActionInput", description = "A follow-up action of a report.")
public record ActionInput(
        @Schema(required = true, maxLength = FollowUpAction.TITLE_MAX, example = "Add the invite sign-up to the E2E suite")
        String title,
        @Schema(maxLength = FollowUpAction.DESCRIPTION_MAX, description = "What will be done (Markdown).")
        String description,
        @Schema(required = true)
        ActionType type,
        @Schema(required = true)
        ActionPriority priority,
        @Schema(description = "The owner's username; QA leads and admins only. Absent on a change keeps the owner.")
        String owner,
        @Schema(description = "An ISO date, not in the past. Absent on creation: the default of the report's "
                + "severity (SEV1 14 days, SEV2 28, SEV3 56, SEV4 none); absent on a change: no due date.",
                example = "2026-06-30")
        LocalDate dueDate) {

    ActionDraft toDraft() {
        return new ActionDraft(title, description, type, priority, owner, dueDate);
    }
}
