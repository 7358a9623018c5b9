package com.incidentreports.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What is running: the version, the commit it was built from and when. Shown in every page's footer and at
 * {@code /api/v1/build}, so nobody has to guess which build is in production.
 */
@Named
@ApplicationScoped
public class BuildInfo {

    private final String version;
    private final String commit;
    private final String time;

    public BuildInfo() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version = known(properties.getProperty("version"));
        commit = known(properties.getProperty("commit"));
        time = known(properties.getProperty("time"));
    }

    public String getVersion() {
        return version;
    }

    /** The full commit id, or empty when the build was made outside a Git checkout. */
    public String getCommit() {
        return commit;
    }

    public String getShortCommit() {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }

    /** When the build was made, ISO-8601 in UTC. */
    public String getTime() {
        return time;
    }

    private static String known(String value) {
        return value == null || value.startsWith("${") ? "" : value;
    }
}
