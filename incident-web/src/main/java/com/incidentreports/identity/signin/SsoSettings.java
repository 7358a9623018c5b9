package com.incidentreports.identity.signin;

import com.incidentreports.identity.Roles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How people may sign in, from Liberty variables or environment variables (README, "Single sign-on"): through the
 * company's identity provider when {@code sso.issuer} is set, with the local form when it is enabled; and which of
 * the provider's groups give which role.
 */
@Named
@ApplicationScoped
public class SsoSettings {

    private static final String DEMO_PASSWORD = "demo";

    @Inject
    @ConfigProperty(name = "sso.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "sso.name", defaultValue = "company SSO")
    String name;

    @Inject
    @ConfigProperty(name = "incidents.local-sign-in", defaultValue = "true")
    boolean localSignIn;

    /** The local accounts' password (server.xml, LOCAL_PASSWORD): only while it is the demo one does the page say it. */
    @Inject
    @ConfigProperty(name = "local.password", defaultValue = DEMO_PASSWORD)
    String localPassword;

    @Inject
    @ConfigProperty(name = "sso.groups.author", defaultValue = Roles.AUTHOR)
    String authorGroups;

    @Inject
    @ConfigProperty(name = "sso.groups.qa-lead", defaultValue = Roles.QA_LEAD)
    String qaLeadGroups;

    @Inject
    @ConfigProperty(name = "sso.groups.admin", defaultValue = Roles.ADMIN)
    String adminGroups;

    /** Whether the local accounts still have the demo password, which the sign-in page then tells. */
    public boolean isDemoAccounts() {
        return DEMO_PASSWORD.equals(localPassword);
    }

    public boolean isEnabled() {
        return issuer.filter(value -> !value.isBlank()).isPresent();
    }

    /** The provider's issuer URL; empty while single sign-on is off. */
    public Optional<String> getIssuer() {
        return issuer.filter(value -> !value.isBlank());
    }

    public String getName() {
        return name;
    }

    /** The local sign-in form: always without single sign-on, otherwise only if enabled (break-glass). */
    public boolean isLocalSignIn() {
        return localSignIn || !isEnabled();
    }

    /** The roles a person with these provider groups has: always STAFF, and each role one of its groups gives. */
    public Set<String> roles(Set<String> groups) {
        Set<String> roles = new HashSet<>();
        roles.add(Roles.STAFF);
        Map.of(Roles.AUTHOR, authorGroups, Roles.QA_LEAD, qaLeadGroups, Roles.ADMIN, adminGroups)
                .forEach((role, names) -> {
                    if (Arrays.stream(names.split(",")).map(String::strip).anyMatch(groups::contains)) {
                        roles.add(role);
                    }
                });
        return Set.copyOf(roles);
    }
}
