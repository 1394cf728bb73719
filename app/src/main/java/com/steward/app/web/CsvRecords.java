package com.steward.app.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits uploaded CSV text into records (RFC 4180): comma-separated fields, optionally quoted, {@code ""} for a quote
 * inside a quoted field, which may also hold commas and line breaks; CRLF or LF line ends. Each record keeps the line
 * it starts on, so a problem can be reported where the user sees it. The one splitter behind every CSV import of the
 * app's features (key accounts, the hidden-cost ledger).
 */
public final class CsvRecords {

    private CsvRecords() {}

    /** What a quote inside an unquoted field means. */
    public enum StrayQuotes {
        /** Malformed: the import is refused naming the line (key accounts: ids and names are never quoted text). */
        REFUSE,
        /**
         * Kept as a literal character, as spreadsheets write a hand-typed {@code =HYPERLINK("…")} (the ledger, whose
         * export neutralises such formulas again).
         */
        KEEP
    }

    /** One record and the line (1-based) it starts on. */
    public record Record(int line, List<String> cells) {
        public Record {
            cells = List.copyOf(cells);
        }

        /** An empty line: one empty, unquoted field. */
        public boolean blank() {
            return cells.size() == 1 && cells.getFirst().isBlank();
        }
    }

    /** Malformed CSV: what was expected on which line, and what was found instead. */
    public static final class MalformedCsvException extends RuntimeException {
        private final int line;
        private final String expected;
        private final String found;

        MalformedCsvException(int line, String expected, String found) {
            super("line " + line + ": expected " + expected + ", found " + found);
            this.line = line;
            this.expected = expected;
            this.found = found;
        }

        public int line() {
            return line;
        }

        public String expected() {
            return expected;
        }

        public String found() {
            return found;
        }
    }

    /**
     * The records of {@code text}; throws {@link MalformedCsvException} for an unclosed quote, and for a stray one when
     * {@code strayQuotes} is {@link StrayQuotes#REFUSE}.
     */
    public static List<Record> parse(String text, StrayQuotes strayQuotes) {
        List<Record> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && strayQuotes == StrayQuotes.KEEP && field.length() > 0) {
                field.append(c);
            } else if (c == '"') {
                if (strayQuotes == StrayQuotes.REFUSE && (field.length() > 0 || wasQuoted)) {
                    throw new MalformedCsvException(line, "a quote only at the start of a field", field + "\"");
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(new Record(recordLine, record));
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(recordLine, "a closing quote", "the end of the file");
        }
        if (field.length() > 0 || !record.isEmpty() || wasQuoted) {
            record.add(field.toString());
            records.add(new Record(recordLine, record));
        }
        return records;
    }
}
