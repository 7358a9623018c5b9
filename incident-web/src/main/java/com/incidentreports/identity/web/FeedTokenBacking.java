package com.incidentreports.identity.web;

import com.incidentreports.identity.FeedTokenService;
import com.incidentreports.identity.FeedTokenView;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;

/**
 * The feed token section of the profile page ({@code profile.xhtml}): whether the person has a feed token, and
 * making or resetting it, after which the feed addresses with the new token are shown, this once.
 */
@Named
@ViewScoped
public class FeedTokenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The feed of every report, as {@code feed/web/FeedServlet} answers it. */
    private static final String ALL_REPORTS_FEED = "/feeds/reports.atom";

    @EJB
    private FeedTokenService tokens;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    private String baseUrl;

    private FeedTokenView mine;
    /** The secret just made, shown in the addresses until the person says they have copied them. */
    private String secret;

    public void load() {
        mine = tokens.mine().orElse(null);
    }

    public void reset() {
        secret = tokens.reset();
        mine = tokens.mine().orElse(null);
    }

    public void done() {
        secret = null;
    }

    public FeedTokenView getMine() {
        return mine;
    }

    /** The address of the feed of every report with the new token; null when none was just made. */
    public String getAllReportsAddress() {
        return secret == null ? null : baseUrl + ALL_REPORTS_FEED + "?feed_token=" + secret;
    }
}
