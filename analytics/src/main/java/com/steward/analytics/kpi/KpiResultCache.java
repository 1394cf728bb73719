package com.steward.analytics.kpi;

import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeMonths;
import com.steward.analytics.lake.LakeSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * KPI results cached per query and per partition generation, so an import recomputes only what it can have changed.
 *
 * <p>A query is cut into <em>units</em>: one per SQL file (its metrics only) and, when the query groups by
 * {@link Dimension#MONTH}, per month of its range (every month-grouped metric of a month depends only on that
 * month's contacts and what their look-ahead windows reach: the groups never span two months). A unit's result
 * depends only on the lake partitions its rows and windows can read: the UTC month partitions from the unit's
 * scope start to its scope end plus its file's window (contact metrics none, FCR the FCR window, churn after contact
 * the churn window, lead conversion the lead window), and every file of the feeds joined by interaction. A unit is
 * cached under its query and the {@linkplain LakeSnapshot#partitionGenerations generations of those partitions}:
 * an import that rewrites a month partition changes the key of the units of that month and of the months whose
 * windows reach it (e.g. with the default 60-day lead window, lead conversion of the two months before), and no
 * other; those are recomputed, the rest are served from the cache.
 *
 * <p>A query not grouped by month is one unit per SQL file over its whole range: cached and correct (any change in
 * its partitions recomputes it), but not incremental. Missing month units of one file are computed by one engine
 * run over the span from the first to the last missing month, its rows then filed by month.
 */
public final class KpiResultCache {
    /** Most units kept; the least recently used go first (keys of older generations are never asked for again). */
    static final int DEFAULT_CAPACITY = 20_000;

    private final Function<Lake, Engine> engines;
    private final Map<Key, List<KpiRow>> units;
    private final AtomicLong engineRuns = new AtomicLong();
    private final AtomicLong unitsComputed = new AtomicLong();

    private record Key(KpiQuery unit, SortedMap<String, Long> partitions) {}

    /** A cache computing through {@code engines} (e.g. {@code DuckDbEngine::new}), keeping at most 20,000 units. */
    public KpiResultCache(Function<Lake, Engine> engines) {
        this(engines, DEFAULT_CAPACITY);
    }

    KpiResultCache(Function<Lake, Engine> engines, int capacity) {
        this.engines = engines;
        this.units = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<KpiRow>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Engine runs so far (one per SQL file and span of missing months). */
    public long engineRuns() {
        return engineRuns.get();
    }

    /** Units (file × month, or file × whole query) computed so far, as opposed to served from the cache. */
    public long unitsComputed() {
        return unitsComputed.get();
    }

    /** The query's rows, as {@link Engine#run} gives them, computing only the units the cache lacks. */
    public List<KpiRow> run(Lake lake, KpiQuery query) {
        LakeSnapshot snapshot = lake.snapshot();
        List<KpiQuery> buckets = buckets(query);
        Map<List<String>, Map<String, MetricValue>> groups = new HashMap<>();
        for (String file : KpiSql.files(query)) {
            KpiQuery perFile = query.withMetrics(metricsOf(file, query));
            List<Key> keys = new ArrayList<>();
            Map<Key, List<KpiRow>> found = new HashMap<>();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < buckets.size(); i++) {
                KpiQuery unit = within(perFile, buckets.get(i));
                Key key = new Key(unit, snapshot.partitionGenerations(dependencies(unit, file)));
                keys.add(key);
                List<KpiRow> rows = cached(key);
                if (rows == null) {
                    missing.add(i);
                } else {
                    found.put(key, rows);
                }
            }
            if (!missing.isEmpty()) {
                found.putAll(compute(lake, perFile, buckets, keys, missing.getFirst(), missing.getLast()));
            }
            for (Key key : keys) {
                for (KpiRow row : found.get(key)) {
                    groups.computeIfAbsent(new ArrayList<>(row.keys().values()), k -> new HashMap<>())
                            .putAll(row.metrics());
                }
            }
        }
        return KpiSql.rows(query, groups);
    }

    private synchronized List<KpiRow> cached(Key key) {
        return units.get(key);
    }

    private synchronized void store(Key key, List<KpiRow> rows) {
        units.put(key, rows);
    }

    /**
     * Runs the engine once over buckets {@code first}…{@code last}, files the rows under each bucket's key and
     * returns them.
     */
    private Map<Key, List<KpiRow>> compute(
            Lake lake, KpiQuery perFile, List<KpiQuery> buckets, List<Key> keys, int first, int last) {
        KpiQuery span = new KpiQuery(
                buckets.get(first).from(),
                buckets.get(last).to(),
                perFile.groupBy(),
                perFile.vendors(),
                perFile.metrics(),
                perFile.settings(),
                perFile.segments());
        List<KpiRow> rows = engines.apply(lake).run(span);
        engineRuns.incrementAndGet();
        unitsComputed.addAndGet(last - first + 1);
        Map<String, List<KpiRow>> byMonth = new HashMap<>();
        for (KpiRow row : rows) {
            byMonth.computeIfAbsent(monthKey(row), k -> new ArrayList<>()).add(row);
        }
        Map<Key, List<KpiRow>> computed = new HashMap<>();
        for (int i = first; i <= last; i++) {
            // rows are filed by their month when the query groups by month (also when it spans a single month)
            String month = perFile.groupBy().contains(Dimension.MONTH)
                    ? YearMonth.from(buckets.get(i).from()).toString()
                    : "";
            List<KpiRow> unitRows = List.copyOf(byMonth.getOrDefault(month, List.of()));
            store(keys.get(i), unitRows);
            computed.put(keys.get(i), unitRows);
        }
        return computed;
    }

    private static String monthKey(KpiRow row) {
        String month = row.keys().get(Dimension.MONTH.key());
        return month == null ? "" : month;
    }

    /** The query's months (clipped to its range) when it groups by month, else the whole query as one bucket. */
    static List<KpiQuery> buckets(KpiQuery query) {
        if (!query.groupBy().contains(Dimension.MONTH)) {
            return List.of(query);
        }
        List<KpiQuery> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            LocalDate from = query.from().isAfter(m.atDay(1)) ? query.from() : m.atDay(1);
            LocalDate to = query.to().isBefore(m.atEndOfMonth()) ? query.to() : m.atEndOfMonth();
            months.add(within(query, new KpiQuery(from, to, List.of(), null, null, null)));
        }
        return months;
    }

    private static KpiQuery within(KpiQuery query, KpiQuery range) {
        return new KpiQuery(
                range.from(),
                range.to(),
                query.groupBy(),
                query.vendors(),
                query.metrics(),
                query.settings(),
                query.segments());
    }

    private static Set<String> metricsOf(String file, KpiQuery query) {
        Set<String> ids = new LinkedHashSet<>();
        KpiCatalogue.metrics().stream()
                .filter(m -> m.sqlFile().equals(file) && query.metrics().contains(m.id()))
                .forEach(m -> ids.add(m.id()));
        return ids;
    }

    /**
     * The month partitions a unit of {@code file} reads: its scope, plus the file's look-ahead window (FCR's next
     * contact, churn's and lead conversion's first event after the contact).
     */
    static LakeMonths dependencies(KpiQuery unit, String file) {
        // Every bound is exclusive (a window's end, the scope's end): the last instant read is one microsecond before.
        Instant end = unit.scopeEnd()
                .plus(Duration.ofDays(lookAheadDays(file, unit.settings())))
                .minus(Duration.ofNanos(1_000));
        return LakeMonths.between(unit.scopeStart(), end);
    }

    /**
     * How many days after a contact the SQL file looks (its window): 0 for the metrics of the contact alone, the
     * longest window for a file this cache does not know (safe, if less incremental).
     */
    static int lookAheadDays(String file, KpiSettings settings) {
        return switch (file) {
            case "contact_metrics" -> 0;
            case "fcr" -> settings.fcrWindowDays();
            case "churn_after_contact" -> settings.churnWindowDays();
            case "lead_conversion" -> settings.leadWindowDays();
            default -> settings.longestWindowDays();
        };
    }
}
