package com.incidentreports.action.web;

import com.incidentreports.action.ActionFilter;
import com.incidentreports.action.ActionPage;
import com.incidentreports.action.ActionRow;
import com.incidentreports.action.ActionService;
import com.incidentreports.action.ActionSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A lazily loaded, paged, sortable list of actions for a PrimeFaces table; like the report list, one statement
 * brings a page and the total, which {@code count} and {@code load} share.
 */
public class ActionListModel extends LazyDataModel<ActionRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 20;

    private final ActionService actions;
    private final Supplier<ActionFilter> filter;

    private ActionSort sort = ActionSort.DUE_DATE;
    private boolean ascending = true;
    private int first;
    private int pageSize = PAGE_SIZE;
    private List<Object> lastQuery;
    private ActionPage lastPage;

    /** {@code actions} is the injected EJB reference, which is serialisable with the view. */
    public ActionListModel(ActionService actions, Supplier<ActionFilter> filter) {
        this.actions = actions;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) page().total();
    }

    @Override
    public List<ActionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                Map<String, FilterMeta> filterBy) {
        this.first = first;
        this.pageSize = pageSize > 0 ? pageSize : PAGE_SIZE;
        sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .ifPresent(meta -> {
                    sort = ActionSort.valueOf(meta.getField());
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                });
        ActionPage page = page();
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(ActionRow action) {
        return String.valueOf(action.id());
    }

    @Override
    public ActionRow getRowData(String rowKey) {
        return lastPage == null ? null : lastPage.rows().stream()
                .filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }

    public ActionSort getSort() {
        return sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    private ActionPage page() {
        List<Object> query = List.of(filter.get(), sort, ascending, first, pageSize);
        if (!query.equals(lastQuery)) {
            lastPage = actions.search(filter.get(), sort, ascending, first, pageSize);
            lastQuery = query;
        }
        return lastPage;
    }
}
