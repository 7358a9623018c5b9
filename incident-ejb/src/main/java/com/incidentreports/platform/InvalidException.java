package com.incidentreports.platform;

import java.util.List;

/** The input breaks one or more rules; each broken rule names its field. Nothing was saved. */
public class InvalidException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidException(List<FieldError> errors) {
        super("The input is not valid: " + errors.stream().map(FieldError::defaultMessage).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
