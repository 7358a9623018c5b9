package com.incidentreports.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** What the integration tests deploy: the EAR exactly as the build made it, the artifact that ships. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        String path = System.getProperty("test.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("The system property test.ear must name the built EAR; it is " + path);
        }
        return ShrinkWrap.create(ZipImporter.class, "incident-reports.ear")
                .importFrom(new File(path))
                .as(EnterpriseArchive.class);
    }
}
