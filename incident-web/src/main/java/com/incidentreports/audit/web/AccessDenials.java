package com.incidentreports.audit.web;

import com.incidentreports.identity.SecurityEvent;
import com.incidentreports.platform.web.RequestDenied;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the audit log that a request was answered 403: who asked (if anyone signed in), and the method and path
 * they asked for. Pages tell it from the error page's dispatch ({@link DeniedPageFilter}), the API from its
 * exception mappers.
 */
@ApplicationScoped
public class AccessDenials {

    @Inject
    private Event<SecurityEvent> events;

    void denied(@Observes RequestDenied denied) {
        events.fire(new SecurityEvent(SecurityEvent.Type.ACCESS_DENIED, denied.username(), null,
                denied.method() + " " + denied.path()));
    }
}
