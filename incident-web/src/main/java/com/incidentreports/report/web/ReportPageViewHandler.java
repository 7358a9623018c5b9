package com.incidentreports.report.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * The report page's forms post to the report's address ({@link ReportPageAddress}), not to the name of its file,
 * so that a person never sees {@code /report/42} after a post or a sign-in it led to.
 */
public class ReportPageViewHandler extends ViewHandlerWrapper {

    public ReportPageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * {@code /reports.xhtml} for the report page; OmniFaces' view handler, which wraps this one, then drops the
     * extension and adds the report's id, as it does for every page.
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        String page = context.getExternalContext().getRequestContextPath() + ReportPageAddress.VIEW;
        return ReportPageAddress.VIEW.equals(viewId) && url.startsWith(page)
                ? context.getExternalContext().getRequestContextPath() + ReportPageAddress.ADDRESS + ".xhtml"
                        + url.substring(page.length())
                : url;
    }
}
