package com.incidentreports.platform.api;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/**
 * A failure the API itself detects in a request (a missing precondition, a query parameter it cannot read), with
 * the problem the client gets for it.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Status status;
    private final String type;
    private final String title;
    private final List<Problem.InvalidField> errors;

    private ProblemException(Status status, String type, String title, String detail,
                             List<Problem.InvalidField> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    /** The request's parameters break the listed rules. */
    public static ProblemException invalidInput(List<Problem.InvalidField> errors) {
        return new ProblemException(Status.BAD_REQUEST, ProblemTypes.INVALID_INPUT, ProblemTypes.INVALID_INPUT_TITLE,
                ProblemTypes.invalidInputDetail(errors), errors);
    }

    /** The body is not JSON as the API reads it, for a reason {@code detail} explains; fields named in errors. */
    public static ProblemException unreadableBody(String detail, List<Problem.InvalidField> errors) {
        return new ProblemException(Status.BAD_REQUEST, ProblemTypes.UNREADABLE_BODY,
                ProblemTypes.UNREADABLE_BODY_TITLE, detail, errors);
    }

    /** There is nothing to answer with, for a reason {@code detail} explains. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND, ProblemTypes.BLANK, Status.NOT_FOUND.getReasonPhrase(), detail,
                null);
    }

    /** The edit was made to a version that is no longer the current one. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Status.PRECONDITION_FAILED, ProblemTypes.BLANK,
                Status.PRECONDITION_FAILED.getReasonPhrase(), detail, null);
    }

    /** The request must say which version it changes, and did not. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(Status.PRECONDITION_REQUIRED, ProblemTypes.BLANK,
                Status.PRECONDITION_REQUIRED.getReasonPhrase(), detail, null);
    }

    Problem toProblem(String instance) {
        return new Problem(type, title, status.getStatusCode(), getMessage(), instance, errors);
    }
}
