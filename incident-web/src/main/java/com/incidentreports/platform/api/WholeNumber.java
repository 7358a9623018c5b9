package com.incidentreports.platform.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/**
 * Reads a whole JSON number (12, 12.0) into a {@code Long} and refuses anything else. JSON-B on its own would turn
 * 1.5 into 1 and "12" into 12 without a word, and a client would never learn that its value was changed.
 */
public class WholeNumber implements JsonbDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonNumber number && number.bigDecimalValue().stripTrailingZeros().scale() <= 0) {
            try {
                return number.bigDecimalValue().longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("The number " + number + " is too large.", tooLarge);
            }
        }
        throw new JsonbException("Expected a whole number, got " + value.getValueType());
    }
}
