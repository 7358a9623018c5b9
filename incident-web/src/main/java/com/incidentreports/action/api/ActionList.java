package com.incidentreports.action.api;

import com.incidentreports.action.ActionRow;

import java.util.List;

/** One page of an action list: its rows, where it starts, its size, and how many actions the whole list has. */
public record ActionList(List<ActionRow> rows, long total, int first, int size) {
}
