package com.incidentreports.platform.api;

import java.util.List;

/** The kinds of problem the API reports that need more than their HTTP status to be understood. */
final class ProblemTypes {

    static final String BLANK = "about:blank";

    static final String INVALID_INPUT = "urn:incident-reports:problem:invalid-input";
    static final String INVALID_INPUT_TITLE = "The input is not valid";
    private static final String INVALID_INPUT_DETAIL =
            "Correct the fields listed in errors and send the request again.";

    static final String UNREADABLE_BODY = "urn:incident-reports:problem:unreadable-body";
    static final String UNREADABLE_BODY_TITLE = "The request body could not be read";

    private ProblemTypes() {
    }

    /** A single broken rule is worth saying in the detail too; several are pointed to. */
    static String invalidInputDetail(List<Problem.InvalidField> errors) {
        return errors.size() == 1 ? errors.get(0).message() : INVALID_INPUT_DETAIL;
    }
}
