package com.incidentreports.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The verified email addresses of local accounts (the server's own registry, which knows none). An address counts
 * as verified only when the operator configured it for the account ({@code incidents.local-emails}:
 * {@code username=address, …}); the address a person types into their own profile never does, or anyone could
 * claim anyone's invitation.
 */
@ApplicationScoped
public class LocalAccountEmails {

    @Inject
    @ConfigProperty(name = "incidents.local-emails", defaultValue = " ")
    String configured;

    private volatile Map<String, String> byUsername;

    /** The verified address of the local account {@code username}, normalised; empty if none is configured. */
    public Optional<String> of(String username) {
        if (byUsername == null) {
            byUsername = parse(configured);
        }
        return Optional.ofNullable(byUsername.get(username));
    }

    static Map<String, String> parse(String configured) {
        Map<String, String> emails = new HashMap<>();
        for (String pair : configured.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String username = pair.substring(0, equals).strip();
                EmailAddress.normalise(pair.substring(equals + 1)).ifPresent(email -> emails.put(username, email));
            }
        }
        return Map.copyOf(emails);
    }
}
