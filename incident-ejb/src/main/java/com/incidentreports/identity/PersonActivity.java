package com.incidentreports.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A person as a mention of them leads to: who they are and what they said lately on published reports. */
public record PersonActivity(Person person, List<RecentComment> comments) implements Serializable {

    /** The start of one of their comments, and where it is. */
    public record RecentComment(long commentId, long reportId, String reportTitle, String excerpt, Instant at)
            implements Serializable {
    }
}
