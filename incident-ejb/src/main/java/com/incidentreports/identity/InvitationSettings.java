package com.incidentreports.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How long an invitation stays open: {@code incidents.invitations.valid-days}, 14 by default. */
@ApplicationScoped
public class InvitationSettings {

    @Inject
    @ConfigProperty(name = "incidents.invitations.valid-days", defaultValue = "14")
    int validDays;

    public Duration validity() {
        return Duration.ofDays(Math.max(1, validDays));
    }
}
