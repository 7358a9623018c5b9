package com.incidentreports.platform.api;

/** The kinds of problem the API reports that need more than their HTTP status to be understood. */
final class ProblemTypes {

    static final String BLANK = "about:blank";

    static final String INVALID_INPUT = "urn:incident-reports:problem:invalid-input";
    static final String INVALID_INPUT_TITLE = "The input is not valid";
    static final String INVALID_INPUT_DETAIL = "Correct the fields listed in errors and send the request again.";

    static final String UNREADABLE_BODY = "urn:incident-reports:problem:unreadable-body";
    static final String UNREADABLE_BODY_TITLE = "The request body could not be read";

    private ProblemTypes() {
    }
}
