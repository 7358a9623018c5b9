package com.incidentreports.report;

/** The validated content of a report, ready to be written into the entity. */
record ReportContent(String title, Severity severity, ImpactWindow impact, Long usersAffected,
                     String affectedUsers, String compensation,
                     String incident, String cause, String whoWasAffected, String prevention) {
}
