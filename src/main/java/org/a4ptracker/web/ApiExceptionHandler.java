package org.a4ptracker.web;

import java.net.URI;

import org.a4ptracker.identity.CurrentUserArgumentResolver;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
