package com.incidentreports.markdown;

import com.incidentreports.platform.ImageHosts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Gives the renderer the intranet hosts whose images text may show ({@code incidents.markdown.image-hosts}) when the
 * application starts, before it serves anyone. Text is rendered when saved, so the setting counts for text saved
 * from then on.
 */
@Singleton
@Startup
public class ConfiguredImageHosts {

    private static final Logger LOG = Logger.getLogger(ConfiguredImageHosts.class.getName());

    @Inject
    @ConfigProperty(name = ImageHosts.PROPERTY, defaultValue = " ")
    String setting;

    @PostConstruct
    void apply() {
        ImageHosts hosts = ImageHosts.parse(setting);
        MarkdownRenderer.useImageHosts(hosts);
        if (!hosts.names().isEmpty()) {
            LOG.info("Markdown keeps images from this server and from " + hosts.names() + ".");
        }
    }
}
