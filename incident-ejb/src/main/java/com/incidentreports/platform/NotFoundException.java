package com.incidentreports.platform;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object key) {
        super(what + " " + key + " was not found.");
    }
}
