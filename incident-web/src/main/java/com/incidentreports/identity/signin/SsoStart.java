package com.incidentreports.identity.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Sign in with company SSO": sends the person to the SSO module (where the server's OpenID Connect client takes
 * them to the provider) only if the provider answers; otherwise back to the sign-in page, which says that it cannot
 * be reached and offers the local sign-in where it is enabled (break-glass).
 */
@WebServlet(SsoStart.PATH)
public class SsoStart extends HttpServlet {

    static final String PATH = "/signin/sso/start";
    /** The SSO module's address (incident-sso), protected by the server's OpenID Connect client. */
    private static final String SSO_MODULE_SIGN_IN = "/sso/signin";
    static final String UNREACHABLE_PARAMETER = "sso=unreachable";

    private static final long serialVersionUID = 1L;

    @Inject
    private SsoProvider provider;

    @Inject
    private SsoSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        String nextParameter = next == null || next.isBlank() ? ""
                : "next=" + URLEncoder.encode(SignInMechanism.safeNext(next), StandardCharsets.UTF_8);
        if (!settings.isEnabled() || !provider.isReachable()) {
            response.sendRedirect(request.getContextPath() + SignInMechanism.SIGN_IN_PATH + "?" + UNREACHABLE_PARAMETER
                    + (nextParameter.isEmpty() ? "" : "&" + nextParameter));
            return;
        }
        response.sendRedirect(SSO_MODULE_SIGN_IN + (nextParameter.isEmpty() ? "" : "?" + nextParameter));
    }
}
