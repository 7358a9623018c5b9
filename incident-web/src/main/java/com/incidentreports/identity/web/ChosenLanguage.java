package com.incidentreports.identity.web;

import com.incidentreports.identity.Access;
import com.incidentreports.identity.AccessCache;
import com.incidentreports.platform.Language;
import com.incidentreports.platform.web.LanguagePreference;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Optional;

/**
 * The language the signed-in person chose on their profile, read from the access record the sign-in mechanism has
 * just checked ({@link AccessCache}), so it costs no database work.
 */
@RequestScoped
public class ChosenLanguage implements LanguagePreference {

    @Inject
    private HttpServletRequest request;

    @EJB
    private AccessCache accesses;

    @Override
    public Optional<Language> chosen() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? Optional.empty()
                : accesses.of(principal.getName()).map(Access::language);
    }
}
