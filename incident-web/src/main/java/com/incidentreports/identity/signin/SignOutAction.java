package com.incidentreports.identity.signin;

import com.incidentreports.identity.SignInPath;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;

/**
 * Ends the person's session and returns them to the sign-in page, which says they signed out; someone who came
 * through single sign-on is offered the provider's own sign-out there, where the provider has one.
 */
@Named
@RequestScoped
public class SignOutAction {

    static final String SIGNED_OUT_PARAMETER = "signedOut";

    @Inject
    private SsoSettings sso;

    @Inject
    private SsoProvider provider;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        boolean cameThroughSso = session != null && session.getAttribute(SignInMechanism.SESSION_KEY)
                instanceof SignedIn signedIn && signedIn.path() == SignInPath.SSO;
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SignInMechanism.SIGN_IN_PATH + "?"
                + SIGNED_OUT_PARAMETER + "=" + (cameThroughSso && sso.isEnabled() ? "sso" : "local"));
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Where the person can also sign out at the provider, after signing out here; empty if it has no such place. */
    public Optional<String> getProviderSignOut() {
        return sso.isEnabled() ? provider.endSessionEndpoint() : Optional.empty();
    }
}
