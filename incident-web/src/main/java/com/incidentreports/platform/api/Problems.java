package com.incidentreports.platform.api;

import com.incidentreports.platform.BusinessException;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.DatabaseUnreachable;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.UnprocessableException;
import com.incidentreports.platform.web.BodyTooLargeException;
import com.incidentreports.platform.web.DatabaseUnreachablePage;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a request failed with into an RFC 9457 problem. Exceptions of enterprise beans can arrive wrapped
 * ({@code EJBException}, {@code EJBTransactionRolledbackException}), and JSON-B failures wrapped by the REST
 * runtime, so the whole chain of causes is searched for the exception that explains the failure. Anything not
 * explained is a fault of the server: logged with a reference, answered with a generic 500 and never a stack trace.
 */
final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    /** Not among JAX-RS 3.1's statuses. */
    private static final int UNPROCESSABLE = 422;

    /** Guards against cause chains that loop or never end. */
    private static final int MAX_CAUSES = 32;

    /** How JSON-B (Yasson) names the property it could not read, e.g. "Unable to deserialize property 'x'". */
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

    private Problems() {
    }

    static Response toResponse(Throwable failure, String instance, Locale language) {
        Problem problem = toProblem(failure, instance, language);
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header(HttpHeaders.RETRY_AFTER, DatabaseUnreachablePage.RETRY_AFTER_SECONDS);
        }
        if (failure instanceof WebApplicationException web
                && web.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, web.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    /** The problem told in English. */
    static Problem toProblem(Throwable failure, String instance) {
        return toProblem(failure, instance, Locale.ENGLISH);
    }

    /** The problem, its detail in {@code language}. */
    static Problem toProblem(Throwable failure, String instance, Locale language) {
        ProblemWords words = new ProblemWords(language);
        // Whatever a body cut off at its limit failed as (JSON that ends too soon), the limit explains it.
        BodyTooLargeException tooLarge = find(failure, BodyTooLargeException.class);
        if (tooLarge != null) {
            return blank(Status.REQUEST_ENTITY_TOO_LARGE, words.text("problem.tooLarge", tooLarge.limit() / (1024 * 1024),
                    tooLarge.limit()), instance);
        }
        // Whatever else the failure says (a role check that could not read the person, a rolled-back transaction),
        // a database out of reach explains it: 503, never a refusal or a fault of the server.
        if (DatabaseUnreachable.in(failure)) {
            return blank(Status.SERVICE_UNAVAILABLE, words.text("problem.databaseUnreachable"), instance);
        }
        List<Throwable> causes = causesOf(failure);
        for (Throwable cause : causes) {
            Problem explained = explain(cause, instance, words);
            if (explained != null) {
                return explained;
            }
        }
        for (Throwable cause : causes) {
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                return ofStatus(web.getResponse().getStatus(), instance, words);
            }
        }
        if (failure instanceof ProcessingException) {
            return unreadableBody(failure, instance, words);
        }
        return unexpected(failure, instance, words);
    }

    private static Problem explain(Throwable cause, String instance, ProblemWords words) {
        if (cause instanceof ProblemException problem) {
            return problem.toProblem(instance);
        }
        if (cause instanceof BusinessException business) {
            return ofBusiness(business, instance, words);
        }
        if (cause instanceof EJBAccessException) {
            return blank(Status.FORBIDDEN, words.text("problem.forbidden"), instance);
        }
        if (cause instanceof ConstraintViolationException violations) {
            return invalidInput(fieldsOf(violations.getConstraintViolations()), instance, words);
        }
        if (cause instanceof JsonbException || cause instanceof JsonException) {
            return unreadableBody(cause, instance, words);
        }
        if (cause instanceof OptimisticLockException) {
            return blank(Status.CONFLICT, words.text("problem.conflict.sameMoment"), instance);
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return blank(Status.CONFLICT, words.text("problem.conflict.clash"), instance);
        }
        return null;
    }

    private static Problem ofBusiness(BusinessException business, String instance, ProblemWords words) {
        if (business instanceof InvalidException invalid) {
            return invalidInput(invalid.errors().stream()
                    .map(error -> new Problem.InvalidField(
                            error.field() == null || error.field().isEmpty() ? null : error.field(),
                            words.rule(error)))
                    .toList(), instance, words);
        }
        if (business instanceof NotFoundException notFound) {
            String key = "problem.notFound." + notFound.what();
            return blank(Status.NOT_FOUND, words.has(key) ? words.text(key, notFound.key()) : business.getMessage(),
                    instance);
        }
        if (business instanceof ForbiddenException) {
            return blank(Status.FORBIDDEN, business.getMessage(), instance);
        }
        if (business instanceof ConflictException) {
            return blank(Status.CONFLICT, business.getMessage(), instance);
        }
        if (business instanceof UnprocessableException) {
            return new Problem(ProblemTypes.BLANK, "Unprocessable Content", UNPROCESSABLE, business.getMessage(),
                    instance, null);
        }
        return blank(Status.BAD_REQUEST, business.getMessage(), instance);
    }

    private static Problem invalidInput(List<Problem.InvalidField> errors, String instance,
                                        ProblemWords words) {
        return new Problem(ProblemTypes.INVALID_INPUT, ProblemTypes.INVALID_INPUT_TITLE,
                Status.BAD_REQUEST.getStatusCode(), errors.size() == 1 ? errors.get(0).message()
                : words.text("problem.invalidInput"), instance, errors);
    }

    private static Problem unreadableBody(Throwable cause, String instance, ProblemWords words) {
        String property = propertyNamedIn(cause);
        if (property != null) {
            return unreadableBody(words.text("problem.unreadable.field", property),
                    List.of(new Problem.InvalidField(property, words.text("problem.unreadable.value"))), instance);
        }
        JsonParsingException malformed = find(cause, JsonParsingException.class);
        if (malformed != null && malformed.getLocation() != null) {
            return unreadableBody(words.text("problem.unreadable.malformed",
                    String.valueOf(malformed.getLocation().getLineNumber()),
                    String.valueOf(malformed.getLocation().getColumnNumber())), null, instance);
        }
        return unreadableBody(words.text("problem.unreadable.body"), null, instance);
    }

    private static Problem unreadableBody(String detail, List<Problem.InvalidField> errors, String instance) {
        return new Problem(ProblemTypes.UNREADABLE_BODY, ProblemTypes.UNREADABLE_BODY_TITLE,
                Status.BAD_REQUEST.getStatusCode(), detail, instance, errors);
    }

    private static Problem ofStatus(int status, String instance, ProblemWords words) {
        Status known = Status.fromStatusCode(status);
        String detail = switch (status) {
            case 400, 404, 405, 406, 415 -> words.text("problem.status." + status);
            default -> words.text("problem.status.other", String.valueOf(status));
        };
        return new Problem(ProblemTypes.BLANK, known == null ? "Error " + status : known.getReasonPhrase(), status,
                detail, instance, null);
    }

    private static Problem blank(Status status, String detail, String instance) {
        return new Problem(ProblemTypes.BLANK, status.getReasonPhrase(), status.getStatusCode(), detail, instance,
                null);
    }

    private static Problem unexpected(Throwable failure, String instance, ProblemWords words) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Request " + instance + " failed; reference " + reference, failure);
        return blank(Status.INTERNAL_SERVER_ERROR, words.text("problem.unexpected", reference), instance);
    }

    private static List<Problem.InvalidField> fieldsOf(Set<ConstraintViolation<?>> violations) {
        List<Problem.InvalidField> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            fields.add(new Problem.InvalidField(lastNodeOf(violation.getPropertyPath()), violation.getMessage()));
        }
        fields.sort(Comparator.comparing(Problem.InvalidField::field,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return fields;
    }

    /** "create.arg0.title" names the field "title": the method and parameter mean nothing to a client. */
    private static String lastNodeOf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static String propertyNamedIn(Throwable cause) {
        for (Throwable each : causesOf(cause)) {
            if (each.getMessage() != null) {
                Matcher matcher = JSON_PROPERTY.matcher(each.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable each : causesOf(failure)) {
            if (type.isInstance(each)) {
                return type.cast(each);
            }
        }
        return null;
    }

    private static List<Throwable> causesOf(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable each = failure; each != null && causes.size() < MAX_CAUSES && seen.add(each);
             each = each.getCause()) {
            causes.add(each);
        }
        return causes;
    }
}
