package com.steward.app.kpi.web;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.analytics.kpi.VendorFilter;
import com.steward.app.kpi.KpiExplorer;
import com.steward.app.kpi.KpiRequests;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The KPI explorer: a period, a grouping and a metric; a table with value, numerator / denominator, n and the
 * 95% interval, and a trend chart per handler with interval bands. Every role; scoped by {@link KpiExplorer}.
 */
@Controller
class KpiPageController {

    /** What a metric with n = 0 shows: no contact carries its inputs (never 0 % or 100 %). */
    static final String NOT_REPORTED = "not reported";

    static final List<String> GROUPINGS = List.of("handled_by", "queue", "region", "channel", "site");
    static final List<String> PERIODS = List.of("none", "day", "week", "month", "quarter");

    private final KpiExplorer explorer;
    private final ObjectMapper json;
    private final Clock clock;

    KpiPageController(KpiExplorer explorer, ObjectMapper json, Clock clock) {
        this.explorer = explorer;
        this.json = json;
        this.clock = clock;
    }

    /** One table line, formatted. */
    record Line(List<String> keys, String value, long numerator, long denominator, long n, String interval) {}

    /** One handler's trend: values and interval bounds per period label ({@code null} where absent). */
    record Series(
            String label,
            boolean inhouse,
            List<@Nullable Double> values,
            List<@Nullable Double> low,
            List<@Nullable Double> high) {}

    @GetMapping("/govern/kpis")
    String explore(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to,
            @RequestParam(name = "by", required = false) @Nullable List<String> by,
            @RequestParam(name = "period", defaultValue = "month") String period,
            @RequestParam(name = "metric", defaultValue = "csat") String metric,
            Model model,
            HttpServletResponse response) {
        Optional<KpiExplorer.DataMonths> months = explorer.dataMonths();
        YearMonth last = months.map(KpiExplorer.DataMonths::last).orElse(YearMonth.now(clock));
        YearMonth first = months.map(KpiExplorer.DataMonths::first).orElse(last.minusMonths(2));
        if (first.isBefore(last.minusMonths(11))) {
            first = last.minusMonths(11);
        }
        String fromText = from == null || from.isBlank() ? first.atDay(1).toString() : from;
        String toText = to == null || to.isBlank() ? last.atEndOfMonth().toString() : to;
        List<String> groups = by == null
                ? List.of("handled_by")
                : by.stream().filter(GROUPINGS::contains).toList();
        String periodKey = PERIODS.contains(period) ? period : "month";
        model.addAttribute("from", fromText);
        model.addAttribute("to", toText);
        model.addAttribute("by", groups);
        model.addAttribute("period", periodKey);
        model.addAttribute("metric", metric);
        model.addAttribute("groupings", GROUPINGS);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("catalogue", KpiCatalogue.metrics());
        model.addAttribute("hasData", months.isPresent());
        model.addAttribute("restricted", explorer.restricted());
        try {
            KpiCatalogue.Metric definition = catalogueEntry(metric);
            List<String> keys = new ArrayList<>(groups);
            if (!periodKey.equals("none")) {
                keys.add(periodKey);
            }
            KpiQuery base = KpiRequests.parse(fromText, toText, String.join(",", keys), metric);
            List<KpiRow> rows = explorer.run(base);
            model.addAttribute("keyNames", keys);
            model.addAttribute("lines", lines(rows, keys, definition));
            model.addAttribute("definition", definition);
            Dimension trendPeriod = periodKey.equals("none") ? Dimension.MONTH : Dimension.fromKey(periodKey);
            KpiQuery trendQuery = new KpiQuery(
                    base.from(),
                    base.to(),
                    List.of(Dimension.HANDLED_BY, trendPeriod),
                    VendorFilter.all(),
                    Set.of(metric),
                    null);
            model.addAttribute("chartJson", chart(explorer.run(trendQuery), trendPeriod, definition));
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("lines", List.of());
            model.addAttribute("keyNames", List.of());
        }
        return "kpi/explorer";
    }

    private static KpiCatalogue.Metric catalogueEntry(String metric) {
        try {
            return KpiCatalogue.byId(metric);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("metric", e.getMessage());
        }
    }

    private static List<Line> lines(List<KpiRow> rows, List<String> keys, KpiCatalogue.Metric metric) {
        List<Line> lines = new ArrayList<>();
        for (KpiRow row : rows) {
            MetricValue v = row.metric(metric.id());
            if (v == null) {
                continue;
            }
            List<String> values = keys.stream()
                    .map(k -> row.keys().get(k) == null ? "—" : row.keys().get(k))
                    .toList();
            String interval = v.low() == null || v.high() == null
                    ? "—"
                    : format(v.low(), metric) + " – " + format(v.high(), metric);
            lines.add(new Line(
                    values, format(v.value(), metric), v.numerator(), v.denominator(), v.sampleSize(), interval));
        }
        return lines;
    }

    static String format(@Nullable Double value, KpiCatalogue.Metric metric) {
        if (value == null || !Double.isFinite(value)) {
            return NOT_REPORTED;
        }
        return switch (metric.unit()) {
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(value));
            case RATIO -> String.format(Locale.ROOT, "%.1f %%", 100 * value);
            case SECONDS -> String.format(Locale.ROOT, "%.1f s", value);
            case NPS_POINTS, POINTS -> String.format(Locale.ROOT, "%.1f", value);
        };
    }

    private String chart(List<KpiRow> rows, Dimension period, KpiCatalogue.Metric metric) {
        TreeSet<String> labels = new TreeSet<>();
        Map<String, Map<String, MetricValue>> byHandler = new LinkedHashMap<>();
        for (KpiRow row : rows) {
            String handler = row.keys().get("handled_by");
            String key = row.keys().get(period.key());
            MetricValue v = row.metric(metric.id());
            if (handler == null || key == null || v == null) {
                continue;
            }
            labels.add(key);
            byHandler.computeIfAbsent(handler, h -> new LinkedHashMap<>()).put(key, v);
        }
        double scale = metric.unit() == KpiCatalogue.Unit.RATIO ? 100 : 1;
        List<Series> series = new ArrayList<>();
        byHandler.forEach((handler, values) -> {
            List<@Nullable Double> value = new ArrayList<>();
            List<@Nullable Double> low = new ArrayList<>();
            List<@Nullable Double> high = new ArrayList<>();
            for (String label : labels) {
                MetricValue v = values.get(label);
                value.add(v == null || !v.reported() ? null : v.value() * scale);
                low.add(v == null || v.low() == null ? null : v.low() * scale);
                high.add(v == null || v.high() == null ? null : v.high() * scale);
            }
            series.add(new Series(handler, handler.equals("inhouse"), value, low, high));
        });
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "kpi-trend");
        chart.put("metric", metric.displayName());
        chart.put(
                "unit",
                metric.unit() == KpiCatalogue.Unit.RATIO
                        ? "%"
                        : metric.unit().name().toLowerCase(Locale.ROOT));
        chart.put("labels", List.copyOf(labels));
        chart.put("series", series);
        return json.writeValueAsString(chart);
    }
}
