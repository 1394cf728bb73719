package com.steward.core.staffing;

import org.jspecify.annotations.Nullable;

/**
 * A forecast file that cannot be read, with the 1-based line and column of the problem and what
 * was expected there. Column 0 means the problem concerns the whole line or file.
 */
public final class ForecastFormatException extends IllegalArgumentException {

    private final int line;
    private final int column;
    private final String expected;
    private final @Nullable String found;

    public ForecastFormatException(int line, int column, String expected, @Nullable String found) {
        super("line " + line + (column > 0 ? ", column " + column : "") + ": expected " + expected
                + (found == null ? "" : ", found '" + found + "'"));
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    /** 1-based column number, 0 when the problem is not tied to one column. */
    public int column() {
        return column;
    }

    /** What the parser expected, in words. */
    public String expected() {
        return expected;
    }

    /** The text found instead, or null. */
    public @Nullable String found() {
        return found;
    }
}
