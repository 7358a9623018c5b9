package com.incidentreports.action.web;

import com.incidentreports.action.ActionFilter;
import com.incidentreports.action.ActionPage;
import com.incidentreports.action.ActionRow;
import com.incidentreports.action.ActionBoard;
import com.incidentreports.action.ActionSort;
import com.incidentreports.platform.web.PagedListModel;

import java.io.Serial;
import java.util.function.Supplier;

/** A lazily loaded, paged, sortable list of actions for a PrimeFaces table, overdue first. */
public class ActionListModel extends PagedListModel<ActionRow, ActionSort> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ActionBoard actions;
    private final Supplier<ActionFilter> filter;

    /** {@code actions} is the injected EJB reference, which is serialisable with the view. */
    public ActionListModel(ActionBoard actions, Supplier<ActionFilter> filter) {
        super(ActionSort.class, ActionSort.DUE_DATE, true);
        this.actions = actions;
        this.filter = filter;
    }

    @Override
    protected ActionFilter filter() {
        return filter.get();
    }

    @Override
    protected Page<ActionRow> fetch(ActionSort sort, boolean ascending, int first, int pageSize) {
        ActionPage page = actions.search(filter(), sort, ascending, first, pageSize);
        return new Page<>(page.rows(), page.total());
    }

    @Override
    protected long idOf(ActionRow row) {
        return row.id();
    }
}
