package com.incidentreports.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/**
 * A request was answered 403: who asked (null when nobody had signed in), and the method and path they asked for.
 * Fired by whatever answers it (the API's exception mappers, the pages' error dispatch); the audit log observes it.
 */
public record RequestDenied(String username, String method, String path) {

    public static RequestDenied of(HttpServletRequest request, String path) {
        Principal caller = request.getUserPrincipal();
        return new RequestDenied(caller == null ? null : caller.getName(), request.getMethod(), path);
    }
}
