package com.steward.app.keycustomers;

/**
 * One problem in an imported CSV file.
 *
 * @param line 1-based line number in the file (the header is line 1)
 * @param column the column's name from the expected header, or null for the whole line
 * @param expected what the value should be
 * @param found what was there
 */
public record CsvProblem(int line, String column, String expected, String found) {

    public String message() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": expected " + expected
                + (found == null ? "" : ", found '" + found + "'");
    }
}
