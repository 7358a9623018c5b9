package com.incidentreports.platform.web;

import com.incidentreports.identity.UserDirectory;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure every person who signs in, by any path, has the application's own user record — created on their
 * first request. Remembers who already has one so that later requests cost no database work.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignedInUsers extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @EJB
    private UserDirectory users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !known.contains(request.getUserPrincipal().getName())) {
            known.add(users.signIn().username());
        }
        chain.doFilter(request, response);
    }
}
