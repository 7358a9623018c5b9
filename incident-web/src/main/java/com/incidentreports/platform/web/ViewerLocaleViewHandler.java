package com.incidentreports.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/** Every page is built in the language {@link ViewerLocale} decides; Faces' own choice knows no profile. */
public class ViewerLocaleViewHandler extends ViewHandlerWrapper {

    public ViewerLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(ViewerLocale.class).get().getLocale();
    }
}
