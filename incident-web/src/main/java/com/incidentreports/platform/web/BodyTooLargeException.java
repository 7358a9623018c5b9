package com.incidentreports.platform.web;

import java.io.IOException;

/** A request body read past the limit of its address ({@link RequestBodyLimit}). */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super(RequestBodyLimit.detail(limit));
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
