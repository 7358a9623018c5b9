package com.incidentreports.platform;

import jakarta.ejb.ApplicationException;

/**
 * An expected failure of a business operation. The container rolls the transaction back and hands the exception
 * to the caller unwrapped, so pages and the API can tell the user what to do about it.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }
}
