package com.incidentreports.platform.web;

import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.PlainInput;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;

/**
 * Every field of every page, as a default validator (faces-config.xml): text must be storable and times must fall
 * in the years people mean ({@link PlainInput}), the same rules the API applies. A refused value stays in its field
 * with the message beside it, as any validation failure does; single-line fields take no line breaks.
 */
@FacesValidator(PlainInputValidator.ID)
public class PlainInputValidator implements Validator<Object> {

    public static final String ID = "incidents.PlainInput";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        Optional<FieldError> broken = check(component.getId(), value, !(component instanceof HtmlInputText));
        if (broken.isPresent()) {
            String message = Messages.of(broken.get());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    private static Optional<FieldError> check(String field, Object value, boolean lineBreaksAllowed) {
        if (value instanceof String text) {
            return PlainInput.checkText(field, text, lineBreaksAllowed);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().flatMap(each -> check(field, each, lineBreaksAllowed).stream()).findFirst();
        }
        if (value instanceof Instant instant) {
            return PlainInput.checkTime(field, instant);
        }
        if (value instanceof LocalDate date) {
            return PlainInput.checkDate(field, date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return PlainInput.checkDate(field, dateTime.toLocalDate());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return PlainInput.checkTime(field, dateTime.toInstant());
        }
        if (value instanceof OffsetDateTime dateTime) {
            return PlainInput.checkTime(field, dateTime.toInstant());
        }
        if (value instanceof Date date) {
            return PlainInput.checkTime(field, Instant.ofEpochMilli(date.getTime()));
        }
        return Optional.empty();
    }
}
