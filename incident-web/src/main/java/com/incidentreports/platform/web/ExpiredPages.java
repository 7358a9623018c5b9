package com.incidentreports.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewAction;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.render.ResponseStateManager;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A form sent from a page whose state the server no longer holds: kept for too long, pushed out of the session by
 * newer pages in other tabs (NUMBER_OF_VIEWS_IN_SESSION), or never this session's own (another's, forged, made up).
 * Faces cannot tell these apart and nothing of such a request is run; the person gets a fresh copy of the same page
 * at the same address with what they typed back in its fields ({@link KeptInput}, put there by {@link KeptInputListener}) and a word beside the first of
 * them that nothing was saved, so that sending it again saves it once:
 * <ul>
 * <li>a plain form post is answered at once with that copy, with status 400;</li>
 * <li>an ajax post (PrimeFaces) is told to load the page again, and the fields travel in the flash.</li>
 * </ul>
 * Anyone can send such requests, so they leave at most one line a minute in the log for each address
 * ({@link FloodGate}), never a stack trace.
 */
public class ExpiredPages extends ExceptionHandlerFactory {

    /** The status of a plain post answered with a fresh copy of its page. */
    static final int STATUS = 400;

    /** Where the kept fields wait for the page that shows them: a request attribute, or the flash after a redirect. */
    static final String KEPT = KeptInput.class.getName();

    /** The request parameter of PrimeFaces' CSP mode that carries the nonce of the page a form was sent from. */
    private static final String PAGE_NONCE = "primefaces.nonce";

    private static final Logger LOG = Logger.getLogger(ExpiredPages.class.getName());
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 1000;
    private static final String ANY_ADDRESS = "many addresses";

    private final FloodGate<String> gate = new FloodGate<>(WINDOW, MAX_TRACKED, address -> ANY_ADDRESS,
            (address, more, start) -> LOG.warning(() -> more + " more pages were sent from " + address
                    + " with a state this server does not hold, in the minute from " + start));

    public ExpiredPages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> unhandled = getUnhandledExceptionQueuedEvents().iterator();
            Throwable unusableState = null;
            while (unhandled.hasNext()) {
                ExceptionQueuedEventContext queued = unhandled.next().getContext();
                if (isUnusableState(context, queued)) {
                    unusableState = queued.getException();
                    unhandled.remove();
                }
            }
            if (unusableState != null && !context.getResponseComplete()) {
                tell(context, unusableState);
                giveBack(context, viewIdOf(context, unusableState));
            }
            getWrapped().handle();
        }
    }

    /**
     * A {@link ViewExpiredException}, or anything that kept the state a postback sent from being read (a made-up
     * state may fail to decode before Faces can call it expired).
     */
    private static boolean isUnusableState(FacesContext context, ExceptionQueuedEventContext queued) {
        for (Throwable cause = queued.getException(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return PhaseId.RESTORE_VIEW.equals(queued.getPhaseId())
                && context.getExternalContext().getRequestParameterMap()
                        .containsKey(ResponseStateManager.VIEW_STATE_PARAM);
    }

    private void tell(FacesContext context, Throwable unusableState) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        gate.occurred(request.getRemoteAddr(), CDI.current().select(Clock.class).get().instant())
                .ifPresent(address -> LOG.log(Level.WARNING, () -> "A page was sent from " + address
                        + " with a state this server does not hold (expired, another session's or made up): "
                        + request.getMethod() + " " + addressOf(request) + " (" + unusableState.getClass().getSimpleName()
                        + "); a fresh copy of the page was given back"));
    }

    private static String viewIdOf(FacesContext context, Throwable unusableState) {
        for (Throwable cause = unusableState; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired && expired.getViewId() != null) {
                return expired.getViewId();
            }
        }
        ExternalContext external = context.getExternalContext();
        String path = external.getRequestServletPath() + (external.getRequestPathInfo() == null ? ""
                : external.getRequestPathInfo());
        return context.getApplication().getViewHandler().deriveLogicalViewId(context, path);
    }

    private static void giveBack(FacesContext context, String viewId) {
        ExternalContext external = context.getExternalContext();
        KeptInput kept = KeptInput.of(viewId, external.getRequestParameterValuesMap());
        if (context.getPartialViewContext().isAjaxRequest()) {
            Flash flash = external.getFlash();
            flash.put(KEPT, kept);
            flash.setRedirect(true);
            try {
                external.redirect(addressOf((HttpServletRequest) external.getRequest()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
            // The lifecycle ended the flash's phase before it handed over the exception: end it again, now that it
            // knows of the redirect, so that the fields go on to the next request.
            flash.doPostPhaseActions(context);
            return;
        }
        if (!hasPageNonce(external)) {
            // Only a program leaves it out; PrimeFaces could not render a page for it (its CSP mode wants the nonce
            // back from every post), and a program has no use for one.
            try {
                external.responseSendError(STATUS, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
            return;
        }
        freshView(context, viewId);
        if (!context.getResponseComplete()) {
            context.getAttributes().put(KEPT, kept);
            external.setResponseStatus(STATUS);
            context.renderResponse();
        }
    }

    /** Whether the post carries the nonce PrimeFaces gave its page, in the form PrimeFaces makes them. */
    private static boolean hasPageNonce(ExternalContext external) {
        String nonce = external.getRequestParameterMap().get(PAGE_NONCE);
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce == null ? "" : nonce), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Makes the page anew, as a first visit makes it: its view parameters read from the request, its view actions
     * run (one of them may answer on its own, such as a 404 for a report gone since), nothing of the form sent.
     */
    private static void freshView(FacesContext context, String viewId) {
        ViewHandler views = context.getApplication().getViewHandler();
        ViewDeclarationLanguage language = views.getViewDeclarationLanguage(context, viewId);
        ViewMetadata metadata = language == null ? null : language.getViewMetadata(context, viewId);
        UIViewRoot view = metadata == null ? views.createView(context, viewId) : metadata.createMetadataView(context);
        context.setViewRoot(view);
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            parameter.processDecodes(context);
            parameter.processValidators(context);
            parameter.processUpdates(context);
        }
        for (UIViewAction action : ViewMetadata.getViewActions(view)) {
            if (!action.isRendered()) {
                continue;
            }
            Object outcome = action.getActionExpression().invoke(context.getELContext(), null);
            if (context.getResponseComplete()) {
                return;
            }
            if (outcome != null) {
                context.getApplication().getNavigationHandler().handleNavigation(context,
                        action.getActionExpression().getExpressionString(), outcome.toString());
                return;
            }
        }
    }

    /** The address the page was asked for, as the person sees it (the report page's is forwarded to its view). */
    private static String addressOf(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        // Never "//host/…", which a browser would take for another server.
        return path.replaceFirst("^/+", "/") + (query == null ? "" : "?" + query);
    }
}
