package com.incidentreports.identity.web;

import com.incidentreports.identity.SsoProfile;
import com.incidentreports.identity.UserDirectory;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The last step of single sign-on: the sign-in mechanism has taken the person into their session; their record
 * is created or refreshed from the provider's claims, and they go on to where they were going.
 */
@WebServlet(SignInMechanism.SSO_HAND_OFF_PATH)
public class SsoCompletion extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserDirectory users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(SignInMechanism.SSO_PROFILE) instanceof SsoProfile profile)) {
            response.sendRedirect(request.getContextPath() + SignInMechanism.SIGN_IN_PATH + "?sso=failed");
            return;
        }
        users.signIn(profile);
        response.sendRedirect(request.getContextPath() + LoginBacking.safeNext(request.getParameter("next")));
    }
}
