package com.incidentreports.identity.web;

import com.incidentreports.identity.Access;
import com.incidentreports.identity.AccessCache;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/**
 * The signed-in person as the header shows them: by their display name. Read from the access record the sign-in
 * mechanism has just checked ({@link AccessCache}), so it costs no database work.
 */
@Named
@RequestScoped
public class SignedInPerson {

    @Inject
    private HttpServletRequest request;

    @EJB
    private AccessCache accesses;

    private String displayName;

    /** The person's display name; their username if they have no record yet. */
    public String getDisplayName() {
        if (displayName == null) {
            Principal principal = request.getUserPrincipal();
            displayName = principal == null ? "" : accesses.of(principal.getName())
                    .map(Access::displayName)
                    .filter(name -> !name.isBlank())
                    .orElse(principal.getName());
        }
        return displayName;
    }
}
