package com.incidentreports.platform;

/** The caller is signed in but may not do this to this object. */
public class ForbiddenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
