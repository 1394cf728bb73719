package com.steward.analytics.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a mapping's text line by line, so that every problem is reported with its line, and validates it.
 *
 * <p>The text is properties-like: one {@code key=value} per line, {@code #} or {@code !} comments, blank lines, a
 * trailing {@code \} continuing a line. Values are unescaped as {@link Properties} does, except those of {@code
 * expr.} and {@code filter}, which are SQL and taken as written (so that {@code '\d'} in a regular expression stays).
 * The app stores the text as given, comments and order included; this class only reads it.
 */
public final class MappingText {

    private MappingText() {}

    /** One problem of a mapping's text; {@code line} 0 when it concerns the whole mapping. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return (line > 0 ? "line " + line + ": " : "") + message;
        }
    }

    /** A mapping text with problems; the message lists all of them, one per line. */
    public static final class InvalidMapping extends IllegalArgumentException {
        private final transient List<Problem> problems;

        InvalidMapping(List<Problem> problems) {
            super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private static final List<String> KEYS = List.of(
            "name",
            "delimiter",
            "timeZone",
            "timestampFormat",
            "column.<canonical>",
            "datetime.<canonical>",
            "constant.<canonical>",
            "code.<canonical>.<source value>",
            "expr.<canonical>",
            "filter");

    /** Canonical columns of interaction records. */
    static final Set<String> INTERACTION_COLUMNS =
            CanonicalColumn.INTERACTION.stream().map(CanonicalColumn::name).collect(Collectors.toSet());

    /** Canonical columns of customer events. */
    static final Set<String> EVENT_COLUMNS =
            CanonicalColumn.CUSTOMER_EVENT.stream().map(CanonicalColumn::name).collect(Collectors.toSet());

    /**
     * Parses and validates {@code text} strictly: unknown keys, unknown canonical columns, a column given two
     * sources, an unusable delimiter, zone or expression, and a required column without a source are refused.
     * Returns the mapping named {@code name}; throws {@link InvalidMapping} listing every problem with its line.
     */
    public static ColumnMapping validate(String name, String text) {
        List<Problem> problems = new ArrayList<>();
        ColumnMapping mapping = read(text, problems);
        if (!problems.isEmpty()) {
            throw new InvalidMapping(problems);
        }
        return mapping.withName(name);
    }

    /** One logical line: its first physical line number and text (continuations joined). */
    private record Line(int number, String text) {}

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] physical = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < physical.length; i++) {
            int first = i + 1;
            String line = physical[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line) && i + 1 < physical.length) {
                logical.append(line, 0, line.length() - 1);
                line = physical[++i].stripLeading();
            }
            logical.append(line);
            lines.add(new Line(first, logical.toString()));
        }
        return lines;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * Reads {@code text}; with {@code problems == null} leniently (unknown keys ignored, as saved mappings were
     * read before validation existed), else collecting every problem.
     */
    static ColumnMapping read(String text, List<Problem> problems) {
        boolean strict = problems != null;
        List<Problem> found = strict ? problems : new ArrayList<>();
        Map<String, Integer> keyLines = new HashMap<>();
        Map<String, Integer> sourceLines = new HashMap<>();
        Map<String, String> settings = new HashMap<>();
        Map<String, String> columns = new TreeMap<>();
        Map<String, List<String>> dateTime = new TreeMap<>();
        Map<String, String> constants = new TreeMap<>();
        Map<String, Map<String, String>> codes = new TreeMap<>();
        Map<String, String> expressions = new LinkedHashMap<>();
        Map<String, Integer> expressionLines = new LinkedHashMap<>();
        String filter = null;
        int filterLine = 0;
        for (Line line : lines(text == null ? "" : text)) {
            String key;
            String value;
            int equals = line.text().indexOf('=');
            String rawKey = equals < 0
                    ? line.text().strip()
                    : line.text().substring(0, equals).strip();
            if (rawKey.startsWith("expr.") || rawKey.equals("filter")) {
                key = rawKey;
                value = equals < 0 ? "" : line.text().substring(equals + 1).strip();
            } else {
                Properties one = new Properties();
                try {
                    one.load(new StringReader(line.text()));
                } catch (IOException | IllegalArgumentException e) {
                    found.add(new Problem(line.number(), "cannot be read: " + e.getMessage()));
                    continue;
                }
                if (one.isEmpty()) {
                    continue;
                }
                key = one.stringPropertyNames().iterator().next();
                value = one.getProperty(key);
            }
            Integer earlier = keyLines.putIfAbsent(key, line.number());
            if (earlier != null) {
                found.add(new Problem(line.number(), "'" + key + "' is already set on line " + earlier));
                continue;
            }
            String target = null;
            if (key.startsWith("column.")) {
                target = key.substring(7);
                columns.put(target, value.strip());
            } else if (key.startsWith("datetime.")) {
                target = key.substring(9);
                int comma = value.indexOf(',');
                if (comma < 0) {
                    found.add(new Problem(line.number(), key + " must be 'dateColumn,timeColumn'"));
                    continue;
                }
                dateTime.put(
                        target,
                        List.of(
                                value.substring(0, comma).strip(),
                                value.substring(comma + 1).strip()));
            } else if (key.startsWith("constant.")) {
                target = key.substring(9);
                constants.put(target, value);
            } else if (key.startsWith("code.")) {
                String rest = key.substring(5);
                int dot = rest.indexOf('.');
                if (dot < 0) {
                    found.add(new Problem(line.number(), key + " must be 'code.<column>.<source value>'"));
                    continue;
                }
                checkCanonical(rest.substring(0, dot), line.number(), strict, found);
                codes.computeIfAbsent(rest.substring(0, dot), k -> new TreeMap<>())
                        .put(rest.substring(dot + 1), value);
            } else if (key.startsWith("expr.")) {
                target = key.substring(5);
                expressions.put(target, value);
                expressionLines.put(target, line.number());
            } else if (key.equals("filter")) {
                filter = value;
                filterLine = line.number();
            } else if (Set.of("name", "delimiter", "timeZone", "timestampFormat")
                    .contains(key)) {
                settings.put(key, value);
                settingProblem(key, value, line.number(), found);
            } else if (strict) {
                found.add(new Problem(
                        line.number(), "unknown key '" + key + "'; the keys are " + String.join(", ", KEYS)));
            }
            if (target != null) {
                checkCanonical(target, line.number(), strict, found);
                Integer other = sourceLines.putIfAbsent(target, line.number());
                if (other != null && strict) {
                    found.add(new Problem(
                            line.number(), "'" + target + "' already has a source on line " + other + "; give one"));
                }
            }
        }
        if (strict) {
            expressionLines.forEach(
                    (column, number) -> expressionProblem("expr." + column, expressions.get(column), number, found));
            if (filter != null) {
                expressionProblem("filter", filter, filterLine, found);
            }
            requiredProblems(sourceLines, found);
        }
        String delimiter = settings.get("delimiter");
        String zone = settings.get("timeZone");
        ZoneId timeZone = null;
        try {
            timeZone = zone == null || zone.isBlank() ? null : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            if (!strict) {
                throw new IllegalArgumentException("timeZone: " + e.getMessage(), e);
            }
        }
        return new ColumnMapping(
                settings.getOrDefault("name", "unnamed"),
                delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0),
                timeZone,
                settings.get("timestampFormat"),
                columns,
                dateTime,
                constants,
                codes,
                expressions,
                filter);
    }

    private static void settingProblem(String key, String value, int line, List<Problem> found) {
        switch (key) {
            case "delimiter" -> {
                if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) == '\n') {
                    found.add(new Problem(line, "delimiter must be one character other than a quote"));
                }
            }
            case "timeZone" -> {
                try {
                    ZoneId.of(value.strip());
                } catch (DateTimeException e) {
                    found.add(new Problem(line, "unknown time zone '" + value + "' (e.g. Europe/Berlin, UTC)"));
                }
            }
            default -> {}
        }
    }

    private static void checkCanonical(String target, int line, boolean strict, List<Problem> found) {
        if (!strict || INTERACTION_COLUMNS.contains(target) || EVENT_COLUMNS.contains(target)) {
            return;
        }
        String known = Stream.concat(INTERACTION_COLUMNS.stream(), EVENT_COLUMNS.stream())
                .sorted()
                .distinct()
                .collect(Collectors.joining(", "));
        String near = Stream.concat(INTERACTION_COLUMNS.stream(), EVENT_COLUMNS.stream())
                .filter(c -> distance(c, target.toLowerCase(Locale.ROOT)) <= 2)
                .findFirst()
                .map(c -> " (did you mean '" + c + "'?)")
                .orElse("");
        found.add(new Problem(line, "'" + target + "' is not a canonical column" + near + "; they are " + known));
    }

    private static void expressionProblem(String key, String sql, int line, List<Problem> found) {
        try {
            RowExpression.parse(sql);
        } catch (IllegalArgumentException e) {
            found.add(new Problem(line, key + " is refused: " + e.getMessage()));
        }
    }

    /**
     * The required columns of the mapping's dataset without a source. The dataset is customer events when the
     * mapping targets a column only they have ({@code event}, {@code at}, {@code value}), else interactions.
     */
    private static void requiredProblems(Map<String, Integer> sources, List<Problem> found) {
        boolean events =
                sources.keySet().stream().anyMatch(c -> EVENT_COLUMNS.contains(c) && !INTERACTION_COLUMNS.contains(c));
        List<CanonicalColumn> canonical = events ? CanonicalColumn.CUSTOMER_EVENT : CanonicalColumn.INTERACTION;
        Set<String> missing = new TreeSet<>();
        for (CanonicalColumn column : canonical) {
            if (column.required() && !sources.containsKey(column.name())) {
                missing.add(column.name());
            }
        }
        if (!missing.isEmpty()) {
            found.add(new Problem(
                    0,
                    "required " + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing)
                            + (missing.size() == 1 ? " has" : " have") + " no source: give each a column.<name>="
                            + " (the file's column, even if it has the same name), expr., datetime. or constant."));
        }
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
