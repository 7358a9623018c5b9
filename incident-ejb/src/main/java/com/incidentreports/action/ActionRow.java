package com.incidentreports.action;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of an action list (the board, my actions, the CSV export). */
public record ActionRow(
        long id,
        String title,
        ActionType type,
        ActionPriority priority,
        ActionStatus status,
        String ownerUsername,
        String ownerName,
        LocalDate dueDate,
        boolean overdue,
        long reportId,
        String reportTitle,
        String serviceSlug,
        String serviceName,
        Instant createdAt,
        Instant closedAt) implements Serializable {
}
