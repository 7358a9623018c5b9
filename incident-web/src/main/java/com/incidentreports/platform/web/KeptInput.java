package com.incidentreports.platform.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputHidden;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.password.Password;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person sent with a page whose state the server no longer holds ({@link ExpiredPages}): the fields of its
 * forms by client id, to be put back into a fresh copy of the same page ({@code viewId}) as they were sent. Fields
 * are given back as submitted values, exactly as typed, and go through the page's conversion and validation only
 * when the person sends them again. Passwords are never kept.
 */
public record KeptInput(String viewId, Map<String, String[]> fields) implements Serializable {

    /** What separates a form's id from its fields' in client ids (Faces' default, which no page changes). */
    private static final char SEPARATOR = ':';

    /** Where a form field's own request parameter sits when a PrimeFaces component names its input after itself. */
    private static final String[] INPUT_SUFFIXES = {"", "_input", "_hinput"};

    /** The form fields of a request's parameters (named by client id, {@code form:field}), nothing of Faces' own. */
    public static KeptInput of(String viewId, Map<String, String[]> parameters) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name.indexOf(SEPARATOR) > 0 && !name.startsWith("jakarta.faces.")
                    && !name.startsWith("primefaces.") && values != null && values.length > 0) {
                fields.put(name, values.clone());
            }
        });
        return new KeptInput(viewId, fields);
    }

    /** Marks the first field given back, for the page's script to bring it into view and put the cursor in it. */
    public static final String FIRST_FIELD_MARK = "data-kept-input";

    /**
     * Puts the kept fields into the view's inputs that have the same client id, and returns the client id of the
     * first visible field so given back ({@link #FIRST_FIELD_MARK}), or null when none was.
     */
    public String restoreInto(FacesContext context, UIViewRoot view) {
        String[] first = {null};
        view.visitTree(VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (visit, component) -> {
                    if (component instanceof EditableValueHolder input && !isSecret(component)) {
                        String clientId = component.getClientId(visit.getFacesContext());
                        if (giveBack(input, component, clientId) && first[0] == null
                                && !(component instanceof HtmlInputHidden)) {
                            first[0] = clientId;
                            component.getPassThroughAttributes().put(FIRST_FIELD_MARK, "true");
                        }
                    }
                    return VisitResult.ACCEPT;
                });
        return first[0];
    }

    private boolean giveBack(EditableValueHolder input, UIComponent component, String clientId) {
        for (String suffix : INPUT_SUFFIXES) {
            String[] values = fields.get(clientId + suffix);
            if (values != null) {
                if (component instanceof UISelectMany || "_hinput".equals(suffix)) {
                    input.setSubmittedValue(values.clone());
                } else if (component instanceof UISelectBoolean) {
                    // A ticked box sends "on"; one left empty sends nothing and keeps what the page shows.
                    input.setSubmittedValue(String.valueOf(!"false".equalsIgnoreCase(values[0])));
                } else {
                    input.setSubmittedValue(values[0]);
                }
                return true;
            }
        }
        return false;
    }

    private static boolean isSecret(UIComponent component) {
        return component instanceof HtmlInputSecret || component instanceof Password;
    }
}
