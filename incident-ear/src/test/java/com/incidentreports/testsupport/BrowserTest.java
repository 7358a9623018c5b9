package com.incidentreports.testsupport;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that drives the application's pages in headless Chromium: an {@link ApplicationTest} whose test and
 * {@code @BeforeEach} methods declare the {@link Browser}s they need as parameters, each fresh, or
 * {@link SignedIn} where the test is about what comes after signing in ({@link BrowserExtension}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApplicationTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
