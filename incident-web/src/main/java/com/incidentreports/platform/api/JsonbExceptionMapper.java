package com.incidentreports.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;

/** JSON that does not fit the expected fields: a wrong type, an unknown enum constant, a bad date (400). */
@Provider
public class JsonbExceptionMapper extends ProblemMapper<JsonbException> {
}
