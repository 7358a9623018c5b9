package com.incidentreports.platform;

import java.io.Serializable;

/**
 * One rejected value: the field as the API names it, and the message-bundle key that explains the rule in the
 * user's language. {@code defaultMessage} is the English text for logs and clients without a bundle.
 */
public record FieldError(String field, String key, String defaultMessage) implements Serializable {
}
