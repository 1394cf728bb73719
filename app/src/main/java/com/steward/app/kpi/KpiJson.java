package com.steward.app.kpi;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON and CSV shape of KPI rows, shared by {@code steward kpi} and {@code GET /api/v1/kpis}: each row
 * holds its grouping keys and every metric under its snake_case id as {@code {value, numerator, denominator,
 * low, high, n}}; {@code low}/{@code high} are left out where not defined; a metric no contact reports (n = 0) has
 * {@code value} {@code null} ("not reported", never 0 % or 100 %).
 */
public final class KpiJson {

    private KpiJson() {}

    private static final JsonMapper COMPACT = JsonMapper.builder().build();
    private static final JsonMapper INDENTED =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * The rows as JSON text, written by this class's own mapper so that the API and the CLI print the same
     * thing whatever the application's Jackson settings ({@code null} values are kept).
     */
    public static String text(List<KpiRow> rows, boolean indent) {
        return (indent ? INDENTED : COMPACT).writeValueAsString(rows(rows));
    }

    public static List<Map<String, Object>> rows(List<KpiRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (KpiRow row : rows) {
            Map<String, Object> json = new LinkedHashMap<>(row.keys());
            row.metrics().forEach((id, value) -> json.put(id, metric(value)));
            out.add(json);
        }
        return out;
    }

    public static Map<String, Object> metric(MetricValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.value());
        m.put("numerator", v.numerator());
        m.put("denominator", v.denominator());
        if (v.low() != null && Double.isFinite(v.low())) {
            m.put("low", v.low());
        }
        if (v.high() != null && Double.isFinite(v.high())) {
            m.put("high", v.high());
        }
        m.put("n", v.sampleSize());
        return m;
    }

    /** The catalogue: id, display name, kind, unit, direction, shape. */
    public static List<Map<String, String>> catalogue() {
        return KpiCatalogue.metrics().stream()
                .map(m -> {
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry.put("id", m.id());
                    entry.put("name", m.displayName());
                    entry.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
                    entry.put("unit", m.unit().name().toLowerCase(Locale.ROOT));
                    entry.put("direction", m.direction().name().toLowerCase(Locale.ROOT));
                    entry.put("shape", m.shape().name().toLowerCase(Locale.ROOT));
                    return entry;
                })
                .toList();
    }

    /** Long CSV: one line per group and metric (keys…, metric, value, numerator, denominator, low, high, n). */
    public static void csv(List<KpiRow> rows, List<String> keyNames, PrintWriter out) {
        out.println(String.join(",", keyNames) + (keyNames.isEmpty() ? "" : ",")
                + "metric,value,numerator,denominator,low,high,n");
        for (KpiRow row : rows) {
            StringBuilder keys = new StringBuilder();
            for (String key : keyNames) {
                keys.append(field(row.keys().get(key))).append(',');
            }
            row.metrics()
                    .forEach((id, v) -> out.println(keys + id + "," + number(v.value()) + "," + v.numerator() + ","
                            + v.denominator() + "," + number(v.low()) + "," + number(v.high()) + "," + v.sampleSize()));
        }
        out.flush();
    }

    private static String number(@Nullable Double v) {
        return v == null || !Double.isFinite(v) ? "" : Double.toString(v);
    }

    private static String field(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
