package com.incidentreports.testsupport;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the application as it ships: Arquillian deploys the EAR as built to the test server for the test class
 * ({@link ApplicationDeployment}), and the test reaches it from this JVM over HTTP, as people and programs do. The
 * deployment is not testable, which is what makes every test run as a client: Arquillian reads {@code @RunAsClient}
 * only on the test class itself, never through an annotation such as this one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ArquillianExtension.class)
public @interface ApplicationTest {
}
