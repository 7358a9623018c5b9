package com.incidentreports.identity.signin;

import com.incidentreports.identity.Access;
import com.incidentreports.identity.AccessCache;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.SignInClaims;
import com.incidentreports.identity.SignInPath;
import com.incidentreports.identity.SsoHandOff;
import com.incidentreports.identity.SsoProfile;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.platform.DatabaseUnreachable;
import com.incidentreports.platform.api.Problem;
import com.incidentreports.platform.web.DatabaseUnreachablePage;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How people sign in: the sign-in page for people in a browser (kept in the HTTP session), personal API tokens
 * for API clients and feed readers ({@link ApiTokenSignIn}; checked on every call, no session), feed tokens in a
 * feed's address for feed readers ({@link FeedTokenSignIn}; the feeds only), and HTTP Basic for the demo accounts.
 * The form and HTTP Basic check credentials against the server's user registry. People
 * the company's identity provider signed in arrive from the SSO module with a ticket and are kept in the session
 * the same way. Every sign-in is admitted by the {@link UserDirectory}, which refuses deactivated accounts; the
 * roles follow from the person's groups and the roles granted to them ({@link RoleMapping}). On every request the
 * session is checked against the person's access record ({@link AccessCache}), so a deactivation ends it and a role
 * change applies without signing in again.
 */
@ApplicationScoped
@DeclareRoles({Roles.STAFF, Roles.AUTHOR, Roles.QA_LEAD, Roles.ADMIN})
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PATH = "/login";
    /** Where the SSO module hands a person over with a one-time ticket (SsoHandOff). */
    static final String SSO_HAND_OFF_PATH = "/signin/sso";
    /** Request attribute set when a sign-in was proven but refused: the account is deactivated. */
    public static final String DEACTIVATED = SignInMechanism.class.getName() + ".deactivated";
    /** Request attribute set when a sign-in was refused unchecked: a {@link SignInLocks.Lock}. */
    public static final String LOCKED = SignInMechanism.class.getName() + ".locked";
    /** What the sign-in page is given to say that the account is deactivated. */
    static final String DEACTIVATED_PARAMETER = "account=deactivated";
    static final String SESSION_KEY = SignedIn.class.getName();
    private static final String BEARER = "Bearer realm=\"Incident Reports\"";
    private static final String BEARER_REFUSED = BEARER + ", error=\"invalid_token\"";
    private static final List<String> BASIC_CHALLENGE = List.of("Basic realm=\"Incident Reports\", charset=\"UTF-8\"");
    private static final List<String> SIGN_IN_FOR_API = List.of(BASIC_CHALLENGE.get(0), BEARER);
    private static final String SIGN_IN_FOR_API_DETAIL = "Send a personal API token (Authorization: Bearer <token>; "
            + "create one on your profile page) to use the API.";
    private static final String SIGN_IN_FOR_FEED_DETAIL = "Add your feed token to the feed's address (?"
            + FeedTokenSignIn.PARAMETER + "=<token>; your profile page gives the addresses) or send a personal API "
            + "token (Authorization: Bearer <token>).";
    /** Where the Atom feeds are: the one place a feed token signs anyone in. */
    static final String FEEDS_PATH = "/feeds/";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private RoleMapping roleMapping;

    @Inject
    private ApiTokenSignIn tokenSignIn;

    @Inject
    private FeedTokenSignIn feedTokenSignIn;

    @EJB
    private SsoHandOff ssoHandOff;

    @EJB
    private UserDirectory users;

    @EJB
    private AccessCache accesses;

    @Inject
    private FailedSignIns failedSignIns;

    @Inject
    private SignInLocks locks;

    @Inject
    private Clock clock;

    /**
     * Signs the request in, or answers it. Who the person is and what they may do is read from the database; when it
     * cannot be reached the request is answered 503 here ({@link DatabaseUnreachablePage}), since a failure left to
     * the container would become a refusal (403) of someone who may well be allowed.
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return signIn(request, response, context);
        } catch (RuntimeException failure) {
            if (!DatabaseUnreachable.in(failure)) {
                throw failure;
            }
            DatabaseUnreachablePage.send(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            return signInFromForm(request, context, formCredential);
        }
        if (request.getRequestURI().equals(request.getContextPath() + SSO_HAND_OFF_PATH)) {
            return signInFromSso(request, context);
        }
        Optional<SignedIn> session = signedInSession(request);
        if (session.isPresent()) {
            return context.notifyContainerAboutLogin(session.get().username(), session.get().roles());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && (isApi(request) || isFeed(request))) {
            return signInWithToken(authorization.substring(7).trim(), request, response, context);
        }
        String feedToken = isFeed(request) && isRead(request) ? request.getParameter(FeedTokenSignIn.PARAMETER) : null;
        if (feedToken != null && authorization == null) {
            return signInWithFeedToken(feedToken, request, response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return signInWithBasic(authorization.substring(6).trim(), request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isFeed(request)) {
            return unauthorized(request, response, SIGN_IN_FOR_API, SIGN_IN_FOR_FEED_DETAIL);
        }
        return isApi(request)
                ? unauthorized(request, response, SIGN_IN_FOR_API, SIGN_IN_FOR_API_DETAIL)
                : sendToSignIn(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }

    private AuthenticationStatus signInFromForm(HttpServletRequest request, HttpMessageContext context,
                                                Credential credential) {
        Optional<SignInLocks.Lock> lock = credential instanceof UsernamePasswordCredential typed
                ? locks.lockOf(typed.getCaller(), request.getRemoteAddr()) : Optional.empty();
        if (lock.isPresent()) {
            request.setAttribute(LOCKED, lock.get());
            return context.responseUnauthorized();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failedSignIns.recordIfWrong(FailedSignIns.FORM, credential, result, request);
            return context.responseUnauthorized();
        }
        locks.succeeded(result.getCallerPrincipal().getName());
        return admit(request, context, SignInClaims.local(result.getCallerPrincipal().getName(),
                result.getCallerGroups()));
    }

    private AuthenticationStatus signInFromSso(HttpServletRequest request, HttpMessageContext context) {
        Optional<SsoProfile> profile = ssoHandOff.redeem(request.getParameter("ticket"));
        if (profile.isEmpty()) {
            return context.doNothing();
        }
        return admit(request, context, SignInClaims.of(profile.get()));
    }

    private AuthenticationStatus admit(HttpServletRequest request, HttpMessageContext context, SignInClaims claims) {
        Access access = users.admit(claims);
        if (!access.active()) {
            request.setAttribute(DEACTIVATED, Boolean.TRUE);
            // The sign-in page says why; after single sign-on the person is sent there to read it.
            return claims.path() == SignInPath.SSO
                    ? context.redirect(request.getContextPath() + SIGN_IN_PATH + "?" + DEACTIVATED_PARAMETER)
                    : context.responseUnauthorized();
        }
        return keepInSession(request, context, new SignedIn(claims.username(), claims.path(),
                roleMapping.roles(claims.path(), claims.groups(), access), access.version()));
    }

    /** A new session id at every sign-in: a session id someone planted before does not become signed in. */
    private static AuthenticationStatus keepInSession(HttpServletRequest request, HttpMessageContext context,
                                                      SignedIn signedIn) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY, signedIn);
        return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
    }

    private AuthenticationStatus signInWithBasic(String encoded, HttpServletRequest request,
                                                 HttpServletResponse response, HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basicCredential(encoded);
        Optional<SignInLocks.Lock> lock = credential.flatMap(typed ->
                locks.lockOf(typed.getCaller(), request.getRemoteAddr()));
        if (lock.isPresent()) {
            return context.isProtected() ? locked(request, response, lock.get()) : context.doNothing();
        }
        CredentialValidationResult result = credential.isEmpty() ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            String username = result.getCallerPrincipal().getName();
            locks.succeeded(username);
            Access access = accesses.of(username)
                    .orElseGet(() -> users.admit(SignInClaims.local(username, result.getCallerGroups())));
            if (!access.active()) {
                return unauthorized(request, response, BASIC_CHALLENGE, "This account has been deactivated.");
            }
            return context.notifyContainerAboutLogin(username,
                    roleMapping.roles(SignInPath.LOCAL, result.getCallerGroups(), access));
        }
        credential.ifPresent(typed -> failedSignIns.recordIfWrong(FailedSignIns.BASIC, typed, result, request));
        // Public pages and endpoints (the sign-in page, ping) answer anyone: wrong credentials change nothing there.
        return context.isProtected()
                ? unauthorized(request, response, BASIC_CHALLENGE,
                        "Wrong username or password. HTTP Basic is for the demo accounts; use a personal API token.")
                : context.doNothing();
    }

    /** A personal API token ({@link ApiTokenSignIn}); on the API and the feeds, checked on every call, no session. */
    private AuthenticationStatus signInWithToken(String presented, HttpServletRequest request,
                                                 HttpServletResponse response, HttpMessageContext context) {
        ApiTokenSignIn.Outcome outcome = tokenSignIn.check(presented);
        if (outcome instanceof ApiTokenSignIn.Admitted admitted) {
            request.setAttribute(ApiTokenSignIn.TOKEN_ID, admitted.tokenId());
            return context.notifyContainerAboutLogin(admitted.username(), admitted.roles());
        }
        return context.isProtected()
                ? unauthorized(request, response, List.of(BEARER_REFUSED), ((ApiTokenSignIn.Refused) outcome).detail())
                : context.doNothing();
    }

    /** A feed token ({@link FeedTokenSignIn}); on the feeds only, checked on every request, no session. */
    private AuthenticationStatus signInWithFeedToken(String presented, HttpServletRequest request,
                                                     HttpServletResponse response, HttpMessageContext context) {
        ApiTokenSignIn.Outcome outcome = feedTokenSignIn.check(presented);
        if (outcome instanceof ApiTokenSignIn.Admitted admitted) {
            return context.notifyContainerAboutLogin(admitted.username(), admitted.roles());
        }
        return unauthorized(request, response, List.of(BEARER_REFUSED), ((ApiTokenSignIn.Refused) outcome).detail());
    }

    private static Optional<UsernamePasswordCredential> basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(
                    new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     List<String> challenges, String detail) {
        challenges.forEach(challenge -> response.addHeader("WWW-Authenticate", challenge));
        Problem.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign-in required", detail,
                request.getRequestURI());
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429: too many wrong passwords; Retry-After says in how many seconds the lock ends. */
    private AuthenticationStatus locked(HttpServletRequest request, HttpServletResponse response,
                                        SignInLocks.Lock lock) {
        long seconds = Math.max(1, Duration.between(clock.instant(), lock.until()).toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        Problem.send(response, 429, "Too Many Requests", (lock.address()
                ? "Too many wrong passwords came from your address: password sign-ins from it are locked until "
                : "Too many wrong passwords were given for this account: its password sign-ins are locked until ")
                + lock.until() + " (in " + seconds + " seconds). Wait until then"
                + (lock.address() ? "." : ", or ask an administrator to unlock the account."),
                request.getRequestURI());
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        List<String> parameters = new ArrayList<>();
        if (request.getAttribute(DEACTIVATED) != null) {
            parameters.add(DEACTIVATED_PARAMETER);
        }
        if (!target.isEmpty() && !"/".equals(target)) {
            parameters.add("next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        String query = parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
        return context.redirect(request.getContextPath() + SIGN_IN_PATH + query);
    }

    /**
     * Where to go after signing in: only a path on this server, never "//other.host" or an absolute URL. Anything
     * a browser could read otherwise falls back to the home page: a character outside printable ASCII (a control
     * character would end up in the Location header; addresses of this server arrive percent-encoded), a backslash
     * (read as "/"), or a "." or ".." segment (which a browser resolves, "/..//host" into "//host").
     */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith(SIGN_IN_PATH)
                || !next.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '\\') || hasDotSegment(next)) {
            return "/";
        }
        return next;
    }

    private static boolean hasDotSegment(String next) {
        int end = next.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = next.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        for (String segment : next.substring(0, end).toLowerCase(Locale.ROOT).replace("%2e", ".").split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFeed(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + FEEDS_PATH);
    }

    /** A request that only reads: a feed token is never taken for anything else. */
    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The person signed in in this session, with their roles brought up to date if their access record changed;
     * empty (and the session ended) if there is none or their account was deactivated.
     */
    private Optional<SignedIn> signedInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SESSION_KEY);
        if (signedIn == null) {
            return Optional.empty();
        }
        Optional<Access> access = accesses.of(signedIn.username()).filter(Access::active);
        if (access.isEmpty()) {
            session.invalidate();
            request.setAttribute(DEACTIVATED, Boolean.TRUE);
            return Optional.empty();
        }
        if (access.get().version() != signedIn.accessVersion()) {
            signedIn = new SignedIn(signedIn.username(), signedIn.path(), roleMapping.roles(access.get()),
                    access.get().version());
            session.setAttribute(SESSION_KEY, signedIn);
        }
        return Optional.of(signedIn);
    }
}
