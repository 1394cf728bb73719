package com.steward.spark;

import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A small lake full of edge cases for the engine parity tests, imported through the analytics {@link Importer}
 * (so it is exactly what production reads): February–April 2026 across both DST changes of the spring
 * (New York 8 March, Berlin 29 March), repeat callers across vendors and across month boundaries, same-instant
 * repeats from two sources, unidentified callers, leads, short and long abandons, missing sites and survey
 * values, fractional handle times, churn / conversion events in months without contacts, and a re-import that
 * moves contacts to another vendor and month (so retired files of the previous generation sit on disk).
 */
final class ParityFixtures {
    static final Set<String> VENDORS = Set.of("inhouse", "acme", "bluesky", "corvid");
    private static final List<String> HANDLERS = List.of("inhouse", "acme", "bluesky", "corvid");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSxxx");
    private static final String HEADER = "interaction_id,handled_by,site,channel,queue,region,customer_id,"
            + "is_customer,arrived_at,answered_at,ended_at,handle_seconds,transferred,resolved,complaint,agent_id,"
            + "csat,nps,qa_score";

    private ParityFixtures() {}

    private static Lake shared;

    /** One fixture lake (6,000 contacts) for all test classes of the JVM, in a temporary folder. */
    static synchronized Lake shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("steward-spark-parity");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                shared = lake(dir, 6_000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static Lake withUnknowns;

    /**
     * A second fixture lake (3,000 contacts) whose optional fields are often not reported (NULL): the fixture
     * re-written by DuckDB with every 5th handle time, 7th transfer flag, 3rd resolved flag, 11th complaint flag and
     * 4th customer status (by a hash of the id) set to NULL, no resolved flag at all for corvid and no survey or QA
     * value inline for bluesky, then the survey and QA feeds joined to it. Written with DuckDB directly, not through
     * the interaction importer.
     */
    static synchronized Lake withUnknowns() {
        if (withUnknowns == null) {
            try {
                Path dir = Files.createTempDirectory("steward-spark-parity-nulls");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Lake lake = lake(dir, 3_000);
                try (java.sql.Connection connection = com.steward.analytics.lake.DuckDb.open(ZoneId.of("UTC"))) {
                    com.steward.analytics.lake.DuckDb.execute(
                            connection,
                            "CREATE TEMP TABLE incoming AS SELECT * REPLACE ("
                                    + unknown("handle_seconds", "hash(interaction_id) % 5 = 0") + ", "
                                    + unknown("transferred", "hash(interaction_id) % 7 = 0") + ", "
                                    + unknown("resolved", "hash(interaction_id) % 3 = 0 OR handled_by = 'corvid'")
                                    + ", " + unknown("complaint", "hash(interaction_id) % 11 = 0") + ", "
                                    + unknown("is_customer", "hash(interaction_id) % 4 = 1") + ", "
                                    + unknown("csat", "handled_by = 'bluesky'") + ", "
                                    + unknown("nps", "handled_by = 'bluesky'") + ", "
                                    + unknown("qa_score", "handled_by = 'bluesky'") + ") FROM "
                                    + lake.snapshot()
                                            .duckDbRelation(com.steward.analytics.lake.LakeDataset.INTERACTIONS));
                    lake.upsert(connection, com.steward.analytics.lake.LakeDataset.INTERACTIONS, "incoming");
                    feeds(connection, lake, dir);
                }
                withUnknowns = lake;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return withUnknowns;
    }

    /**
     * Survey responses for every third answered "acd" contact (csat and/or nps; many override an inline answer, and
     * bluesky's are its only ones) and one to three QA evaluations (scores to a thousandth) for every fourth,
     * generated from the lake with DuckDB and imported through the feed importer.
     */
    private static void feeds(java.sql.Connection connection, Lake lake, Path dir) throws java.sql.SQLException {
        String contacts = "(SELECT * FROM "
                + lake.snapshot().duckDbRelation(com.steward.analytics.lake.LakeDataset.INTERACTIONS)
                + " WHERE source = 'acd' AND answered_at IS NOT NULL)";
        Path surveys = dir.resolve("surveys.csv");
        Path qa = dir.resolve("qa.csv");
        com.steward.analytics.lake.DuckDb.execute(
                connection,
                "COPY (SELECT interaction_id, CASE WHEN hash(interaction_id) % 5 <> 0 THEN 1 + hash(interaction_id)"
                        + " % 5 END AS csat, CASE WHEN hash(interaction_id) % 5 = 0 OR hash(interaction_id) % 2 = 0"
                        + " THEN hash(interaction_id) % 11 END AS nps, ended_at + INTERVAL 3 DAY AS responded_at FROM "
                        + contacts + " WHERE hash(interaction_id) % 3 = 0) TO '" + surveys + "' (HEADER)");
        com.steward.analytics.lake.DuckDb.execute(
                connection,
                "COPY (SELECT interaction_id, 'eval-' || k AS evaluator, CASE WHEN k = 3 THEN 'calibration' ELSE"
                        + " 'standard' END AS form, CAST((hash(interaction_id || k) % 100001) / 1000.0 AS DECIMAL(9, 3))"
                        + " AS score, ended_at + k * INTERVAL 1 HOUR AS evaluated_at FROM " + contacts
                        + ", range(1, 4) r(k) WHERE hash(interaction_id) % 4 = 1 AND k <= 1 + hash(interaction_id) % 3)"
                        + " TO '" + qa + "' (HEADER)");
        var importer = new com.steward.analytics.feeds.FeedImporter(lake);
        for (var report : List.of(
                importer.importSurveys(com.steward.analytics.feeds.FeedRequest.of(
                        surveys,
                        "acd",
                        ImportPolicy.REJECT_FILE,
                        com.steward.analytics.feeds.UnknownInteractions.REJECT)),
                importer.importQa(com.steward.analytics.feeds.FeedRequest.of(
                        qa,
                        "acd",
                        ImportPolicy.REJECT_FILE,
                        com.steward.analytics.feeds.UnknownInteractions.REJECT)))) {
            if (!report.report().committed() || report.report().accepted() == 0) {
                throw new IllegalStateException(
                        "feed fixture not stored: " + report.report().rejects());
            }
        }
    }

    private static String unknown(String column, String when) {
        return "CASE WHEN " + when + " THEN NULL ELSE " + column + " END AS " + column;
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }

    /** Imports the fixture lake under {@code dir}/lake and returns it. */
    static Lake lake(Path dir, int contacts) {
        Lake lake = Lake.open(dir.resolve("lake"));
        Importer importer = new Importer(lake);
        List<String> rows = contacts(7, contacts);
        check(importer.importInteractions(ImportRequest.of(
                write(dir.resolve("acd.csv"), HEADER + "\n" + String.join("\n", rows) + "\n"),
                "acd",
                ImportPolicy.REJECT_FILE,
                VENDORS)));
        check(importer.importInteractions(ImportRequest.of(
                write(dir.resolve("crm.csv"), HEADER + "\n" + String.join("\n", sameInstantRepeats()) + "\n"),
                "crm",
                ImportPolicy.REJECT_FILE,
                VENDORS)));
        check(importer.importCustomerEvents(
                ImportRequest.of(write(dir.resolve("events.csv"), events(8)), "crm", ImportPolicy.REJECT_FILE, null)));
        // Re-import the first 300 contacts, moved to another vendor and a week later (some cross into the next
        // month): the latest import wins and the old partitions' files are retired (and, this being the last commit,
        // stay on disk until the next one).
        List<String> moved = new ArrayList<>();
        Random random = new Random(99);
        for (String row : rows.subList(0, Math.min(300, rows.size()))) {
            moved.add(move(row, HANDLERS.get(random.nextInt(HANDLERS.size()))));
        }
        check(importer.importInteractions(ImportRequest.of(
                write(dir.resolve("acd-fix.csv"), HEADER + "\n" + String.join("\n", moved) + "\n"),
                "acd",
                ImportPolicy.REJECT_FILE,
                VENDORS)));
        return lake;
    }

    private static void check(ImportReport report) {
        if (report.rejected() > 0 || !report.rejects().isEmpty()) {
            throw new IllegalStateException("fixture rows rejected, e.g. "
                    + report.rejects().subList(0, Math.min(3, report.rejects().size())));
        }
    }

    private static List<String> contacts(long seed, int n) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        long span = Instant.parse("2026-05-01T00:00:00Z").getEpochSecond() - start.getEpochSecond();
        ZoneId[] zones = {ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York")};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant arrived =
                    start.plusSeconds((long) (random.nextDouble() * span)).plusMillis(random.nextInt(1000));
            if (i % 40 == 0) {
                arrived = Instant.parse("2026-03-29T00:00:00Z").plusSeconds(random.nextInt(4 * 3600)); // Berlin DST
            } else if (i % 40 == 1) {
                arrived = Instant.parse("2026-03-08T05:00:00Z").plusSeconds(random.nextInt(4 * 3600)); // NY DST
            } else if (i % 40 == 2) {
                // Around month ends (UTC and Berlin): repeats that cross a month boundary.
                String[] ends = {"2026-02-28T22:30:00Z", "2026-03-31T21:30:00Z", "2026-04-30T22:00:00Z"};
                arrived = Instant.parse(ends[random.nextInt(ends.length)]).plusSeconds(random.nextInt(3 * 3600));
            }
            boolean abandoned = random.nextDouble() < 0.15;
            Instant answered = abandoned ? null : arrived.plusMillis((long) (random.nextDouble() * 90_000));
            if (!abandoned && i % 97 == 0) {
                answered = arrived.plusSeconds(20); // exactly on the service-level threshold
            }
            double handle = abandoned
                    ? 0
                    : i % 7 == 0 ? Math.round((30 + random.nextDouble() * 900) * 10) / 10.0 : 30 + random.nextInt(900);
            Instant ended = abandoned
                    ? arrived.plusMillis((long) (random.nextDouble() * (random.nextBoolean() ? 4_000 : 120_000)))
                    : answered.plusMillis((long) (handle * 1000));
            double who = random.nextDouble();
            // Few customers so repeats (within 7 days, across vendors and months) are common.
            String customer = who < 0.7 ? "C" + random.nextInt(200) : who < 0.85 ? "L" + random.nextInt(60) : null;
            ZoneId zone = zones[i % zones.length];
            rows.add(String.join(
                    ",",
                    "I" + i,
                    HANDLERS.get(random.nextInt(HANDLERS.size())),
                    random.nextDouble() < 0.1 ? "" : "site-" + random.nextInt(3),
                    List.of("voice", "chat", "email", "messaging").get(random.nextInt(4)),
                    List.of("billing", "technical", "sales").get(random.nextInt(3)),
                    List.of("US-CA", "GB", "DE").get(random.nextInt(3)),
                    customer == null ? "" : customer,
                    String.valueOf(customer == null ? random.nextBoolean() : customer.startsWith("C")),
                    ts(arrived, zone),
                    ts(answered, zone),
                    ts(ended, zone),
                    num(handle),
                    String.valueOf(!abandoned && random.nextDouble() < 0.1),
                    String.valueOf(!abandoned && random.nextDouble() < 0.7),
                    String.valueOf(!abandoned && random.nextDouble() < 0.05),
                    abandoned ? "" : "agent-" + random.nextInt(12),
                    !abandoned && random.nextDouble() < 0.4 ? String.valueOf(1 + random.nextInt(5)) : "",
                    !abandoned && random.nextDouble() < 0.3 ? String.valueOf(random.nextInt(11)) : "",
                    !abandoned && random.nextDouble() < 0.2 ? String.valueOf(random.nextInt(1001) / 10.0) : ""));
        }
        return rows;
    }

    /** Contacts of another source at the very instants of "acd" contacts of the same customers. */
    private static List<String> sameInstantRepeats() {
        List<String> rows = new ArrayList<>();
        Instant base = Instant.parse("2026-03-31T21:59:59.500Z");
        for (int i = 0; i < 20; i++) {
            Instant arrived = base.plusSeconds(i * 3600L);
            for (String id : List.of("X" + i, "Y" + i)) {
                rows.add(String.join(
                        ",",
                        id,
                        HANDLERS.get(i % 4),
                        "site-1",
                        "chat",
                        "billing",
                        "GB",
                        "C" + i,
                        "true",
                        ts(arrived, ZoneOffset.UTC),
                        ts(arrived.plusSeconds(5), ZoneOffset.UTC),
                        ts(arrived.plusSeconds(65), ZoneOffset.UTC),
                        "60",
                        "false",
                        "true",
                        "false",
                        "agent-1",
                        "",
                        "",
                        ""));
            }
        }
        return rows;
    }

    /** The row with another vendor, arriving (and answered, ended) 6 days 3 hours later. */
    private static String move(String row, String vendor) {
        String[] f = row.split(",", -1);
        f[1] = vendor;
        for (int c = 8; c <= 10; c++) {
            if (!f[c].isEmpty()) {
                var t = java.time.OffsetDateTime.parse(f[c], WITH_OFFSET)
                        .plusDays(6)
                        .plusHours(3);
                f[c] = WITH_OFFSET.format(t);
            }
        }
        return String.join(",", f);
    }

    private static String events(long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("customer_id,event,at,value\n");
        Instant start = Instant.parse("2026-01-10T00:00:00Z");
        for (int c = 0; c < 200; c++) {
            if (random.nextDouble() < 0.35) {
                // January to June: many events fall in months with no contacts (other partitions).
                Instant at = start.plusSeconds((long) (random.nextDouble() * 170 * 86_400));
                out.append("C")
                        .append(c)
                        .append(",churned,")
                        .append(ts(at, ZoneOffset.UTC))
                        .append(",\n");
            }
        }
        for (int l = 0; l < 60; l++) {
            if (random.nextDouble() < 0.45) {
                Instant at = start.plusSeconds((long) (random.nextDouble() * 170 * 86_400));
                out.append("L")
                        .append(l)
                        .append(",became_customer,")
                        .append(ts(at, ZoneId.of("America/New_York")))
                        .append(',')
                        .append(random.nextInt(500))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String ts(Instant instant, ZoneId zone) {
        return instant == null ? "" : WITH_OFFSET.format(instant.atZone(zone));
    }
}
