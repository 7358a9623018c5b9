package com.incidentreports.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Map;

/** What the server answered to one request. */
public record Reply(String request, int status, HttpHeaders headers, String body) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public JsonArray jsonArray() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** The hidden fields of a page, by name: its view state, PrimeFaces' nonce, its forms' own. */
    public Map<String, String> hiddenFields() {
        return FormSignIn.hiddenFields(body);
    }

    /** Says which request got which answer, so a failed assertion explains itself. */
    public String describe() {
        return request + " answered " + status + ": " + (body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body);
    }
}
