package com.incidentreports.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in page's form ({@code login.xhtml}) filled in as a browser would: its hidden fields as the server rendered
 * them (the form marker, {@code jakarta.faces.ViewState}, the "next" field), the username, the password and the
 * submit button, which a non-ajax command button sends under its own name.
 */
public final class SignInForm {

    static final String FORM = "login";

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w[\\w.:-]*)=\"([^\"]*)\"");

    private SignInForm() {
    }

    /** The url-encoded body that signs {@code username} in, from the HTML of {@code GET /login}. */
    public static String body(String loginPage, String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>(hiddenFields(loginPage));
        if (!fields.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("The sign-in page has no jakarta.faces.ViewState field: is it the page?");
        }
        fields.put(FORM + ":username", username);
        fields.put(FORM + ":password", password);
        fields.put(FORM + ":submit", "");
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    /** The hidden inputs of the page, by name, with their values unescaped. */
    static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
            }
            if ("hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
