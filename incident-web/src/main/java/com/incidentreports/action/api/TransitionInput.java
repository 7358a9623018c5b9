package com.incidentreports.action.api;

import com.incidentreports.action.ActionStatus;
import com.incidentreports.action.ActionTransition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A move of an action to another status, with what the move needs. */
@Schema(name = "TransitionInput", description = "DONE needs evidence (http or https links) and a note; reopening "
        + "and WONT_DO need a note.")
public record TransitionInput(
        @Schema(required = true, example = "DONE")
        ActionStatus to,
        @Schema(description = "Links that prove it is done: the CI run, the merged change, the test.",
                example = "[\"https://ci.incidents.example/runs/42\"]")
        List<String> evidence,
        @Schema(description = "What was done, or why.")
        String note) {

    ActionTransition toTransition(Long expectedVersion) {
        return new ActionTransition(to, evidence, note, expectedVersion);
    }
}
