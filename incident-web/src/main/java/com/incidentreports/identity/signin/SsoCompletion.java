package com.incidentreports.identity.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The last step of single sign-on: the sign-in mechanism has taken the person into their session (their record
 * created or refreshed from the provider's claims), and they go on to where they were going.
 */
@WebServlet(SignInMechanism.SSO_HAND_OFF_PATH)
public class SsoCompletion extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + SignInMechanism.SIGN_IN_PATH + "?sso=failed");
            return;
        }
        response.sendRedirect(request.getContextPath() + SignInMechanism.safeNext(request.getParameter("next")));
    }
}
