package com.steward.app.ingest;

import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the interaction lake of this installation lives: {@code <data-dir>/lake}, rejects and uploads beside it. */
@Component
public class InteractionLake {

    private static final Pattern MONTH = Pattern.compile("month=(\\d{4}-\\d{2})");

    /** Results of KPI queries over one published lake generation; the lake changes only by imports. */
    private static final int CACHED_QUERIES = 256;

    private final Path dataDir;
    private final java.util.concurrent.ConcurrentHashMap<
                    CachedQuery, java.util.concurrent.CompletableFuture<List<KpiRow>>>
            results = new java.util.concurrent.ConcurrentHashMap<>();

    private record CachedQuery(long generation, KpiQuery query) {}

    InteractionLake(@Value("${steward.data-dir}") String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    public static InteractionLake at(Path dataDir) {
        return new InteractionLake(dataDir.toString());
    }

    public Lake lake() {
        return Lake.open(dataDir.resolve("lake"));
    }

    /**
     * Runs a KPI query on the lake, once per published lake generation: the same query on the same data (pages,
     * monitoring, scorecard runs, many users at once) is computed once and shared, and any import — a new
     * generation — makes every later query recompute. Concurrent identical queries wait for the one computation.
     */
    public List<KpiRow> kpis(KpiQuery query) {
        Lake lake = lake();
        CachedQuery key = new CachedQuery(lake.snapshot().generation(), query);
        if (results.size() >= CACHED_QUERIES) {
            results.clear();
        }
        java.util.concurrent.CompletableFuture<List<KpiRow>> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<List<KpiRow>> existing = results.putIfAbsent(key, mine);
        if (existing != null) {
            return existing.join();
        }
        try {
            List<KpiRow> rows = List.copyOf(new DuckDbEngine(lake).run(query));
            mine.complete(rows);
            results.keySet().removeIf(cached -> cached.generation() != key.generation());
            return rows;
        } catch (RuntimeException e) {
            results.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Where rejected rows of each import are written as CSV. */
    public Path rejectsDirectory() {
        return directory("rejects");
    }

    /** Where uploaded files wait for their import. */
    public Path uploadsDirectory() {
        return directory("uploads");
    }

    public boolean hasInteractions() {
        return !lake().snapshot().files(LakeDataset.INTERACTIONS).isEmpty();
    }

    /** The first and last month holding interactions (from the partition names), if any. */
    public Optional<MonthRange> interactionMonths() {
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Path file : lake().snapshot().files(LakeDataset.INTERACTIONS)) {
            Matcher m = MONTH.matcher(file.toString().replace('\\', '/'));
            if (m.find()) {
                months.add(YearMonth.parse(m.group(1)));
            }
        }
        return months.isEmpty() ? Optional.empty() : Optional.of(new MonthRange(months.first(), months.last()));
    }

    /** An inclusive range of months. */
    public record MonthRange(YearMonth first, YearMonth last) {}

    private Path directory(String name) {
        Path dir = dataDir.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
