package com.incidentreports.action;

import java.io.Serializable;

/**
 * Which actions a list shows; every part is optional. {@code owner} is a username; {@code overdue} true keeps only
 * open actions past their due date, false only the others; {@code openOnly} keeps open actions.
 */
public record ActionFilter(Long serviceId, String owner, ActionStatus status, ActionType type, Boolean overdue,
                           boolean openOnly) implements Serializable {

    public static final ActionFilter ALL = new ActionFilter(null, null, null, null, null, false);

    /** {@code username}'s open actions: My actions. */
    public static ActionFilter openOf(String username) {
        return new ActionFilter(null, username, null, null, null, true);
    }
}
