package com.incidentreports.servicelog.web;

import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceRef;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A service chosen in a form, written into the page by its slug: the choice is read back from the catalogue, so a
 * page need not keep every service it could have offered. A CDI bean (managed), so that it can ask the catalogue.
 */
@Dependent
@FacesConverter(value = "serviceChoice", managed = true)
public class ServiceChoiceConverter implements Converter<ServiceRef> {

    @EJB
    private ServiceCatalog services;

    @Override
    public ServiceRef getAsObject(FacesContext context, UIComponent component, String slug) {
        return slug == null || slug.isBlank() ? null : services.ref(slug.strip()).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ServiceRef service) {
        return service == null ? "" : service.slug();
    }
}
