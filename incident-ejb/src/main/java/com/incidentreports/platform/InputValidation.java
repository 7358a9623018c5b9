package com.incidentreports.platform;

import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns Bean Validation results into {@link FieldError}s. Constraint messages in this project are bundle keys in
 * braces ({@code {report.title.required}}), so the web layer can say them in the viewer's language.
 */
public final class InputValidation {

    private InputValidation() {
    }

    public static <T> List<FieldError> toFieldErrors(Set<ConstraintViolation<T>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : violations) {
            String template = violation.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : template;
            errors.add(new FieldError(violation.getPropertyPath().toString(), key, violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::key));
        return errors;
    }
}
