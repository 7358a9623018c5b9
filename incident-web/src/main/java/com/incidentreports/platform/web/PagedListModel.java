package com.incidentreports.platform.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.util.List;
import java.util.Map;

/**
 * A lazily loaded, paged list for a PrimeFaces table, sortable by the constants of {@code S} (a column's
 * {@code field} names one). The services return a page and the total in one statement, so whichever of
 * {@code count} and {@code load} the table calls first does the query and the other reuses it.
 */
public abstract class PagedListModel<T, S extends Enum<S>> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 20;

    /** A page of the list and how many rows the whole list has. */
    public record Page<T>(List<T> rows, long total) {
    }

    private final Class<S> sorts;
    private S sort;
    private boolean ascending;
    private int first;
    private int pageSize = PAGE_SIZE;
    private List<Object> lastQuery;
    private Page<T> lastPage;

    protected PagedListModel(Class<S> sorts, S sort, boolean ascending) {
        this.sorts = sorts;
        this.sort = sort;
        this.ascending = ascending;
    }

    /** What the list shows now; the page is read again when it changes. */
    protected abstract Object filter();

    protected abstract Page<T> fetch(S sort, boolean ascending, int first, int pageSize);

    /** The row's id, its key in the table. */
    protected abstract long idOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) page().total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        this.first = first;
        this.pageSize = pageSize > 0 ? pageSize : PAGE_SIZE;
        sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .ifPresent(meta -> {
                    sort = Enum.valueOf(sorts, meta.getField());
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                });
        Page<T> page = page();
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return lastPage == null ? null : lastPage.rows().stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    public S getSort() {
        return sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    private Page<T> page() {
        List<Object> query = List.of(filter(), sort, ascending, first, pageSize);
        if (!query.equals(lastQuery)) {
            lastPage = fetch(sort, ascending, first, pageSize);
            lastQuery = query;
        }
        return lastPage;
    }
}
