package com.steward.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every row of the shared reference file (a verbatim copy of
 * {@code shared/reference/erlang-cases.csv}). Rows marked {@code agrees=NO} encode a peer's
 * off-by-one bug: the engine must not reproduce them and must match the recomputed value instead.
 */
class ErlangReferenceCasesTest {

    private static final Pattern OFFERED_LOAD = Pattern.compile("\\(A=([0-9.]+) erl\\)");
    private static final Pattern SHRINKAGE = Pattern.compile("with_shrinkage_([0-9.]+)");
    private static final Pattern MAX_OCCUPANCY = Pattern.compile("max_occupancy ([0-9.]+)");

    record Row(Map<String, String> fields) {
        String get(String name) {
            return fields.get(name);
        }

        double number(String name) {
            return Double.parseDouble(get(name));
        }

        boolean has(String name) {
            return !get(name).isBlank();
        }

        @Override
        public String toString() {
            return get("case_id") + " " + get("metric");
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = ErlangReferenceCasesTest.class.getResourceAsStream("/reference/erlang-cases.csv")) {
            assertThat(in).as("reference file on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = split(reader.readLine());
            List<Row> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = split(line);
                assertThat(values).as("fields of " + line).hasSameSizeAs(header);
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    map.put(header.get(i), values.get(i));
                }
                rows.add(new Row(map));
            }
            return rows;
        }
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

    static Stream<Row> cases() throws IOException {
        return rows().stream();
    }

    @Test
    void referenceFileHasAllFourteenCasesIncludingTheBuggyOnes() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(14);
        assertThat(rows.stream().filter(r -> r.get("agrees").equals("NO"))).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computedValueMatchesTheReferenceAndNeverTheKnownBug(Row row) {
        double computed = compute(row);
        double expected = row.number("expected");
        double tolerance = row.number("tolerance");
        if (row.get("agrees").equalsIgnoreCase("yes")) {
            assertThat(computed).as(row.toString()).isCloseTo(expected, within(tolerance));
        } else {
            assertThat(Math.abs(computed - expected))
                    .as(row + " must not reproduce the buggy published value " + expected)
                    .isGreaterThan(tolerance);
            assertThat(computed)
                    .as(row + " must match the recomputed value")
                    .isCloseTo(row.number("recomputed"), within(recomputedTolerance(row)));
        }
    }

    /** Half a unit in the last printed digit of {@code recomputed}, at least the row tolerance. */
    private static double recomputedTolerance(Row row) {
        String text = row.get("recomputed");
        int dot = text.indexOf('.');
        int decimals = dot < 0 ? 0 : text.length() - dot - 1;
        return Math.max(row.number("tolerance"), 0.5 * Math.pow(10, -decimals));
    }

    private static double compute(Row row) {
        String model = row.get("model");
        String metric = row.get("metric");
        Matcher load = OFFERED_LOAD.matcher(metric);
        if (model.equals("ErlangB")) {
            assertThat(load.find()).as("Erlang B rows give the load").isTrue();
            return ErlangB.blocking(Double.parseDouble(load.group(1)), (int) row.number("agents"));
        }
        if (load.find()) {
            double a = Double.parseDouble(load.group(1));
            assertThat(metric).startsWith("probability_of_wait");
            return ErlangC.probabilityOfWait(a, (int) row.number("agents"));
        }
        StaffingInput input = new StaffingInput(
                row.number("calls_per_interval"),
                row.number("interval_s"),
                row.number("aht_s"),
                row.has("target_time_s") ? row.number("target_time_s") : 0);
        QueueModel queue =
                model.equals("ErlangA") ? QueueModel.erlangA(row.number("mean_patience_s")) : QueueModel.erlangC();
        if (metric.startsWith("required_agents")) {
            Matcher occ = MAX_OCCUPANCY.matcher(row.get("note"));
            double cap = occ.find() ? Double.parseDouble(occ.group(1)) : 1;
            StaffingGoal goal =
                    StaffingGoal.serviceLevel(row.number("target_sl")).withMaxOccupancy(cap);
            int agents = RequiredAgents.find(queue, input, goal).agents();
            Matcher shrink = SHRINKAGE.matcher(metric);
            return shrink.find()
                    ? Fte.fromAgents(agents, Double.parseDouble(shrink.group(1)))
                            .roundedFte()
                    : agents;
        }
        QueueMetrics m = queue.metrics(input, (int) row.number("agents"));
        if (metric.startsWith("probability_of_wait")) {
            return m.probabilityOfWait();
        }
        if (metric.startsWith("service_level")) {
            return m.serviceLevel();
        }
        if (metric.startsWith("occupancy")) {
            return m.occupancy();
        }
        if (metric.startsWith("ASA_s")) {
            return m.asaSeconds();
        }
        if (metric.startsWith("P(abandon)")) {
            return m.probabilityOfAbandon();
        }
        throw new AssertionError("unmapped metric " + metric);
    }
}
