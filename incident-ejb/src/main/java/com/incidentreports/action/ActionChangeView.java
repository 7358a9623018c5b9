package com.incidentreports.action;

import com.incidentreports.identity.Person;

import java.io.Serializable;
import java.time.Instant;

/** One entry of an action's history. Status values are the status names, owners usernames, due dates ISO dates. */
public record ActionChangeView(ActionField field, String from, String to, String note, Person by, Instant at)
        implements Serializable {
}
