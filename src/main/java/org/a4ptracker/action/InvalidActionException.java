package org.a4ptracker.action;

import java.util.List;

import org.a4ptracker.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** All the problems of an action's content at once, so that the form can show each beside its field. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidActionException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidActionException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s): " + problems.stream().map(p -> p.field() + ": " + Messages.english(p.message())).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
