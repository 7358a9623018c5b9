package com.incidentreports.audit.web;

import com.incidentreports.identity.SecurityEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/**
 * Tells the audit log that a request was answered 403: who asked (if anyone signed in), and the method and path
 * they asked for. Pages tell it from the error page's dispatch, the API from its exception mappers.
 */
@ApplicationScoped
public class AccessDenials {

    @Inject
    private Event<SecurityEvent> events;

    public void denied(HttpServletRequest request, String path) {
        Principal caller = request.getUserPrincipal();
        events.fire(new SecurityEvent(SecurityEvent.Type.ACCESS_DENIED, caller == null ? null : caller.getName(),
                null, request.getMethod() + " " + path));
    }
}
