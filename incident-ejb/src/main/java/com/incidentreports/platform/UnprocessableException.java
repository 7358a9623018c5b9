package com.incidentreports.platform;

/** The request is well-formed but cannot be done as asked, such as a reused key naming another request (422). */
public class UnprocessableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnprocessableException(String message) {
        super(message);
    }
}
