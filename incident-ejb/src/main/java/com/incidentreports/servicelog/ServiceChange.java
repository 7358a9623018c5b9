package com.incidentreports.servicelog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What an admin sets on a service: its name, description, whether it is archived, and its owners' usernames. */
public record ServiceChange(
        @NotBlank(message = "{service.name.required}")
        @Size(max = Service.NAME_MAX, message = "{service.name.size}")
        String name,
        @Size(max = Service.DESCRIPTION_MAX, message = "{service.description.size}")
        String description,
        boolean archived,
        @NotNull(message = "{service.owners.required}")
        @Size(max = ServiceChange.OWNERS_MAX, message = "{service.owners.size}")
        List<String> owners) {

    public static final int OWNERS_MAX = 20;
}
