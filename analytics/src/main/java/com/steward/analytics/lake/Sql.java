package com.steward.analytics.lake;

/** SQL text helpers shared by the analytics features. */
public final class Sql {
    private Sql() {}

    /** A single-quoted SQL string literal with embedded quotes doubled. */
    public static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /** A double-quoted SQL identifier with embedded quotes doubled. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
