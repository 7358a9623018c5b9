package com.incidentreports.action;

import java.io.Serializable;
import java.util.List;

/**
 * A move of an action to status {@code to}: done needs {@code evidence} (http(s) links) and a {@code note}; reopening
 * and won't do need a note. {@code expectedVersion}, when given, must be the action's current version.
 */
public record ActionTransition(ActionStatus to, List<String> evidence, String note, Long expectedVersion)
        implements Serializable {
}
