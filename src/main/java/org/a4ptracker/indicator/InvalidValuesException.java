package org.a4ptracker.indicator;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Every problem of a save at once; nothing of the save was written. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidValuesException extends RuntimeException {

    private final List<CellProblem> problems;

    public InvalidValuesException(List<CellProblem> problems) {
        super(problems.size() + " problem(s) in the values; nothing was saved");
        this.problems = List.copyOf(problems);
    }

    public List<CellProblem> problems() {
        return problems;
    }
}
