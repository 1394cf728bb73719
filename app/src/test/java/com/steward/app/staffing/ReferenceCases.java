package com.steward.app.staffing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference Erlang cases of {@code core} (peer values checked by hand), read from the file, not copied. */
public final class ReferenceCases {

    /** One row: column name → text. */
    public record Case(Map<String, String> cells) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        public double number(String column) {
            return Double.parseDouble(get(column));
        }

        public boolean agrees() {
            return get("agrees").equalsIgnoreCase("yes");
        }
    }

    private ReferenceCases() {}

    public static List<Case> all() {
        Path file = Path.of("../core/src/test/resources/reference/erlang-cases.csv");
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.getFirst().split(",", -1);
            List<Case> cases = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length && i < cells.size(); i++) {
                    row.put(header[i], cells.get(i));
                }
                cases.add(new Case(row));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case with this id. */
    public static Case byId(String id) {
        return all().stream()
                .filter(c -> c.get("case_id").equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}
