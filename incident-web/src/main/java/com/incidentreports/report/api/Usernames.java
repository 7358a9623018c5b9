package com.incidentreports.report.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * People named by their usernames ({@code ["qalead"]}) or as the API shows them ({@code [{"username": "qalead",
 * …}]}), so that what a client read can be sent back as it is.
 */
public class Usernames implements JsonbDeserializer<List<String>> {

    @Override
    public List<String> deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new JsonbException("Expected a list of usernames, got " + value.getValueType());
        }
        List<String> usernames = new ArrayList<>();
        for (JsonValue person : value.asJsonArray()) {
            usernames.add(usernameOf(person));
        }
        return usernames;
    }

    private static String usernameOf(JsonValue person) {
        if (person instanceof JsonString username) {
            return username.getString();
        }
        if (person instanceof JsonObject object && object.get("username") instanceof JsonString username) {
            return username.getString();
        }
        if (person.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        throw new JsonbException("Expected a username or a person with a username, got " + person.getValueType());
    }
}
