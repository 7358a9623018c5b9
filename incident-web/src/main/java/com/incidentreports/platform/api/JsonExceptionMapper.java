package com.incidentreports.platform.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON (400). */
@Provider
public class JsonExceptionMapper extends ProblemMapper<JsonException> {
}
