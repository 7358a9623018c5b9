package com.incidentreports.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The nonce PrimeFaces gave the page being rendered, which its CSP mode expects back with every post of the page's
 * forms ({@code primefaces.nonce}). PrimeFaces' script adds it to each form; the sign-in form also carries it in its
 * markup, so that it can be sent without running a script (a program signing in, a browser without scripts).
 */
@Named
@RequestScoped
public class PageNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
