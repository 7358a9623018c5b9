package com.incidentreports.report.web;

import com.incidentreports.report.ReportFilter;
import com.incidentreports.report.ReportPage;
import com.incidentreports.report.ReportService;
import com.incidentreports.report.ReportSort;
import com.incidentreports.report.ReportSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A lazily loaded, paged, sortable list of reports for a PrimeFaces table. The service returns a page and the
 * total in one statement, so whichever of {@code count} and {@code load} the table calls first does the query and
 * the other reuses it.
 */
public class ReportListModel extends LazyDataModel<ReportSummary> {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 20;

    private final ReportService reports;
    private final Supplier<ReportFilter> filter;

    private ReportSort sort = ReportSort.STARTED_AT;
    private boolean ascending;
    private int first;
    private int pageSize = PAGE_SIZE;
    private Query lastQuery;
    private ReportPage lastPage;

    /** {@code reports} is the injected EJB reference, which is serialisable with the view. */
    public ReportListModel(ReportService reports, Supplier<ReportFilter> filter) {
        this.reports = reports;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) page().total();
    }

    @Override
    public List<ReportSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        this.first = first;
        this.pageSize = pageSize > 0 ? pageSize : PAGE_SIZE;
        sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .ifPresent(meta -> {
                    sort = ReportSort.valueOf(meta.getField());
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                });
        ReportPage page = page();
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(ReportSummary report) {
        return String.valueOf(report.id());
    }

    @Override
    public ReportSummary getRowData(String rowKey) {
        return lastPage == null ? null : lastPage.rows().stream()
                .filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }

    private ReportPage page() {
        Query query = new Query(filter.get(), sort, ascending, first, pageSize);
        if (!query.equals(lastQuery)) {
            lastPage = reports.search(query.filter(), sort, ascending, first, pageSize);
            lastQuery = query;
        }
        return lastPage;
    }

    private record Query(ReportFilter filter, ReportSort sort, boolean ascending, int first, int pageSize) {
        Query {
            Objects.requireNonNull(filter);
        }
    }
}
