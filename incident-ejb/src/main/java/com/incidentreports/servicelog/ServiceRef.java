package com.incidentreports.servicelog;

import java.io.Serializable;

/** Names a service where a report or a list refers to it. */
public record ServiceRef(long id, String slug, String name) implements Serializable {

    public static ServiceRef of(Service service) {
        return new ServiceRef(service.getId(), service.getSlug(), service.getName());
    }
}
