package com.incidentreports.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;
import java.util.Optional;

/**
 * Marks the session cookie Secure wherever people reach the application over https. Liberty decides that once for
 * the server, not by each request's scheme (behind the TLS proxy every request arrives over http anyway), so the
 * application decides it at start from its own address: Secure when {@code incidents.base-url} is an https address,
 * unless the operator said otherwise with {@code incidents.secure-cookies} (true or false).
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    static final String SECURE_COOKIES = "incidents.secure-cookies";
    static final String BASE_URL = "incidents.base-url";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        boolean secure = secure(config.getOptionalValue(SECURE_COOKIES, Boolean.class),
                config.getOptionalValue(BASE_URL, String.class).orElse(""));
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }

    /** The operator's explicit setting if there is one, else whether the application's address is https. */
    static boolean secure(Optional<Boolean> explicit, String baseUrl) {
        return explicit.orElseGet(() -> baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://"));
    }
}
