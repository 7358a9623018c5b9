package com.incidentreports.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Puts the kept fields into the page about to be shown, before it renders (after its view actions): from the
 * request for a plain post answered at once, from the flash after an ajax post's redirect.
 */
public final class KeptInputListener implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = (UIViewRoot) event.getSource();
        Object kept = context.getAttributes().remove(ExpiredPages.KEPT);
        if (kept == null && !context.getPartialViewContext().isAjaxRequest()) {
            kept = context.getExternalContext().getFlash().get(ExpiredPages.KEPT);
        }
        if (kept instanceof KeptInput input && input.viewId().equals(view.getViewId())) {
            String first = input.restoreInto(context, view);
            if (first != null) {
                Messages.warnAt(first, "page.expired");
            } else {
                Messages.warn("page.expired");
            }
        }
    }
}
