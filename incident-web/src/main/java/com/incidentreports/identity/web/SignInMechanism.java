package com.incidentreports.identity.web;

import com.incidentreports.identity.Roles;
import com.incidentreports.identity.SsoHandOff;
import com.incidentreports.identity.SsoProfile;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How people sign in: the sign-in page for people in a browser (kept in the HTTP session), HTTP Basic for API
 * clients (checked on every call, no session). Both check credentials against the server's user registry. Every
 * signed-in person gets the {@link Roles#STAFF} role; the other roles are groups of the same name. People the
 * company's identity provider signed in arrive from the SSO module with a ticket and are kept in the session the
 * same way, with the roles their provider groups give ({@link SsoSettings}).
 */
@ApplicationScoped
@DeclareRoles({Roles.STAFF, Roles.AUTHOR, Roles.QA_LEAD, Roles.ADMIN})
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PATH = "/login";
    /** Where the SSO module hands a person over with a one-time ticket (SsoHandOff). */
    static final String SSO_HAND_OFF_PATH = "/signin/sso";
    static final String SSO_PROFILE = SsoProfile.class.getName();
    private static final String SESSION_KEY = SignedIn.class.getName();

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SsoSettings sso;

    @EJB
    private SsoHandOff ssoHandOff;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            return signInFromForm(request, context, formCredential);
        }
        if (request.getRequestURI().equals(request.getContextPath() + SSO_HAND_OFF_PATH)) {
            return signInFromSso(request, context);
        }
        Optional<SignedIn> session = signedInSession(request);
        if (session.isPresent()) {
            return context.notifyContainerAboutLogin(session.get().username(), session.get().groups());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return signInWithBasic(authorization.substring(6).trim(), request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? unauthorized(request, response) : sendToSignIn(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }

    private AuthenticationStatus signInFromForm(HttpServletRequest request, HttpMessageContext context,
                                                Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.responseUnauthorized();
        }
        return keepInSession(request, context,
                new SignedIn(result.getCallerPrincipal().getName(), withStaff(result.getCallerGroups())));
    }

    private AuthenticationStatus signInFromSso(HttpServletRequest request, HttpMessageContext context) {
        Optional<SsoProfile> profile = ssoHandOff.redeem(request.getParameter("ticket"));
        if (profile.isEmpty()) {
            return context.doNothing();
        }
        request.setAttribute(SSO_PROFILE, profile.get());
        return keepInSession(request, context,
                new SignedIn(profile.get().username(), sso.roles(profile.get().groups())));
    }

    /** A new session id at every sign-in: a session id someone planted before does not become signed in. */
    private static AuthenticationStatus keepInSession(HttpServletRequest request, HttpMessageContext context,
                                                      SignedIn signedIn) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY, signedIn);
        return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
    }

    private AuthenticationStatus signInWithBasic(String encoded, HttpServletRequest request,
                                                 HttpServletResponse response, HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basicCredential(encoded);
        CredentialValidationResult result = credential.isEmpty() ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(),
                    withStaff(result.getCallerGroups()));
        }
        // Public pages and endpoints (the sign-in page, ping) answer anyone: wrong credentials change nothing there.
        return context.isProtected() ? unauthorized(request, response) : context.doNothing();
    }

    private static Optional<UsernamePasswordCredential> basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(
                    new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Incident Reports\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        try {
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Sign-in required")
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .add("detail", "Sign in with your username and password (HTTP Basic) to use the API.")
                    .add("instance", request.getRequestURI())
                    .build().toString());
        } catch (IOException e) {
            // The client has gone; there is no one left to tell.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String signIn = request.getContextPath() + SIGN_IN_PATH;
        if (!target.isEmpty() && !"/".equals(target)) {
            signIn += "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        return context.redirect(signIn);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Optional<SignedIn> signedInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedIn) session.getAttribute(SESSION_KEY));
    }

    private static Set<String> withStaff(Set<String> groups) {
        Set<String> all = new HashSet<>(groups);
        all.add(Roles.STAFF);
        return Set.copyOf(all);
    }
}
