package com.incidentreports.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands every {@link Browser} parameter of a test, or of its {@code @BeforeEach} methods, a browser of its own,
 * signed in first where the parameter is {@link SignedIn}. When the test ends, passed or failed, each of its
 * browsers leaves a screenshot in target/screenshots and closes: the screenshot is named after the test, and after
 * the parameter too where the test has several browsers.
 */
public final class BrowserExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // Kept in the test method's store, which JUnit closes when the test ends, after its @AfterEach methods.
        Browser browser = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(OpenBrowsers.class,
                        key -> new OpenBrowsers(context.getRequiredTestMethod().getName()), OpenBrowsers.class)
                .open(parameter.getParameter().getName());
        parameter.findAnnotation(SignedIn.class).ifPresent(signedIn -> {
            browser.get("login");
            browser.signIn(signedIn.value());
        });
        return browser;
    }

    /** The browsers of one test, by the name of the parameter each was given to. */
    private static final class OpenBrowsers implements AutoCloseable {

        private final String testName;
        private final Map<String, Browser> byParameter = new LinkedHashMap<>();

        OpenBrowsers(String testName) {
            this.testName = testName;
        }

        Browser open(String parameterName) {
            Browser browser = Browser.open();
            byParameter.put(parameterName, browser);
            return browser;
        }

        /** Closes every browser, also when a screenshot or another browser fails. */
        @Override
        public void close() {
            RuntimeException failure = null;
            for (Map.Entry<String, Browser> open : byParameter.entrySet()) {
                try (Browser browser = open.getValue()) {
                    browser.screenshot(byParameter.size() == 1 ? testName : testName + "-" + open.getKey());
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
