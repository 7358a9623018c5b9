package com.incidentreports.report.web;

import com.incidentreports.platform.web.PagedListModel;
import com.incidentreports.report.ReportFilter;
import com.incidentreports.report.ReportPage;
import com.incidentreports.report.ReportService;
import com.incidentreports.report.ReportSort;
import com.incidentreports.report.ReportSummary;

import java.io.Serial;
import java.util.function.Supplier;

/** A lazily loaded, paged, sortable list of reports for a PrimeFaces table, newest incident first. */
public class ReportListModel extends PagedListModel<ReportSummary, ReportSort> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ReportService reports;
    private final Supplier<ReportFilter> filter;

    /** {@code reports} is the injected EJB reference, which is serialisable with the view. */
    public ReportListModel(ReportService reports, Supplier<ReportFilter> filter) {
        super(ReportSort.class, ReportSort.STARTED_AT, false);
        this.reports = reports;
        this.filter = filter;
    }

    @Override
    protected ReportFilter filter() {
        return filter.get();
    }

    @Override
    protected Page<ReportSummary> fetch(ReportSort sort, boolean ascending, int first, int pageSize) {
        ReportPage page = reports.search(filter(), sort, ascending, first, pageSize);
        return new Page<>(page.rows(), page.total());
    }

    @Override
    protected long idOf(ReportSummary row) {
        return row.id();
    }
}
