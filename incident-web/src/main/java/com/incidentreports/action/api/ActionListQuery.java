package com.incidentreports.action.api;

import com.incidentreports.action.ActionFilter;
import com.incidentreports.action.ActionSort;
import com.incidentreports.platform.api.PageParameters.Page;
import com.incidentreports.platform.api.SortedPageParameters.Sorting;

/** The action list's parameters, read and checked. */
record ActionListQuery(ActionFilter filter, Sorting<ActionSort> sorting, Page page) {
}
