package org.a4ptracker.web;

import java.net.URI;

import org.a4ptracker.identity.CurrentUserArgumentResolver;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Text;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details, in the caller's language (Accept-Language
 * or the language cookie, English by default), with the message key as {@code code} so that a
 * script can tell problems apart without reading the text. Pages are left to templates/error.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "problem.title.bad-request", e.text(), e.parameter());
        problem.setType(URI.create("about:blank"));
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    /** A body that cannot be read names the field at fault (its path, as "content.status" or "[0].amount") and, for an enum, the accepted values. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = e.getMostSpecificCause() instanceof JacksonException json ? path(json.getPath()) : null;
        Text detail;
        if (e.getMostSpecificCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            detail = Text.of("input.json.enum", String.valueOf(invalid.getValue()), java.util.Arrays.stream(
                    invalid.getTargetType().getEnumConstants()).map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        } else {
            detail = Text.of(field == null ? "input.json.body" : "input.json.field");
        }
        var problem = problem(HttpStatus.BAD_REQUEST, "problem.title.body", detail, field);
        problem.setProperty("parameter", field);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String path(java.util.List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var r : references) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName().toLowerCase();
        var problem = problem(HttpStatus.BAD_REQUEST, "problem.title.bad-request",
                Text.of("problem.param.type", String.valueOf(e.getValue()), expected), e.getName());
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        boolean anonymous = CurrentUserArgumentResolver.current() == null;
        var status = anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        var detail = anonymous ? Text.of("api.unauthorized") : Text.of("problem.forbidden", reason(e));
        return ResponseEntity.status(status).body(problem(status,
                anonymous ? "problem.title.unauthorized" : "problem.title.forbidden", detail, null));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "problem.title.conflict", e.text(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "problem.title.not-found", e.text(), null);
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, Text detail, String parameter) {
        String text = messages.text(detail);
        var problem = ProblemDetail.forStatusAndDetail(status, parameter == null ? text : parameter + ": " + text);
        problem.setTitle(messages.text(Text.of(titleKey)));
        problem.setProperty("code", detail.key());
        return problem;
    }

    /** The access policy's reason is a message key (identity.AccessPolicy); anything else is shown as it is. */
    private static Object reason(AccessDeniedException e) {
        return e instanceof org.springframework.context.MessageSourceResolvable r ? r : e.getMessage();
    }
}
