package com.incidentreports.platform.web;

import com.incidentreports.platform.ImageHosts;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.List;

/**
 * The headers that tell the browser how to defend the application, on every answer of the web module (pages, the
 * API, files, error pages), set here and nowhere else: the {@link ContentSecurityPolicy}, no MIME sniffing, the
 * referrer only to this server, no camera, microphone, location, payment or device access, https only once seen
 * over https, and nothing kept in any cache of what a page or the API answered (files excepted, which hold
 * nothing personal and are worth caching).
 * <p>
 * PrimeFaces' CSP mode sends a header of its own on each page, {@code script-src 'self' 'nonce-…'}; its nonce is
 * taken into the application's policy instead, so a page carries one policy, not two that each block part.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** Every powerful feature the browser offers a page, denied: the application uses none of them. */
    static final String PERMISSIONS = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), "
            + "microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), "
            + "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    /** A year; not for sub-domains, which are other intranet applications with their own rules. */
    static final String STRICT_TRANSPORT = "max-age=31536000";

    /** Files that may be cached: style sheets, scripts, fonts, images. */
    private static final List<String> FILES = List.of("/jakarta.faces.resource/", "/resources/", "/favicon.ico");

    /** The intranet hosts Markdown keeps images from, which the policy lets the browser load images from too. */
    @Inject
    @ConfigProperty(name = ImageHosts.PROPERTY, defaultValue = " ")
    String imageHostsSetting;

    private transient volatile ImageHosts imageHosts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContentSecurityPolicy policy =
                new ContentSecurityPolicy(request.getContextPath(), request.isSecure(), imageHosts());
        response.setHeader(CSP, policy.header());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
            // Browsers send reports through the Reporting API only to an https address.
            response.setHeader("Reporting-Endpoints", policy.reportingEndpoints());
        }
        if (!isFile(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response, policy));
    }

    private ImageHosts imageHosts() {
        if (imageHosts == null) {
            imageHosts = ImageHosts.parse(imageHostsSetting);
        }
        return imageHosts;
    }

    private static boolean isFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FILES.stream().anyMatch(path::startsWith);
    }

    /** Puts the page's nonce from PrimeFaces' header into the application's policy, as the only such header. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        private final ContentSecurityPolicy policy;

        OnePolicy(HttpServletResponse response, ContentSecurityPolicy policy) {
            super(response);
            this.policy = policy;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? policy.withNonceOf(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
