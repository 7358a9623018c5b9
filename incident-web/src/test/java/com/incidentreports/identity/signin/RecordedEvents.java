package com.incidentreports.identity.signin;

import com.incidentreports.identity.SecurityEvent;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Security events as the audit log would get them, kept in a list for a test to read. */
final class RecordedEvents implements Event<SecurityEvent> {

    final List<SecurityEvent> recorded = new ArrayList<>();

    @Override
    public void fire(SecurityEvent event) {
        recorded.add(event);
    }

    @Override
    public <U extends SecurityEvent> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends SecurityEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Event<SecurityEvent> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends SecurityEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends SecurityEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
