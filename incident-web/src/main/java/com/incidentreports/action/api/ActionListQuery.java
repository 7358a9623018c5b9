package com.incidentreports.action.api;

import com.incidentreports.action.ActionFilter;
import com.incidentreports.action.ActionSort;

/** The action list's parameters, read and checked. */
record ActionListQuery(ActionFilter filter, ActionSort sort, boolean ascending, int first, int size) {
}
