package com.incidentreports.webhook;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps the events an endpoint wants as one column: their names, comma-separated, in the enum's order. */
@Converter
public class WebhookEventsConverter implements AttributeConverter<Set<WebhookEvent>, String> {

    @Override
    public String convertToDatabaseColumn(Set<WebhookEvent> events) {
        return events == null ? "" : events.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<WebhookEvent> convertToEntityAttribute(String column) {
        EnumSet<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(WebhookEvent::valueOf).forEach(events::add);
        }
        return events;
    }
}
