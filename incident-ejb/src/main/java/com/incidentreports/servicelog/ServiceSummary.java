package com.incidentreports.servicelog;

import java.io.Serializable;

/**
 * A service as lists, pickers and the API show it, with the number of published reports in its log and whether it
 * is archived.
 */
public record ServiceSummary(long id, String slug, String name, String description, long reportCount,
                             boolean archived)
        implements Serializable {
}
