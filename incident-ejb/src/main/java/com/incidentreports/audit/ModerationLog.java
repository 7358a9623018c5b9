package com.incidentreports.audit;

import com.incidentreports.discussion.CommentHidden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.logging.Logger;

/**
 * Writes what admins do to what people wrote into the server's audit log (the logger
 * {@code com.incidentreports.audit}): hiding a comment, with whose it was, who hid it and why.
 */
@ApplicationScoped
public class ModerationLog {

    private static final Logger AUDIT = Logger.getLogger("com.incidentreports.audit");

    void hidden(@Observes CommentHidden hidden) {
        AUDIT.info(() -> "Comment " + hidden.commentId() + " on report " + hidden.reportId() + " by "
                + hidden.author() + " hidden by " + hidden.hiddenBy() + ": " + hidden.reason());
    }
}
