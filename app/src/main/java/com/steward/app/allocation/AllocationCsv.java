package com.steward.app.allocation;

import com.steward.app.web.InvalidRequestException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads the allocation CSV files. Every error names the file, the line and the column and says what was expected;
 * a file with any error is rejected whole (nothing of it is stored).
 */
final class AllocationCsv {

    /** At most this many data rows per file (a quarter of 15-minute intervals for ~20 segments). */
    static final int MAX_ROWS = 200_000;

    private AllocationCsv() {}

    /** {@code queue,region,interval_start,contacts,aht_seconds}. */
    record ForecastRow(String queue, String region, LocalDateTime start, double contacts, double ahtSeconds) {}

    /** {@code queue,region,handler,share_percent,cap_contacts}: a share or a cap (empty = unlimited). */
    record SplitRow(String queue, String region, String handler, OptionalDouble sharePercent, OptionalDouble cap) {}

    /** {@code handler,aht_seconds,patience_seconds,service_level_percent,answer_seconds,shrinkage_percent}. */
    record HandlerRow(
            String handler,
            OptionalDouble ahtSeconds,
            OptionalDouble patienceSeconds,
            double serviceLevelPercent,
            double answerSeconds,
            double shrinkagePercent) {}

    /** {@code vendor,interval_start} and any of {@code committed_hours,scheduled_hours,delivered_hours}. */
    record HoursRow(
            int line,
            String vendor,
            LocalDateTime start,
            OptionalDouble committed,
            OptionalDouble scheduled,
            OptionalDouble delivered,
            boolean hasCommitted,
            boolean hasScheduled,
            boolean hasDelivered) {}

    static List<ForecastRow> forecast(String file, String text) {
        Table t = Table.read(
                file, text, List.of("queue", "region", "interval_start", "contacts", "aht_seconds"), List.of());
        List<ForecastRow> out = new ArrayList<>();
        for (Line l : t.lines()) {
            double contacts = l.number("contacts", 0, Double.MAX_VALUE);
            double aht = l.number("aht_seconds", 0, 86_400);
            if (contacts > 0 && aht <= 0) {
                throw l.error("aht_seconds", "a number > 0 when contacts > 0", l.raw("aht_seconds"));
            }
            out.add(new ForecastRow(l.text("queue"), l.text("region"), l.timestamp("interval_start"), contacts, aht));
        }
        return out;
    }

    static List<SplitRow> splits(String file, String text) {
        Table t =
                Table.read(file, text, List.of("queue", "region", "handler"), List.of("share_percent", "cap_contacts"));
        List<SplitRow> out = new ArrayList<>();
        for (Line l : t.lines()) {
            OptionalDouble share = l.optionalNumber("share_percent", 0, 100);
            OptionalDouble cap = l.optionalNumber("cap_contacts", 0, Double.MAX_VALUE);
            if (share.isPresent() && cap.isPresent()) {
                throw l.error("cap_contacts", "either a share or a cap, not both", l.raw("cap_contacts"));
            }
            out.add(new SplitRow(l.text("queue"), l.text("region"), l.text("handler"), share, cap));
        }
        return out;
    }

    static List<HandlerRow> handlers(String file, String text) {
        Table t = Table.read(
                file,
                text,
                List.of("handler"),
                List.of(
                        "aht_seconds",
                        "patience_seconds",
                        "service_level_percent",
                        "answer_seconds",
                        "shrinkage_percent"));
        List<HandlerRow> out = new ArrayList<>();
        for (Line l : t.lines()) {
            out.add(new HandlerRow(
                    l.text("handler"),
                    l.optionalNumber("aht_seconds", 1, 86_400),
                    l.optionalNumber("patience_seconds", 1, 86_400),
                    l.optionalNumber("service_level_percent", 1, 99.99).orElse(80),
                    l.optionalNumber("answer_seconds", 0, 86_400).orElse(20),
                    l.optionalNumber("shrinkage_percent", 0, 95).orElse(30)));
        }
        return out;
    }

    static List<HoursRow> hours(String file, String text) {
        Table t = Table.read(
                file,
                text,
                List.of("vendor", "interval_start"),
                List.of("committed_hours", "scheduled_hours", "delivered_hours"));
        if (!t.has("committed_hours") && !t.has("scheduled_hours") && !t.has("delivered_hours")) {
            throw new InvalidRequestException(
                    "file",
                    file + " line 1: expected at least one of committed_hours, scheduled_hours, delivered_hours");
        }
        List<HoursRow> out = new ArrayList<>();
        for (Line l : t.lines()) {
            out.add(new HoursRow(
                    l.number,
                    l.text("vendor"),
                    l.timestamp("interval_start"),
                    l.optionalNumber("committed_hours", 0, 100_000),
                    l.optionalNumber("scheduled_hours", 0, 100_000),
                    l.optionalNumber("delivered_hours", 0, 100_000),
                    t.has("committed_hours"),
                    t.has("scheduled_hours"),
                    t.has("delivered_hours")));
        }
        return out;
    }

    /** Parses {@code 2026-03-02T09:30} or {@code 2026-03-02 09:30}. */
    static LocalDateTime parseTimestamp(String text) {
        return LocalDateTime.parse(text.strip().replace(' ', 'T'));
    }

    private record Table(String file, Map<String, Integer> columns, List<Line> lines) {

        boolean has(String column) {
            return columns.containsKey(column);
        }

        static Table read(String file, String text, List<String> required, List<String> optional) {
            if (text == null || text.isBlank()) {
                throw new InvalidRequestException(
                        "file", file + ": the file is empty; expected a header line " + String.join(",", required));
            }
            String[] rawLines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            String header = rawLines[0].startsWith("\uFEFF") ? rawLines[0].substring(1) : rawLines[0];
            Map<String, Integer> columns = new LinkedHashMap<>();
            String[] names = header.split(",", -1);
            for (int i = 0; i < names.length; i++) {
                String name = names[i].strip().toLowerCase(Locale.ROOT);
                if (!required.contains(name) && !optional.contains(name)) {
                    throw new InvalidRequestException(
                            "file",
                            file + " line 1, column " + (i + 1) + ": unknown column '" + names[i].strip()
                                    + "'; expected " + String.join(",", required)
                                    + (optional.isEmpty() ? "" : " and optionally " + String.join(",", optional)));
                }
                if (columns.put(name, i) != null) {
                    throw new InvalidRequestException(
                            "file", file + " line 1, column " + (i + 1) + ": column " + name + " appears twice");
                }
            }
            for (String r : required) {
                if (!columns.containsKey(r)) {
                    throw new InvalidRequestException(
                            "file", file + " line 1: missing column " + r + "; expected " + String.join(",", required));
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int n = 1; n < rawLines.length; n++) {
                if (rawLines[n].isBlank()) {
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    throw new InvalidRequestException(
                            "file", file + " line " + (n + 1) + ": more than " + MAX_ROWS + " rows");
                }
                String[] cells = rawLines[n].split(",", -1);
                if (cells.length != names.length) {
                    throw new InvalidRequestException(
                            "file",
                            file + " line " + (n + 1) + ": expected " + names.length + " fields, found "
                                    + cells.length);
                }
                lines.add(new Line(file, n + 1, columns, cells));
            }
            return new Table(file, columns, lines);
        }
    }

    private record Line(String file, int number, Map<String, Integer> columns, String[] cells) {

        String raw(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : cells[i].strip();
        }

        InvalidRequestException error(String column, String expected, String was) {
            return new InvalidRequestException(
                    column,
                    file + " line " + number + ", column " + column + ": expected " + expected + ", was '" + was + "'");
        }

        String text(String column) {
            String v = raw(column);
            if (v.isEmpty() || v.length() > 100 || v.contains("\"")) {
                throw error(column, "a value of 1 to 100 characters without quotes", v);
            }
            return v;
        }

        LocalDateTime timestamp(String column) {
            String v = raw(column);
            try {
                return parseTimestamp(v);
            } catch (DateTimeParseException e) {
                throw error(column, "a local date and time such as 2026-03-02T09:30", v);
            }
        }

        double number(String column, double min, double max) {
            OptionalDouble n = optionalNumber(column, min, max);
            if (n.isEmpty()) {
                throw error(column, "a number", "");
            }
            return n.getAsDouble();
        }

        OptionalDouble optionalNumber(String column, double min, double max) {
            String v = raw(column);
            if (v.isEmpty()) {
                return OptionalDouble.empty();
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(column, "a number", v);
            }
            if (!(d >= min && d <= max)) {
                throw error(column, "a number from " + fmt(min) + " to " + fmt(max), v);
            }
            return OptionalDouble.of(d);
        }

        private static String fmt(double d) {
            return d == Double.MAX_VALUE ? "any" : (d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
        }
    }
}
