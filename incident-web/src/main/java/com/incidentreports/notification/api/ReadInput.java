package com.incidentreports.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Which notifications to mark read: those listed, or all. */
@Schema(name = "ReadInput")
public record ReadInput(
        @Schema(description = "The ids of the notifications to mark read (a line's ids).")
        List<Long> ids,
        @Schema(description = "true marks every notification of the caller read.")
        Boolean all) {
}
