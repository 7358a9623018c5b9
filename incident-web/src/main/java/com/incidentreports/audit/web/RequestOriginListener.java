package com.incidentreports.audit.web;

import com.incidentreports.audit.RequestOrigin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Tells the audit log where each request comes from, before anything (a sign-in) can happen in it. */
@WebListener
public class RequestOriginListener implements ServletRequestListener {

    @Inject
    private RequestOrigin origin;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        origin.setClientAddress(event.getServletRequest().getRemoteAddr());
    }
}
