package com.steward.app.lake;

import com.steward.analytics.feeds.Feed;
import com.steward.analytics.feeds.FeedImporter;
import com.steward.analytics.feeds.FeedReport;
import com.steward.analytics.feeds.FeedRequest;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiResultCache;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.LakeSnapshot;
import com.steward.analytics.queries.DuckDbQueries;
import com.steward.analytics.queries.LakeQueries;
import com.steward.analytics.queries.LakeQuery;
import com.steward.analytics.queries.LakeRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one door to the interaction lake of this installation ({@code <data-dir>/lake}, rejects and uploads beside
 * it): every query, import, compaction and recovery of the application goes through here. Queries (the KPI set
 * and the lake queries of {@link LakeQueries}) are computed once per published lake generation.
 */
@Component
public class InteractionLake {

    /** Results of queries over one published lake generation; the lake changes only by imports. */
    private static final int CACHED_QUERIES = 256;

    private final Path dataDir;
    private final ResultCache results = new ResultCache(CACHED_QUERIES);

    /** KPI results per month unit and partition generation: an import recomputes only the months it can change. */
    private final KpiResultCache kpiUnits = new KpiResultCache(DuckDbEngine::new);

    InteractionLake(@Value("${steward.data-dir}") String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    public static InteractionLake at(Path dataDir) {
        return new InteractionLake(dataDir.toString());
    }

    /**
     * The lake itself, for tests and tools that check what was stored; application code never calls it (a
     * dependency on {@code com.steward.analytics.lake} outside this package fails {@code ArchitectureTest}).
     */
    public Lake lake() {
        return Lake.open(root());
    }

    /** The lake's folder (the demo simulator writes there). */
    public Path root() {
        return dataDir.resolve("lake");
    }

    /** The published generation: 0 for an empty lake, one more after each commit. */
    public long generation() {
        return lake().snapshot().generation();
    }

    /**
     * Runs a KPI query on the lake. The same query on the same generation is computed once and shared (concurrent
     * identical queries wait for the one computation); after an import, a query recomputes only the month units whose
     * partitions (or look-ahead windows) the import touched, the rest come from {@link KpiResultCache}.
     */
    public List<KpiRow> kpis(KpiQuery query) {
        Lake lake = lake();
        return results.rows(lake.snapshot().generation(), query, () -> kpiUnits.run(lake, query));
    }

    /** Runs a lake query ({@link LakeQueries}), once per published lake generation, as {@link #kpis}. */
    public LakeResult query(LakeQuery query) {
        LakeSnapshot snapshot = lake().snapshot();
        List<LakeRow> rows = results.rows(snapshot.generation(), query, () -> DuckDbQueries.run(query, snapshot));
        return new LakeResult(rows, snapshot.generation());
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

    /** The first and last month holding interactions (from the manifest's month partitions), if any. */
    public Optional<MonthRange> interactionMonths() {
        SortedSet<YearMonth> months = lake().snapshot().months(LakeDataset.INTERACTIONS);
        return months.isEmpty() ? Optional.empty() : Optional.of(new MonthRange(months.first(), months.last()));
    }

    /** An inclusive range of months. */
    public record MonthRange(YearMonth first, YearMonth last) {}

    /** Imports records into {@code table}: validated, committed as one new generation or not at all. */
    public ImportReport importRecords(LakeTable table, ImportRequest request) {
        Importer importer = new Importer(lake());
        return table == LakeTable.INTERACTIONS
                ? importer.importInteractions(request)
                : importer.importCustomerEvents(request);
    }

    /** The first {@code rows} mapped rows of a file, reading only its head; nothing is stored. */
    public Importer.Preview preview(LakeTable table, ImportRequest request, int rows) {
        return new Importer(lake()).preview(request, table.dataset(), rows);
    }

    /** The whole file validated and counted as an import would be; nothing is stored. */
    public ImportReport test(LakeTable table, ImportRequest request) {
        return new Importer(lake()).test(request, table.dataset());
    }

    /** Imports a survey or QA feed, joined to the interactions of its source. */
    public FeedReport importFeed(Feed feed, FeedRequest request) {
        return new FeedImporter(lake()).run(feed, request);
    }

    /** The imports whose rows {@code table} holds, written at or after {@code since} (not cached: start-up only). */
    public List<LakeImport> importsSince(LakeTable table, Instant since) {
        LakeSnapshot snapshot = lake().snapshot();
        if (snapshot.files(table.dataset()).isEmpty()) {
            return List.of();
        }
        return DuckDbQueries.run(LakeQueries.importsSince(table.dataset(), since), snapshot).stream()
                .map(row -> new LakeImport(
                        Objects.requireNonNull(row.string("import_id"), "import_id"),
                        row.string("source"),
                        row.longValue("row_count"),
                        row.instant("first_ingested")))
                .toList();
    }

    /** Removes staging files no commit published (after a crash); published data is untouched. */
    public void recover() {
        lake().recover();
    }

    /**
     * Merges the files of each partition of every dataset into one, reporting each dataset to {@code each} as it
     * is done; numbers do not change.
     *
     * @throws LakeFailure if a compaction failed (that dataset is unchanged)
     */
    public void compact(Consumer<Compaction> each) {
        Lake lake = lake();
        try {
            for (LakeDataset dataset : LakeDataset.values()) {
                int filesBefore = lake.snapshot().files(dataset).size();
                long start = System.nanoTime();
                Lake.Commit commit = lake.compact(dataset);
                LakeSnapshot after = lake.snapshot();
                each.accept(new Compaction(
                        dataset.folder(),
                        commit != null,
                        filesBefore,
                        after.files(dataset).size(),
                        commit == null ? 0 : commit.partitionsRewritten(),
                        commit == null ? 0 : commit.rowsWritten(),
                        after.generation(),
                        Duration.ofNanos(System.nanoTime() - start)));
            }
        } catch (LakeException e) {
            throw new LakeFailure(e.getMessage(), e);
        }
    }

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
