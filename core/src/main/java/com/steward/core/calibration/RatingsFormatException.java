package com.steward.core.calibration;

import org.jspecify.annotations.Nullable;

/**
 * A ratings file that cannot be read, with the 1-based line and column of the problem and what was expected there.
 * Column 0 means the problem concerns the whole line or file.
 */
public final class RatingsFormatException extends IllegalArgumentException {

    private final int line;
    private final int column;
    private final String expected;
    private final @Nullable String found;

    public RatingsFormatException(int line, int column, String expected, @Nullable String found) {
        super("line " + line + (column > 0 ? ", column " + column : "") + ": expected " + expected
                + (found == null ? "" : ", found '" + found + "'"));
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String expected() {
        return expected;
    }

    /** The text found instead, or null. */
    public @Nullable String found() {
        return found;
    }
}
