package com.incidentreports.report;

import java.io.Serializable;

/** A report's four sections as safe HTML, ready for a page; null for a section without text. */
public record RenderedSections(String incident, String cause, String whoWasAffected, String prevention)
        implements Serializable {
}
