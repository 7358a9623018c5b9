package com.incidentreports.platform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The intranet hosts whose images text people write may show, beside this server's own: the setting
 * {@code incidents.markdown.image-hosts} (host names, comma-separated; none by default). Markdown keeps an image
 * from one of them, and the Content-Security-Policy lets the browser load it, on the host's default port over https
 * or http. Immutable.
 */
public final class ImageHosts {

    /** The MicroProfile Config property (environment: {@code INCIDENTS_MARKDOWN_IMAGE_HOSTS}). */
    public static final String PROPERTY = "incidents.markdown.image-hosts";

    /** Images from this server only. */
    public static final ImageHosts NONE = new ImageHosts(List.of());

    /** A DNS name: labels of letters, digits and inner hyphens, joined by dots; no port, user, path or wildcard. */
    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

    private final List<String> names;

    private ImageHosts(List<String> names) {
        this.names = List.copyOf(names);
    }

    /**
     * The hosts of the setting's value: names separated by commas, blanks ignored, case ignored. A name that is not
     * a plain host name (a port, a path, a scheme, a wildcard) is refused, so that a mistyped setting stops the
     * server rather than letting images from somewhere unintended through.
     *
     * @throws IllegalArgumentException naming the entry that is not a host name
     */
    public static ImageHosts parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String entry : setting.split(",")) {
            String name = entry.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > 253 || !HOST_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(PROPERTY + ": \"" + entry.strip()
                        + "\" is not a host name (give names such as wiki.intranet.example, comma-separated)");
            }
            names.add(name);
        }
        return new ImageHosts(List.copyOf(names));
    }

    /** Whether {@code host} (as a URL names it, any case) is one of them. */
    public boolean allows(String host) {
        return host != null && names.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The host names, lower case, in the order configured. */
    public List<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return String.join(",", names);
    }
}
