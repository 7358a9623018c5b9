package com.incidentreports.action;

import java.io.Serializable;
import java.util.List;

/** A page of an action list and how many actions the whole list has. */
public record ActionPage(List<ActionRow> rows, long total) implements Serializable {
}
