package com.incidentreports.identity.signin;

import com.incidentreports.platform.ForbiddenException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A change through the API that the browser's session cookie carries must come from the application's own pages.
 * The browser sends the session cookie with any request to this host, including a body-less {@code fetch} from a
 * page on another port of the same host; what it cannot forge is where the request comes from, which it tells in
 * {@code Sec-Fetch-Site} and {@code Origin}. Callers that send their own credentials (an API token, HTTP Basic)
 * cannot be made to act by another page, requests of nobody signed in (a browser's report of blocked content) act
 * for no one, and reads change nothing: none of them is checked. A client that tells neither header (a script, not
 * a browser) is let through: it holds the cookie itself.
 */
@Provider
public class SameOriginChanges implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    /** The address people reach the server at (behind a proxy, not the one the request names). */
    private final String configuredOrigin = ConfigProvider.getConfig()
            .getOptionalValue("incidents.base-url", String.class).map(url -> originOf(URI.create(url))).orElse("");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean bySession = request.getSecurityContext().getUserPrincipal() != null
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        if (READS.contains(request.getMethod()) || !bySession) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        boolean foreign = site != null ? !OWN_SITE.contains(site.toLowerCase(Locale.ROOT))
                : origin != null && !isOwn(origin, request.getUriInfo());
        if (foreign) {
            throw new ForbiddenException("A change made with your session must come from this application's own "
                    + "pages; programs send an API token instead.");
        }
    }

    /** Whether {@code origin} is the one this request was addressed to, or the configured address of the server. */
    private boolean isOwn(String origin, UriInfo uri) {
        return origin.equalsIgnoreCase(originOf(uri.getBaseUri())) || origin.equalsIgnoreCase(configuredOrigin);
    }

    private static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
