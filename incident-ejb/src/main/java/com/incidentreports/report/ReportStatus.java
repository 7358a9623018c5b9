package com.incidentreports.report;

/** Drafts are seen by their authors and admins only; published reports by every signed-in person. */
public enum ReportStatus {
    DRAFT,
    PUBLISHED
}
