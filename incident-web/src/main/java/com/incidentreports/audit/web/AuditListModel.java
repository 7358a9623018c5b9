package com.incidentreports.audit.web;

import com.incidentreports.audit.AuditFilter;
import com.incidentreports.audit.AuditPage;
import com.incidentreports.audit.AuditRow;
import com.incidentreports.audit.SecurityAudit;
import com.incidentreports.platform.web.PagedListModel;

import java.io.Serial;
import java.util.function.Supplier;

/** The audit log for a PrimeFaces table: lazily loaded, paged, always newest first. */
public class AuditListModel extends PagedListModel<AuditRow, AuditListModel.Order> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The log has one order; its columns do not sort. */
    public enum Order {
        NEWEST_FIRST
    }

    private final SecurityAudit audit;
    private final Supplier<AuditFilter> filter;

    /** {@code audit} is the injected EJB reference, which is serialisable with the view. */
    public AuditListModel(SecurityAudit audit, Supplier<AuditFilter> filter) {
        super(Order.class, Order.NEWEST_FIRST, false);
        this.audit = audit;
        this.filter = filter;
    }

    @Override
    protected AuditFilter filter() {
        return filter.get();
    }

    @Override
    protected Page<AuditRow> fetch(Order order, boolean ascending, int first, int pageSize) {
        AuditPage page = audit.search(filter(), first, pageSize);
        return new Page<>(page.rows(), page.total());
    }

    @Override
    protected long idOf(AuditRow row) {
        return row.id();
    }
}
