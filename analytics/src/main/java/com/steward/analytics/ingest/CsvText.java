package com.steward.analytics.ingest;

/** CSV field quoting that also neutralises spreadsheet formula injection (OWASP "CSV injection"). */
final class CsvText {
    private CsvText() {}

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = neutralise(value);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** Prefixes a value a spreadsheet would evaluate (starting with = + - @ tab or CR) with a quote. */
    static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** The SQL form of {@link #neutralise} over a VARCHAR expression. */
    static String neutraliseSql(String expression) {
        return "CASE WHEN regexp_matches(" + expression + ", '^[=+\\-@\\t\\r]') THEN '''' || " + expression + " ELSE "
                + expression + " END";
    }
}
