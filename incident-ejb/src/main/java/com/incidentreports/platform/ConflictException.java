package com.incidentreports.platform;

/**
 * Someone else saved the same thing since the caller read it. Nothing of the caller's was saved; the caller reads
 * what is saved now and shows it beside their own text, so nothing is lost.
 */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
