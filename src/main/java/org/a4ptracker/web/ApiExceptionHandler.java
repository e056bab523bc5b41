package org.a4ptracker.web;

import java.net.URI;

import org.a4ptracker.identity.CurrentUserArgumentResolver;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Texts;
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
 * Errors of the JSON API as RFC 9457 problem details. Pages are left to the HTML error
 * pages under templates/error.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid parameter");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    /** A body that cannot be read names the field at fault (its path, as "content.status" or "[0].amount") and, for an enum, the accepted values. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = e.getMostSpecificCause() instanceof JacksonException json ? path(json.getPath()) : null;
        String detail;
        if (e.getMostSpecificCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            detail = Texts.get("input.json.enum", String.valueOf(invalid.getValue()), java.util.Arrays.stream(
                    invalid.getTargetType().getEnumConstants()).map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        } else {
            detail = Texts.get(field == null ? "input.json.body" : "input.json.field");
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null ? detail : field + ": " + detail);
        problem.setTitle("Invalid request body");
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
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName().toLowerCase();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getName() + ": '" + e.getValue() + "' is not a valid " + expected);
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        boolean anonymous = CurrentUserArgumentResolver.current() == null;
        var status = anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        var problem = ProblemDetail.forStatusAndDetail(status, anonymous ? "Sign in or send a personal API token" : e.getMessage());
        problem.setTitle(anonymous ? "Unauthorized" : "Forbidden");
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
