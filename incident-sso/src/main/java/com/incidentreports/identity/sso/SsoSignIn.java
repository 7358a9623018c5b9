package com.incidentreports.identity.sso;

import com.ibm.websphere.security.auth.WSSubject;
import com.incidentreports.identity.SsoHandOff;
import com.incidentreports.identity.SsoProfile;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.security.auth.Subject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Hashtable;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the server's OpenID Connect client brings a person back from the identity provider. Reads who they are
 * from the claims of the ID token and the user info, and hands them to the application's sign-in mechanism with a
 * one-time ticket: this module has no mechanism of its own, because with appSecurity-5.0 an application's
 * HttpAuthenticationMechanism runs instead of the server's OpenID Connect client (README, "Single sign-on").
 */
@WebServlet("/signin")
public class SsoSignIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the application's web module takes the ticket (SignInMechanism). */
    private static final String HAND_OFF_PATH = "/signin/sso";

    @EJB
    private SsoHandOff handOff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        SsoProfile profile = profile(request.getUserPrincipal().getName(), claims());
        String ticket = handOff.issue(profile);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String next = request.getParameter("next");
        response.sendRedirect(HAND_OFF_PATH + "?ticket=" + ticket
                + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    private static SsoProfile profile(String username, JsonObject claims) {
        Config config = ConfigProvider.getConfig();
        String groupsClaim = config.getOptionalValue("sso.claim.groups", String.class).orElse("groups");
        JsonValue groups = claims.getOrDefault(groupsClaim, JsonValue.EMPTY_JSON_ARRAY);
        Set<String> groupNames = groups.getValueType() == JsonValue.ValueType.ARRAY
                ? groups.asJsonArray().stream().filter(JsonString.class::isInstance)
                        .map(group -> ((JsonString) group).getString()).collect(Collectors.toSet())
                : groups instanceof JsonString single ? Set.of(single.getString()) : Set.of();
        return new SsoProfile(username,
                text(claims, config.getOptionalValue("sso.claim.display-name", String.class).orElse("name")),
                text(claims, config.getOptionalValue("sso.claim.email", String.class).orElse("email")),
                !isFalse(claims.get("email_verified")), groupNames);
    }

    /** {@code email_verified} said false (as JSON false or the string "false"); absent, the address is trusted. */
    private static boolean isFalse(JsonValue claim) {
        return claim != null && claim.getValueType() == JsonValue.ValueType.FALSE
                || claim instanceof JsonString value && "false".equalsIgnoreCase(value.getString());
    }

    private static String text(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value ? value.getString() : null;
    }

    /**
     * The ID token's claims with the user info's over them, as the OpenID Connect client left them in the signed-in
     * subject (it has checked the token's signature, issuer, audience and expiry).
     */
    private static JsonObject claims() throws ServletException {
        try {
            Subject subject = WSSubject.getRunAsSubject();
            JsonObjectBuilder claims = Json.createObjectBuilder();
            for (Hashtable<?, ?> credentials : subject.getPrivateCredentials(Hashtable.class)) {
                if (credentials.get("id_token") instanceof String idToken) {
                    String payload = idToken.split("\\.")[1];
                    claims.addAll(Json.createObjectBuilder(json(
                            new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))));
                }
                if (credentials.get("userinfo_string") instanceof String userInfo) {
                    claims.addAll(Json.createObjectBuilder(json(userInfo)));
                }
            }
            return claims.build();
        } catch (Exception e) {
            throw new ServletException("The identity provider's claims could not be read", e);
        }
    }

    private static JsonObject json(String text) throws JsonParsingException {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
