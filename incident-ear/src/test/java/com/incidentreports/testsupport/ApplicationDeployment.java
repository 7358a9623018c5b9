package com.incidentreports.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * The deployment of every Arquillian test class that declares no {@link Deployment} of its own: the EAR as built
 * ({@link Deployments#application()}), not testable, so that the tests run in this JVM. Arquillian finds it through
 * {@code META-INF/services/org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment} and adds
 * it to those of the test class, hence nothing for a class with a deployment of its own.
 */
public final class ApplicationDeployment implements AutomaticDeployment {

    @Override
    public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
        if (testClass.getMethod(Deployment.class) != null) {
            return null;
        }
        return new DeploymentConfiguration.DeploymentContentBuilder(Deployments.application())
                .withDeployment().withTestable(false).build()
                .get();
    }
}
