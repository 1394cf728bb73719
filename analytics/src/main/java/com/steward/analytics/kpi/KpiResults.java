package com.steward.analytics.kpi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * KPI results as JSON lines, one {@link KpiRow} per line, the shape of the {@code kpi --json} rows:
 *
 * <pre>{"keys":{"handled_by":"acme","month":"2026-03"},
 *  "metrics":{"fcr":{"value":0.71,"numerator":812,"denominator":1143,"low":0.68,"high":0.74,"sample_size":1143},…}}</pre>
 *
 * A key may be {@code null}; {@code value} is {@code null} where the metric is not reported (n = 0);
 * {@code low}/{@code high} are {@code null} where not defined. Doubles are written in Java's shortest round-trip
 * form, so reading gives back exactly the numbers written. Plain Java, no JSON library: the app can read results
 * without Spark on its class path.
 */
public final class KpiResults {
    /** The file name {@link KpiJob} writes inside its output folder. */
    public static final String FILE = "kpi-results.jsonl";

    private KpiResults() {}

    /** One row as a single JSON line (no line break). */
    public static String toJson(KpiRow row) {
        StringBuilder out = new StringBuilder(256).append("{\"keys\":{");
        boolean first = true;
        for (Map.Entry<String, String> key : row.keys().entrySet()) {
            out.append(first ? "" : ",");
            string(out, key.getKey()).append(':');
            if (key.getValue() == null) {
                out.append("null");
            } else {
                string(out, key.getValue());
            }
            first = false;
        }
        out.append("},\"metrics\":{");
        first = true;
        for (Map.Entry<String, MetricValue> metric : row.metrics().entrySet()) {
            MetricValue m = metric.getValue();
            out.append(first ? "" : ",");
            string(out, metric.getKey()).append(":{\"value\":");
            number(out, m.value());
            out.append(",\"numerator\":").append(m.numerator());
            out.append(",\"denominator\":").append(m.denominator());
            out.append(",\"low\":");
            number(out, m.low());
            out.append(",\"high\":");
            number(out, m.high());
            out.append(",\"sample_size\":").append(m.sampleSize()).append('}');
            first = false;
        }
        return out.append("}}").toString();
    }

    /** Writes the rows, one line each. */
    public static void write(Writer writer, List<KpiRow> rows) throws IOException {
        for (KpiRow row : rows) {
            writer.write(toJson(row));
            writer.write('\n');
        }
    }

    /**
     * Reads results: a {@code .jsonl} file, or a folder (a job's {@code --out}) whose {@code *.jsonl} files are
     * read in name order.
     */
    public static List<KpiRow> read(Path path) {
        try {
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                            .sorted()
                            .toList();
                }
            } else {
                files = List.of(path);
            }
            List<KpiRow> rows = new ArrayList<>();
            for (Path file : files) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    int lineNumber = 0;
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lineNumber++;
                        if (!line.isBlank()) {
                            try {
                                rows.add(fromJson(line));
                            } catch (IllegalArgumentException e) {
                                throw new IllegalArgumentException(
                                        file + " line " + lineNumber + ": " + e.getMessage(), e);
                            }
                        }
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one line written by {@link #toJson}. */
    @SuppressWarnings("unchecked")
    public static KpiRow fromJson(String line) {
        Object parsed = new Json(line).document();
        if (!(parsed instanceof Map<?, ?> object)
                || !(object.get("keys") instanceof Map<?, ?> keys)
                || !(object.get("metrics") instanceof Map<?, ?> metrics)) {
            throw new IllegalArgumentException("expected {\"keys\":{…},\"metrics\":{…}}");
        }
        Map<String, String> keyMap = new LinkedHashMap<>();
        keys.forEach((k, v) -> keyMap.put((String) k, v == null ? null : v.toString()));
        Map<String, MetricValue> values = new LinkedHashMap<>();
        metrics.forEach((k, v) -> {
            if (!(v instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("metric " + k + " is not an object");
            }
            Map<String, Object> metric = (Map<String, Object>) m;
            Double value = asDouble(metric.get("value"));
            values.put(
                    (String) k,
                    new MetricValue(
                            value,
                            asLong(metric.get("numerator")),
                            asLong(metric.get("denominator")),
                            asDouble(metric.get("low")),
                            asDouble(metric.get("high")),
                            asLong(metric.get("sample_size"))));
        });
        return new KpiRow(keyMap, values);
    }

    private static Double asDouble(Object o) {
        return o == null ? null : Double.valueOf(o.toString());
    }

    private static long asLong(Object o) {
        return o == null ? 0 : Long.parseLong(o.toString());
    }

    private static void number(StringBuilder out, Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            out.append("null");
        } else {
            out.append(d.doubleValue());
        }
    }

    private static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /**
     * A minimal JSON reader for the result lines: objects, strings, numbers (kept as their text), true/false and
     * null; arrays are not used by the format and rejected.
     */
    private static final class Json {
        private final String text;
        private int pos;

        Json(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            skipSpace();
            if (pos != text.length()) {
                throw error("unexpected text after the object");
            }
            return value;
        }

        private Object value() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                return object();
            }
            if (c == '"') {
                return string();
            }
            if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw error("unexpected '" + c + "'");
            }
            return text.substring(start, pos);
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw error("expected a name");
                }
                String name = string();
                skipSpace();
                if (peek() != ':') {
                    throw error("expected ':'");
                }
                pos++;
                map.put(name, value());
                skipSpace();
                char c = peek();
                pos++;
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(pos++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            throw error("unterminated string");
        }

        private char peek() {
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(pos);
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(message + " at character " + (pos + 1));
        }
    }
}
