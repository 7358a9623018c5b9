package com.incidentreports.platform.api;

import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.PlainInput;
import com.incidentreports.platform.api.Problem.InvalidField;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request body as strictly as the API promises, before JSON-B binds it: JSON-B alone takes trailing junk,
 * the last of duplicate keys, invalid UTF-8 (replaced), lone surrogates, a number where text belongs and
 * {@code "yes"} for a boolean, and a client never learns that what it meant was not what was saved. Every text must
 * also be storable ({@link PlainInput}), and every time of a known field fall in the range people mean.
 */
final class StrictJson {

    private StrictJson() {
    }

    /**
     * Checks {@code body} as the JSON of a {@code target} (a record of the API, or anything else, whose types are
     * then not checked).
     *
     * @throws ProblemException naming what is wrong
     */
    static void check(byte[] body, Type target) {
        JsonValue value = parse(decode(body));
        List<InvalidField> wrongTypes = new ArrayList<>();
        List<FieldError> broken = new ArrayList<>();
        checkTexts(value, "", broken);
        checkShape(value, target, "", wrongTypes, broken);
        if (!wrongTypes.isEmpty()) {
            InvalidField first = wrongTypes.get(0);
            throw ProblemException.unreadableBody(wrongTypes.size() > 1
                    ? "Some fields have values of the wrong type (see errors and /openapi)."
                    : (first.field() == null ? "The body" : "The field " + first.field())
                    + " has a value of the wrong type. " + first.message(), wrongTypes);
        }
        if (!broken.isEmpty()) {
            throw ProblemException.invalidInput(broken.stream()
                    .map(error -> new InvalidField(error.field(), error.defaultMessage())).toList());
        }
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.unreadableBody("The body is not valid UTF-8: send JSON encoded as UTF-8.", null);
        }
    }

    private static JsonValue parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw notWellFormed(parser.getLocation());
            }
            JsonValue value = read(parser, parser.next(), "");
            JsonLocation end = parser.getLocation();
            boolean more;
            try {
                more = parser.hasNext();
            } catch (JsonParsingException trailing) {
                more = true;
            }
            if (more) {
                throw ProblemException.unreadableBody("Nothing may follow the JSON value, but more came after line "
                        + end.getLineNumber() + ", column " + end.getColumnNumber() + ".", null);
            }
            return value;
        } catch (JsonParsingException malformed) {
            throw notWellFormed(malformed.getLocation());
        }
    }

    private static JsonValue read(JsonParser parser, JsonParser.Event event, String path) {
        switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT;
                     next = parser.next()) {
                    String key = parser.getString();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    if (!keys.add(key)) {
                        throw ProblemException.unreadableBody("The field " + keyPath + " is given twice; give each "
                                + "field once.", List.of(new InvalidField(keyPath, "This field is given twice.")));
                    }
                    object.add(key, read(parser, parser.next(), keyPath));
                }
                return object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                int index = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY;
                     next = parser.next()) {
                    array.add(read(parser, next, path + "[" + index++ + "]"));
                }
                return array.build();
            }
            default -> {
                return parser.getValue();
            }
        }
    }

    private static ProblemException notWellFormed(JsonLocation location) {
        return ProblemException.unreadableBody(location == null
                ? "The body is empty or not well-formed JSON."
                : "The body is empty or not well-formed JSON: reading stopped at line " + location.getLineNumber()
                + ", column " + location.getColumnNumber() + ".", null);
    }

    /** Every text of the body, keys included, whatever the field: an unknown field is stored nowhere, but is read. */
    private static void checkTexts(JsonValue value, String path, List<FieldError> broken) {
        switch (value.getValueType()) {
            case STRING -> PlainInput.checkText(path, ((JsonString) value).getString(), true).ifPresent(broken::add);
            case OBJECT -> value.asJsonObject().forEach((key, member) -> {
                String keyPath = path.isEmpty() ? key : path + "." + key;
                PlainInput.checkText(keyPath, key, false).ifPresent(broken::add);
                checkTexts(member, keyPath, broken);
            });
            case ARRAY -> {
                int index = 0;
                for (JsonValue element : value.asJsonArray()) {
                    checkTexts(element, path + "[" + index++ + "]", broken);
                }
            }
            default -> {
                // Numbers, booleans and null hold no text.
            }
        }
    }

    private static void checkShape(JsonValue value, Type type, String path, List<InvalidField> wrongTypes,
                                   List<FieldError> broken) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = rawClassOf(type);
        if (raw == null) {
            return;
        }
        JsonValue.ValueType found = value.getValueType();
        if (raw == String.class || raw.isEnum()) {
            expect(found == JsonValue.ValueType.STRING, path, "Send text (a JSON string).", wrongTypes);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(found == JsonValue.ValueType.TRUE || found == JsonValue.ValueType.FALSE, path,
                    "Send true or false.", wrongTypes);
        } else if (Number.class.isAssignableFrom(raw) || raw == long.class || raw == int.class) {
            expect(found == JsonValue.ValueType.NUMBER, path, "Send a number.", wrongTypes);
        } else if (raw == Instant.class || raw == LocalDate.class) {
            if (expect(found == JsonValue.ValueType.STRING, path, "Send an ISO-8601 date or time as text.",
                    wrongTypes)) {
                checkTime(((JsonString) value).getString(), raw, path).ifPresent(broken::add);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expect(found == JsonValue.ValueType.ARRAY, path, "Send a list (a JSON array).", wrongTypes)) {
                Type element = type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : null;
                int index = 0;
                for (JsonValue each : value.asJsonArray()) {
                    checkShape(each, element, path + "[" + index++ + "]", wrongTypes, broken);
                }
            }
        } else if (raw.isRecord()) {
            if (expect(found == JsonValue.ValueType.OBJECT, path, "Send an object.", wrongTypes)) {
                checkComponents(value.asJsonObject(), raw, path, wrongTypes, broken);
            }
        }
    }

    private static void checkComponents(JsonObject object, Class<?> record, String path,
                                        List<InvalidField> wrongTypes, List<FieldError> broken) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonValue member = object.get(component.getName());
            if (member != null && !readsItself(record, component)) {
                checkShape(member, component.getGenericType(),
                        path.isEmpty() ? component.getName() : path + "." + component.getName(), wrongTypes, broken);
            }
        }
    }

    /** A component with a deserializer of its own checks its value there; a transient one is never read. */
    private static boolean readsItself(Class<?> record, RecordComponent component) {
        try {
            var field = record.getDeclaredField(component.getName());
            return field.isAnnotationPresent(JsonbTypeDeserializer.class)
                    || field.isAnnotationPresent(JsonbTransient.class);
        } catch (NoSuchFieldException impossible) {
            return false;
        }
    }

    /** Only a time that parses is checked here; one that does not is left to JSON-B, which says so. */
    private static Optional<FieldError> checkTime(String text, Class<?> type, String path) {
        try {
            return type == Instant.class
                    ? PlainInput.checkTime(path, Instant.parse(text))
                    : PlainInput.checkDate(path, LocalDate.parse(text));
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean expect(boolean fits, String path, String what, List<InvalidField> wrongTypes) {
        if (!fits) {
            wrongTypes.add(new InvalidField(path.isEmpty() ? null : path, what));
        }
        return fits;
    }

    private static Class<?> rawClassOf(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> plain) {
            return plain;
        }
        return null;
    }
}
