package com.steward.app.keycustomers;

import com.steward.app.web.InvalidRequestException;
import java.util.List;

/** A key-account CSV file was refused as a whole; nothing was stored. Answered with 400 and every problem. */
public class KeyAccountImportException extends InvalidRequestException {

    private final List<CsvProblem> problems;

    KeyAccountImportException(List<CsvProblem> problems) {
        super(
                "file",
                "The file was not imported (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "): "
                        + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
