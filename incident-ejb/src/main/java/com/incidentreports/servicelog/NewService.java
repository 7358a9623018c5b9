package com.incidentreports.servicelog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person gives to open a new service log. */
public record NewService(
        @NotBlank(message = "{service.name.required}")
        @Size(max = Service.NAME_MAX, message = "{service.name.size}")
        String name,
        @Size(max = Service.DESCRIPTION_MAX, message = "{service.description.size}")
        String description) {
}
