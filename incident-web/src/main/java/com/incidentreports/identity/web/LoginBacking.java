package com.incidentreports.identity.web;

import com.incidentreports.identity.signin.SignInLocks;
import com.incidentreports.identity.signin.SignInMechanism;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.platform.web.ViewerZone;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;

/** The sign-in page: checks the credentials and sends the person on to where they were going. */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ViewerZone viewerZone;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status != AuthenticationStatus.SUCCESS) {
            Object locked = external.getRequestMap().get(SignInMechanism.LOCKED);
            if (locked instanceof SignInLocks.Lock lock) {
                Messages.error(lock.address() ? "login.lockedAddress" : "login.locked",
                        viewerZone.dateTime(lock.until()));
            } else {
                Messages.error(external.getRequestMap().containsKey(SignInMechanism.DEACTIVATED)
                        ? "login.deactivated" : "login.failed");
            }
            return;
        }
        external.redirect(external.getRequestContextPath() + SignInMechanism.safeNext(next));
        faces.responseComplete();
    }

    /** Someone already signed in who opens the sign-in page goes on to where they were going. */
    public void skipWhenSignedIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.getUserPrincipal() != null) {
            external.redirect(external.getRequestContextPath() + SignInMechanism.safeNext(next));
            faces.responseComplete();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
