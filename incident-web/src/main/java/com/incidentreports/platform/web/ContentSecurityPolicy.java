package com.incidentreports.platform.web;

import com.incidentreports.platform.ImageHosts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page of the application may load and run, as the browser is told in {@code Content-Security-Policy}.
 * Scripts only from the application itself and, on pages, the inline scripts PrimeFaces writes with the page's
 * nonce (its CSP mode): no {@code 'unsafe-inline'}, no {@code 'unsafe-eval'}. No page may be framed, no plugins,
 * no {@code <base>} elsewhere, no form posting elsewhere; fonts and requests stay on this server, and so do images,
 * but for those from the intranet hosts Markdown keeps them from ({@link ImageHosts}), each on its default port.
 * <p>
 * Styles: PrimeFaces writes {@code style} attributes into its markup and builds HTML with them in its scripts
 * (column widths, overlay positions, dialogs), which only {@code 'unsafe-inline'} allows; {@code style-src-elem}
 * keeps {@code <style>} elements and style sheets to the application's own files, so injected markup can still
 * colour and place an element but cannot bring a style sheet (no selectors reading attributes out).
 */
public final class ContentSecurityPolicy {

    /** Where browsers send what the policy blocked ({@code report-uri}, and {@code report-to} over https). */
    public static final String REPORT_PATH = "/api/v1/csp-reports";
    /** The name of that address in {@code Reporting-Endpoints}. */
    public static final String REPORT_GROUP = "csp-reports";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private final String reportUri;
    private final boolean reportTo;
    private final String imageSources;

    /**
     * The policy of an application under {@code contextPath}, which shows images from this server and from
     * {@code imageHosts} (over https and http); {@code reportTo} where the report endpoint is https.
     */
    public ContentSecurityPolicy(String contextPath, boolean reportTo, ImageHosts imageHosts) {
        this.reportUri = contextPath + REPORT_PATH;
        this.reportTo = reportTo;
        StringBuilder sources = new StringBuilder("'self' data:");
        for (String host : imageHosts.names()) {
            sources.append(" https://").append(host).append(" http://").append(host);
        }
        this.imageSources = sources.toString();
    }

    /** The policy without a nonce: responses that carry no inline script (the API, files, redirects). */
    public String header() {
        return header(null);
    }

    /**
     * The policy with the nonce PrimeFaces gave the page, read from the header it would have sent on its own
     * ({@code script-src 'self' 'nonce-…'}); none found, the policy without one.
     */
    public String withNonceOf(String primeFacesHeader) {
        Matcher nonce = NONCE.matcher(primeFacesHeader == null ? "" : primeFacesHeader);
        return header(nonce.find() ? nonce.group(1) : null);
    }

    private String header(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'") + "; "
                + "style-src 'self' 'unsafe-inline'; "
                + "style-src-elem 'self'; "
                + "img-src " + imageSources + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'; "
                + "report-uri " + reportUri
                + (reportTo ? "; report-to " + REPORT_GROUP : "");
    }

    /** The {@code Reporting-Endpoints} header that names the {@code report-to} group. */
    public String reportingEndpoints() {
        return REPORT_GROUP + "=\"" + reportUri + "\"";
    }
}
