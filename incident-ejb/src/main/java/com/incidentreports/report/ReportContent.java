package com.incidentreports.report;

/**
 * The content of a report as {@link Report#revise} takes it: already validated (by {@link ReportService}, or
 * written by the product itself, as the demo data is).
 */
public record ReportContent(String title, Severity severity, ImpactWindow impact, Long usersAffected,
                            String affectedUsers, String compensation,
                            String incident, String cause, String whoWasAffected, String prevention) {
}
