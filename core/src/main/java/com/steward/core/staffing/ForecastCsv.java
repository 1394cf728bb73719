package com.steward.core.staffing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a contact forecast from CSV text.
 *
 * <p><b>Format.</b> UTF-8 text, comma separated, one header line then one line per interval:
 *
 * <pre>
 * interval_start,contacts,aht_seconds
 * 2025-03-03T08:00,120,240
 * 2025-03-03T08:15,131.5,236
 * </pre>
 *
 * <ul>
 *   <li>The header names exactly the three columns {@code interval_start}, {@code contacts} and
 *       {@code aht_seconds}, in any order (case-insensitive); any other column is an error.
 *   <li>{@code interval_start}: local date-time, ISO-8601 {@code yyyy-MM-ddTHH:mm[:ss]} or with a
 *       space instead of {@code T}. Starts must increase; gaps must be multiples of the interval
 *       length.
 *   <li>{@code contacts}: a number ≥ 0 (decimals allowed, a forecast is an expectation).
 *   <li>{@code aht_seconds}: a number &gt; 0; may be empty or 0 when {@code contacts} is 0.
 *   <li>Fields may be enclosed in double quotes; blank lines are skipped.
 *   <li>The interval length (15, 30 or 60 minutes) is given by the caller, or inferred as the
 *       smallest gap between consecutive starts.
 * </ul>
 *
 * Errors are reported as {@link ForecastFormatException} with line, column and what was expected.
 */
public final class ForecastCsv {

    static final String START = "interval_start";
    static final String CONTACTS = "contacts";
    static final String AHT = "aht_seconds";

    private static final DateTimeFormatter START_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private ForecastCsv() {}

    /** Parses {@code csv}, inferring the interval length from the data. */
    public static Forecast parse(String csv) {
        return parse(new StringReader(csv), null);
    }

    /**
     * Parses a forecast.
     *
     * @param reader the CSV text; not closed by this method
     * @param intervalLength 15, 30 or 60 minutes, or null to infer it from the smallest gap
     * @throws ForecastFormatException on any malformed content
     * @throws UncheckedIOException if the reader fails
     */
    public static Forecast parse(Reader reader, @Nullable Duration intervalLength) {
        List<IntervalForecast> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        Map<String, Integer> columns = null;
        int headerWidth = 0;
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line, lineNo);
                if (columns == null) {
                    columns = header(fields, lineNo);
                    headerWidth = fields.size();
                    continue;
                }
                if (fields.size() != headerWidth) {
                    throw new ForecastFormatException(
                            lineNo,
                            Math.min(fields.size(), headerWidth) + 1,
                            headerWidth + " fields as in the header",
                            fields.size() + " fields");
                }
                rows.add(row(fields, columns, lineNo));
                rowLines.add(lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns == null) {
            throw new ForecastFormatException(
                    Math.max(1, lineNo), 0, "a header line '" + START + "," + CONTACTS + "," + AHT + "'", null);
        }
        if (rows.isEmpty()) {
            throw new ForecastFormatException(lineNo + 1, 0, "at least one interval after the header", null);
        }
        int startColumn = Objects.requireNonNull(columns.get(START)) + 1;
        Duration smallest = null;
        for (int i = 1; i < rows.size(); i++) {
            Duration gap = Duration.between(rows.get(i - 1).start(), rows.get(i).start());
            if (gap.isNegative() || gap.isZero()) {
                throw new ForecastFormatException(
                        rowLines.get(i),
                        startColumn,
                        "an interval_start after " + rows.get(i - 1).start(),
                        rows.get(i).start().toString());
            }
            smallest = smallest == null || gap.compareTo(smallest) < 0 ? gap : smallest;
        }
        Duration length =
                intervalLength != null ? intervalLength : smallest == null ? Duration.ofMinutes(15) : smallest;
        if (!(length.equals(Duration.ofMinutes(15))
                || length.equals(Duration.ofMinutes(30))
                || length.equals(Duration.ofMinutes(60)))) {
            throw new ForecastFormatException(
                    rowLines.get(0), startColumn, "intervals of 15, 30 or 60 minutes", length.toMinutes() + " minutes");
        }
        for (int i = 1; i < rows.size(); i++) {
            Duration gap = Duration.between(rows.get(i - 1).start(), rows.get(i).start());
            if (gap.toSeconds() % length.toSeconds() != 0) {
                throw new ForecastFormatException(
                        rowLines.get(i),
                        startColumn,
                        "a start on the " + length.toMinutes() + "-minute grid after "
                                + rows.get(i - 1).start(),
                        rows.get(i).start().toString());
            }
        }
        return new Forecast(length, rows);
    }

    private static Map<String, Integer> header(List<String> fields, int lineNo) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).trim().toLowerCase(Locale.ROOT);
            if (!(name.equals(START) || name.equals(CONTACTS) || name.equals(AHT))) {
                throw new ForecastFormatException(
                        lineNo, i + 1, "one of the columns " + START + ", " + CONTACTS + ", " + AHT, fields.get(i));
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new ForecastFormatException(lineNo, i + 1, "each column once", fields.get(i));
            }
        }
        for (String required : List.of(START, CONTACTS, AHT)) {
            if (!columns.containsKey(required)) {
                throw new ForecastFormatException(lineNo, 0, "a column named " + required, null);
            }
        }
        return columns;
    }

    private static IntervalForecast row(List<String> fields, Map<String, Integer> columns, int lineNo) {
        int startCol = Objects.requireNonNull(columns.get(START));
        int contactsCol = Objects.requireNonNull(columns.get(CONTACTS));
        int ahtCol = Objects.requireNonNull(columns.get(AHT));
        String startText = fields.get(startCol).trim();
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(startText, START_FORMAT);
        } catch (DateTimeParseException e) {
            throw new ForecastFormatException(
                    lineNo, startCol + 1, "a local date-time like 2025-03-03T08:00", startText);
        }
        double contacts = number(fields.get(contactsCol), lineNo, contactsCol + 1, "a number >= 0 of contacts");
        if (contacts < 0) {
            throw new ForecastFormatException(
                    lineNo, contactsCol + 1, "a number >= 0 of contacts", fields.get(contactsCol));
        }
        String ahtText = fields.get(ahtCol).trim();
        double aht = ahtText.isEmpty() && contacts == 0
                ? 0
                : number(ahtText, lineNo, ahtCol + 1, "a handle time in seconds > 0");
        if (contacts > 0 ? !(aht > 0) : aht < 0) {
            throw new ForecastFormatException(lineNo, ahtCol + 1, "a handle time in seconds > 0", ahtText);
        }
        return new IntervalForecast(start, contacts, aht);
    }

    private static double number(String text, int line, int column, String expected) {
        String t = text.trim();
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v) && !t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1))) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ForecastFormatException(line, column, expected, text);
    }

    /** Splits one line on commas, honouring double-quoted fields with "" as an escaped quote. */
    private static List<String> split(String line, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new ForecastFormatException(lineNo, out.size() + 1, "a closing double quote", null);
        }
        out.add(field.toString());
        return out;
    }
}
