package com.steward.app.ingest;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an import's failure may tell the person who uploaded the file: the file's name, the line, the reason —
 * never a server path or a statement. Unexpected failures are reduced to a reference that the log carries with the
 * details.
 */
final class ImportErrors {

    /** An absolute path (Unix or Windows) up to and including its last separator before the file name. */
    private static final Pattern DIRECTORY = Pattern.compile("(?:[A-Za-z]:)?[\\\\/](?:[^\\s'\"\\\\/]+[\\\\/])+");

    /** DuckDB's echo of the statement ("LINE 1: SELECT …" and the caret line) and anything after it. */
    private static final Pattern STATEMENT = Pattern.compile("(?s)\\s*LINE \\d+:.*$");

    private ImportErrors() {}

    /** {@code message} without directories (file names stay) and without echoed SQL. */
    static String forUser(String message) {
        if (message == null) {
            return null;
        }
        String cleaned = STATEMENT.matcher(message).replaceAll("");
        return DIRECTORY.matcher(cleaned).replaceAll("");
    }

    /** A short reference for an unexpected failure, to find it in the log. */
    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The message for an unexpected failure of {@code file}, naming the reference only. */
    static String unexpected(Path file, String reference) {
        return "The import of " + file.getFileName() + " failed unexpectedly; nothing was stored. Reference "
                + reference + " (the server log has the details).";
    }
}
