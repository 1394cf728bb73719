package com.steward.analytics.ingest;

/** The file as a whole cannot be imported (unreadable, a mapped column missing, ...); nothing was stored. */
public class ImportException extends RuntimeException {
    private final String file;
    private final long line;
    private final String column;

    public ImportException(String file, long line, String column, String reason, Throwable cause) {
        super(
                file + (line > 0 ? ", line " + line : "") + (column != null ? ", column '" + column + "'" : "") + ": "
                        + reason,
                cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** The line at fault (1 = header), or 0 when not known. */
    public long line() {
        return line;
    }

    /** The column at fault, or {@code null}. */
    public String column() {
        return column;
    }
}
