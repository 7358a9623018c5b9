package com.incidentreports.audit;

import jakarta.enterprise.context.RequestScoped;

import java.io.Serializable;

/**
 * Where the request being served comes from, as the web module learned it (the client's address), so that what the
 * audit log records in the services can say so. Empty outside a web request, such as in a timer.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;

    private String clientAddress;

    public String clientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
