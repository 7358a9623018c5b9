package com.incidentreports.platform.web;

import com.incidentreports.platform.DatabaseUnreachable;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Iterator;

/**
 * A page's ajax request (posting a comment, saving a form) that failed because the database cannot be reached is
 * answered 503, so that the page says so (app.js shows the layout's notice) and keeps what was typed. Faces would
 * otherwise answer it 200 with an error the page does not show. A whole page that failed so reaches
 * {@link DatabaseUnreachableFilter}, which answers it with {@link DatabaseUnreachablePage}.
 */
public class DatabaseUnreachableExceptionHandler extends ExceptionHandlerWrapper {

    public DatabaseUnreachableExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (DatabaseUnreachable.in(events.next().getContext().getException())) {
                    events.remove();
                    answerUnavailable(faces);
                }
            }
        }
        getWrapped().handle();
    }

    private static void answerUnavailable(FacesContext faces) {
        if (faces.getResponseComplete()) {
            return;
        }
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseUnreachablePage.RETRY_AFTER_SECONDS);
        }
        faces.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseUnreachableExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
