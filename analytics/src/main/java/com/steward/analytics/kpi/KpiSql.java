package com.steward.analytics.kpi;

import com.steward.analytics.queries.SqlFiles;
import com.steward.core.statistics.Interval;
import com.steward.core.statistics.ProportionIntervals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Engine-independent parts of running the KPI SQL: loading and rendering the files, and turning their result
 * columns into {@link MetricValue}s. Every engine (DuckDB here, Spark later) uses these.
 */
public final class KpiSql {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

    private KpiSql() {}

    /** The raw text of a SQL file under {@code com/steward/analytics/kpi/}, through the one loader. */
    public static String load(String name) {
        return SqlFiles.load(KpiSql.class, name + ".sql");
    }

    /** The SQL files needed for {@code query}'s metrics, in catalogue order. */
    public static Set<String> files(KpiQuery query) {
        Set<String> files = new LinkedHashSet<>();
        KpiCatalogue.metrics().stream()
                .filter(m -> query.metrics().contains(m.id()))
                .forEach(m -> files.add(m.sqlFile()));
        return files;
    }

    /**
     * The query defining the {@code kpi_scope} view over the views {@code interactions}, {@code survey_responses} and
     * {@code qa_evaluations}: {@code kpi_scope.sql}, the in-scope contacts with the feeds' survey answers and QA
     * evaluations joined by ({@code source}, {@code interaction_id}). A lake without feed files gives the same rows
     * from the plain filter (every joined value would be NULL, so each COALESCE keeps the inline one), without the
     * two joins.
     */
    public static String scopeView(boolean feeds) {
        return feeds ? load("kpi_scope") : "SELECT * FROM interactions WHERE in_scope";
    }

    /** Vendor codes and segment values that may be inlined in SQL (every engine's string syntax accepts them). */
    private static final Pattern SQL_SAFE_VALUE = Pattern.compile("[A-Za-z0-9 _.:/-]{1,100}");

    /**
     * The conditions that restrict {@code kpi_scope} to the query's vendors and segments, as
     * {@code " AND handled_by IN ('acme') AND queue IN ('billing')"} (or {@code " AND 1 = 0"} for an
     * empty vendor set). One definition for every engine; values are checked against a safe
     * pattern before they are inlined, so no quoting rules of any engine are relied on.
     */
    public static String scopeCondition(KpiQuery query) {
        StringBuilder condition = new StringBuilder();
        if (!query.vendors().everyone()) {
            if (query.vendors().handlers().isEmpty()) {
                return " AND 1 = 0";
            }
            condition.append(in("handled_by", query.vendors().handlers()));
        }
        query.segments().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(segment -> condition.append(
                        segment.getValue().isEmpty()
                                ? " AND 1 = 0"
                                : in(column(segment.getKey()), segment.getValue())));
        return condition.toString();
    }

    private static String in(String column, Set<String> values) {
        return " AND " + column + " IN ("
                + String.join(
                        ", ", values.stream().sorted().map(KpiSql::safeLiteral).toList())
                + ")";
    }

    private static String safeLiteral(String value) {
        if (!SQL_SAFE_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid vendor code or segment value: " + value);
        }
        return "'" + value + "'";
    }

    /** The view column each dimension groups by ({@code period} for all period dimensions). */
    public static String column(Dimension dimension) {
        return dimension.isPeriod() ? "period" : dimension.key();
    }

    /** {@code name}.sql with its placeholders substituted for {@code query}. */
    public static String render(String name, KpiQuery query) {
        List<String> columns = query.groupBy().stream().map(KpiSql::column).toList();
        String keyColumns = columns.isEmpty() ? "" : String.join(", ", columns) + ",";
        String groupBy = columns.isEmpty() ? "" : "GROUP BY " + String.join(", ", columns);
        KpiSettings s = query.settings();
        return load(name)
                .replace("${key_columns}", keyColumns)
                .replace("${group_by}", groupBy)
                .replace("${service_level_us}", Long.toString(s.serviceLevelSeconds() * MICROS_PER_SECOND))
                .replace("${short_abandon_us}", Long.toString(s.shortAbandonSeconds() * MICROS_PER_SECOND))
                .replace("${fcr_window_us}", Long.toString(s.fcrWindowDays() * MICROS_PER_DAY))
                .replace(
                        "${fcr_horizon_us}",
                        Long.toString(micros(query.scopeEnd()) + s.fcrWindowDays() * MICROS_PER_DAY))
                .replace("${churn_window_us}", Long.toString(s.churnWindowDays() * MICROS_PER_DAY))
                .replace("${lead_window_us}", Long.toString(s.leadWindowDays() * MICROS_PER_DAY));
    }

    private static final long DAYS_PER_WEEK = 7;

    /**
     * Engine-neutral SQL for the period a contact falls in: the epoch day (days since 1970-01-01) of the period's
     * first day in the query's zone, computed from {@code arrivedUs} (epoch microseconds); {@code CAST(NULL AS
     * BIGINT)} when the query has no period dimension.
     *
     * <p>Why not {@code date_trunc} on the timestamp: with a session time zone both DuckDB and Spark go through a
     * calendar library per row, which cost DuckDB 1.3 s of a 3 s scan of 10M contacts. Here the zone's rules are
     * applied once, in Java, for the query's range: days and weeks are integer arithmetic on the local
     * microseconds (the UTC offset chosen by a balanced CASE over the zone's transitions), months and quarters a
     * balanced CASE over their first instants — a binary search of depth log₂(periods), plain SQL every engine
     * runs. Contacts before {@code from}'s period or from {@code to + 1 day} on get the first or last period; the
     * scope excludes them.
     */
    public static String periodEpochDay(KpiQuery query, String arrivedUs) {
        Dimension period =
                query.groupBy().stream().filter(Dimension::isPeriod).findFirst().orElse(null);
        if (period == null) {
            return "CAST(NULL AS BIGINT)";
        }
        ZoneId zone = query.settings().zone();
        Instant from = query.scopeStart();
        Instant to = query.scopeEnd();
        return switch (period) {
            case DAY, WEEK -> {
                String local = "(" + arrivedUs + " + " + offsetMicros(zone, from, to, arrivedUs) + ")";
                String day = "CAST((" + local + " - " + positiveMod(local, MICROS_PER_DAY) + ") / " + MICROS_PER_DAY
                        + " AS BIGINT)";
                // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays, the first day of an ISO week.
                yield period == Dimension.DAY
                        ? day
                        : "(" + day + " - " + positiveMod("(" + day + " + 3)", DAYS_PER_WEEK) + ")";
            }
            default -> {
                List<long[]> starts = new ArrayList<>();
                LocalDate start = period == Dimension.MONTH
                        ? query.from().withDayOfMonth(1)
                        : query.from().withDayOfMonth(1).withMonth((query.from().getMonthValue() - 1) / 3 * 3 + 1);
                int months = period == Dimension.MONTH ? 1 : 3;
                for (LocalDate d = start; !d.isAfter(query.to()); d = d.plusMonths(months)) {
                    starts.add(new long[] {micros(d.atStartOfDay(zone).toInstant()), d.toEpochDay()});
                }
                yield search(arrivedUs, starts, 0, starts.size());
            }
        };
    }

    /** The zone's UTC offset in microseconds at {@code arrivedUs}, for instants in [from, to). */
    private static String offsetMicros(ZoneId zone, Instant from, Instant to, String arrivedUs) {
        var rules = zone.getRules();
        List<long[]> offsets = new ArrayList<>();
        offsets.add(new long[] {Long.MIN_VALUE, rules.getOffset(from).getTotalSeconds() * MICROS_PER_SECOND});
        for (var t = rules.nextTransition(from);
                t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            offsets.add(new long[] {micros(t.getInstant()), t.getOffsetAfter().getTotalSeconds() * MICROS_PER_SECOND});
        }
        return search(arrivedUs, offsets, 0, offsets.size());
    }

    /** A balanced CASE picking the value of the last {@code (start, value)} pair with start ≤ x (or the first). */
    private static String search(String x, List<long[]> pairs, int lo, int hi) {
        if (hi - lo == 1) {
            return Long.toString(pairs.get(lo)[1]);
        }
        int mid = (lo + hi) >>> 1;
        return "CASE WHEN " + x + " < " + pairs.get(mid)[0] + " THEN " + search(x, pairs, lo, mid) + " ELSE "
                + search(x, pairs, mid, hi) + " END";
    }

    private static String positiveMod(String x, long m) {
        return "((" + x + " % " + m + " + " + m + ") % " + m + ")";
    }

    private static long micros(Instant instant) {
        return Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1_000);
    }

    /** The key text of a period starting on {@code start}: day and week as ISO dates, 2026-03, 2026-Q1. */
    public static String periodKey(Dimension dimension, LocalDate start) {
        return switch (dimension) {
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            default -> start.toString();
        };
    }

    /**
     * The metrics of {@code sqlFile} requested by {@code query}, built from one result row.
     *
     * @param column result column (lower-case name) → its value, {@code null} for SQL NULL
     */
    public static Map<String, MetricValue> metrics(KpiQuery query, String sqlFile, Function<String, Number> column) {
        Map<String, MetricValue> values = new LinkedHashMap<>();
        for (KpiCatalogue.Metric metric : KpiCatalogue.metrics()) {
            if (metric.sqlFile().equals(sqlFile) && query.metrics().contains(metric.id())) {
                values.put(metric.id(), value(metric, column));
            }
        }
        return values;
    }

    static MetricValue value(KpiCatalogue.Metric metric, Function<String, Number> column) {
        String id = metric.id();
        return switch (metric.shape()) {
            case COUNT -> {
                long count = asLong(column.apply(id + "__num"));
                yield new MetricValue((double) count, count, asLong(column.apply(id + "__den")), null, null, count);
            }
            case PROPORTION -> proportion(asLong(column.apply(id + "__num")), asLong(column.apply(id + "__den")));
            case MEAN ->
                mean(
                        asDouble(column.apply(id + "__sum")),
                        asDouble(column.apply(id + "__sumsq")),
                        asLong(column.apply(id + "__n")));
            case NPS ->
                nps(
                        asLong(column.apply(id + "__promoters")),
                        asLong(column.apply(id + "__detractors")),
                        asLong(column.apply(id + "__den")));
        };
    }

    /** A proportion with its 95% Wilson interval; not reported (no value, no interval) when there are no trials. */
    public static MetricValue proportion(long successes, long trials) {
        if (trials == 0) {
            return MetricValue.notReported(successes, 0);
        }
        Interval interval = ProportionIntervals.wilson95(successes, trials);
        return new MetricValue(interval.estimate(), successes, trials, interval.low(), interval.high(), trials);
    }

    /**
     * A mean with a 95% normal interval from the sample variance (none for fewer than 2 observations); not reported
     * when there are no observations.
     */
    public static MetricValue mean(double sum, double sumOfSquares, long n) {
        if (n == 0) {
            return MetricValue.notReported(0, 0);
        }
        double mean = sum / n;
        Double low = null;
        Double high = null;
        if (n > 1) {
            double variance = Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
            double half = ProportionIntervals.Z_95 * Math.sqrt(variance / n);
            low = mean - half;
            high = mean + half;
        }
        return new MetricValue(mean, Math.round(sum), n, low, high, n);
    }

    /** NPS on −100…100 with its 95% interval; not reported when there are no responses. */
    public static MetricValue nps(long promoters, long detractors, long responses) {
        if (responses == 0) {
            return MetricValue.notReported(0, 0);
        }
        Interval interval = ProportionIntervals.netPromoterScore95(promoters, detractors, responses);
        return new MetricValue(
                interval.estimate(), promoters - detractors, responses, interval.low(), interval.high(), responses);
    }

    private static long asLong(Number n) {
        return n == null ? 0 : n.longValue();
    }

    private static double asDouble(Number n) {
        return n == null ? 0 : n.doubleValue();
    }

    /**
     * The engines' common last step: one {@link KpiRow} per group, sorted by its keys (nulls first),
     * with the metrics in catalogue order. {@code groups} maps each group's key values (in
     * {@code query.groupBy()} order) to the metrics computed for it.
     */
    public static List<KpiRow> rows(KpiQuery query, Map<List<String>, Map<String, MetricValue>> groups) {
        List<String> names = keyNames(query);
        return groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(KpiSql::compareKeys))
                .map(group -> {
                    Map<String, String> keys = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        keys.put(names.get(i), group.getKey().get(i));
                    }
                    Map<String, MetricValue> ordered = new LinkedHashMap<>();
                    for (KpiCatalogue.Metric metric : KpiCatalogue.metrics()) {
                        MetricValue value = group.getValue().get(metric.id());
                        if (value != null) {
                            ordered.put(metric.id(), value);
                        }
                    }
                    return new KpiRow(keys, ordered);
                })
                .toList();
    }

    private static int compareKeys(List<String> a, List<String> b) {
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        for (int i = 0; i < a.size(); i++) {
            int c = nullsFirst.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static List<String> keyNames(KpiQuery query) {
        List<String> names = new ArrayList<>();
        query.groupBy().forEach(d -> names.add(d.key()));
        return names;
    }
}
