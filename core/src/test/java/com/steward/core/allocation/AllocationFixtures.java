package com.steward.core.allocation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for allocation tests, and the shared Erlang reference file read by case id. */
final class AllocationFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final Segment BILLING_TX = new Segment("billing", "TX");
    static final Segment TECH_CA = new Segment("technical", "CA");

    private AllocationFixtures() {}

    static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    static AllocationRequest oneDay(
            Duration length, List<Handler> handlers, List<Split> splits, List<ForecastInterval> f) {
        return new AllocationRequest(DAY, DAY, length, handlers, splits, f);
    }

    /** Fields of one row of {@code shared/reference/erlang-cases.csv} (copied to the test classpath), by case id. */
    static Map<String, String> referenceCase(String caseId) throws IOException {
        try (InputStream in = AllocationFixtures.class.getResourceAsStream("/reference/erlang-cases.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = split(reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> values = split(line);
                if (values.getFirst().equals(caseId)) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), values.get(i));
                    }
                    return row;
                }
            }
        }
        throw new IllegalArgumentException("no reference case " + caseId);
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
