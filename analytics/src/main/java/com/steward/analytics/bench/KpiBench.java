package com.steward.analytics.bench;

import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.simulator.DemoCompany;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Generates N demo contacts, exports them as canonical CSV, imports that CSV into a fresh lake and times the
 * full KPI set by handled_by × month. Usage: {@code KpiBench [contacts] [workDir]}.
 */
public final class KpiBench {
    private KpiBench() {}

    public static void main(String[] args) throws Exception {
        long contacts = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("steward-bench");
        Path demoLake = work.resolve("demo-lake");
        long t0 = System.nanoTime();
        DemoCompany.Result demo = DemoCompany.generate(demoLake, 42, contacts, null);
        double generateSeconds = seconds(t0);
        System.out.printf(
                "generate: %,d contacts, %,d events in %.2f s (%,.0f contacts/s)%n",
                demo.interactions(), demo.customerEvents(), generateSeconds, demo.interactions() / generateSeconds);

        Path csv = work.resolve("interactions.csv");
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            DuckDb.execute(
                    c,
                    "COPY (SELECT interaction_id, handled_by, site, channel, queue, region, customer_id, is_customer,"
                            + " arrived_at, answered_at, ended_at, handle_seconds, transferred, resolved, complaint,"
                            + " agent_id, csat, nps, qa_score FROM "
                            + Lake.open(demoLake).snapshot().duckDbRelation(LakeDataset.INTERACTIONS) + ") TO '" + csv
                            + "' (HEADER, DELIMITER ',')");
        }
        Path importLake = work.resolve("import-lake");
        long t1 = System.nanoTime();
        ImportReport report = new Importer(Lake.open(importLake))
                .importInteractions(
                        ImportRequest.of(csv, "bench", ImportPolicy.REJECT_FILE, Set.copyOf(DemoCompany.HANDLERS)));
        double importSeconds = seconds(t1);
        System.out.printf(
                "import CSV (%,d MB): %,d rows accepted, %,d rejected in %.2f s (%,.0f rows/s)%n",
                Files.size(csv) >> 20,
                report.accepted(),
                report.rejected(),
                importSeconds,
                report.accepted() / importSeconds);

        DuckDbEngine engine = new DuckDbEngine(Lake.open(demoLake));
        KpiQuery query = KpiQuery.of(
                demo.firstMonth().atDay(1), demo.lastMonth().atEndOfMonth(), Dimension.HANDLED_BY, Dimension.MONTH);
        for (int run = 1; run <= 3; run++) {
            long t2 = System.nanoTime();
            List<KpiRow> rows = engine.run(query);
            System.out.printf(
                    "KPI query (all %d metrics, handled_by x month) run %d: %d rows in %.2f s%n",
                    rows.getFirst().metrics().size(), run, rows.size(), seconds(t2));
        }
        long t3 = System.nanoTime();
        List<KpiRow> q = engine.run(KpiQuery.of(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                Dimension.HANDLED_BY,
                Dimension.QUEUE,
                Dimension.MONTH));
        System.out.printf(
                "KPI query (handled_by x queue x month, one quarter): %d rows in %.2f s%n", q.size(), seconds(t3));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
