package com.steward.analytics.simulator;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.LakeSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Generates a demo company into a lake: an in-house centre and three vendors over twelve months, reproducible
 * from a seed.
 *
 * <p>Model (all draws are hashes of (seed, row, draw number), so the result does not depend on thread count):
 *
 * <ul>
 *   <li>arrivals spread over the months, fewer at weekends (55% of weekend contacts move to Friday), a daily
 *       profile peaking at 14:00 UTC;
 *   <li>queues billing 35%, technical 35%, sales 20%, retention 10%; channels voice 60%, chat 23%, email 5%,
 *       messaging 12%; six regions; handlers inhouse 40%, acme 25%, bluesky 20%, corvid 15%, each with sites
 *       and 60 agents;
 *   <li>each handler has a quality q (inhouse 0.80, acme 0.76, bluesky 0.70, corvid 0.78) and a staffing level
 *       (mean wait 10/14/20/12 s, up to 1.8× at the daily peak; email 30 min); callers abandon when their
 *       exponential patience (mean 300 s voice, 600 s chat and messaging; email never abandons) is shorter than the wait;
 *   <li>handle time log-normal around a per-queue mean (billing 320 s, technical 540 s, sales 420 s,
 *       retention 480 s) scaled per channel;
 *   <li>resolution, transfers, complaints, CSAT (25% respond), NPS (15%) and QA (6% evaluated) follow q, the
 *       wait and the resolution; unresolved contacts lead to repeat contacts within days, with any handler;
 *   <li>customers churn more after complaints and unresolved contacts, leads convert more after good ones;
 *   <li><b>{@value #DEGRADING_VENDOR} degrades</b>: its q drops from 0.78 to 0.60 in the last
 *       {@value #DEGRADED_MONTHS} months, which lowers its CSAT, FCR and lead conversion and raises churn.
 * </ul>
 *
 * About 1/6 of the contacts are repeat contacts; the total is close to, not exactly, the requested size.
 */
public final class DemoCompany {
    public static final List<String> VENDORS = List.of("acme", "bluesky", "corvid");
    public static final List<String> HANDLERS = List.of("inhouse", "acme", "bluesky", "corvid");
    public static final String DEGRADING_VENDOR = "corvid";
    public static final int DEGRADED_MONTHS = 3;
    public static final YearMonth DEFAULT_FIRST_MONTH = YearMonth.of(2025, 4);
    public static final String SOURCE = "demo";

    /** Contacts per first contact (repeats and retries included), measured; sizes the first contacts. */
    static final double CONTACTS_PER_FIRST_CONTACT = 1.22;

    /** Progress callback: phase and rows done out of a total. */
    @FunctionalInterface
    public interface Progress {
        void update(String phase, long done, long total);
    }

    /** What was generated. */
    public record Result(long interactions, long customerEvents, YearMonth firstMonth, YearMonth lastMonth) {}

    private DemoCompany() {}

    /** Twelve months starting {@link #DEFAULT_FIRST_MONTH}. */
    public static Result generate(Path lakeRoot, long seed, long contacts, Progress progress) {
        return generate(lakeRoot, seed, contacts, DEFAULT_FIRST_MONTH, 12, progress);
    }

    public static Result generate(
            Path lakeRoot, long seed, long contacts, YearMonth firstMonth, int months, Progress progress) {
        if (contacts < 1 || months < 1) {
            throw new IllegalArgumentException("contacts and months must be positive");
        }
        Progress report = progress == null ? (p, d, t) -> {} : progress;
        Lake lake = Lake.open(lakeRoot);
        ContactCenterSimulation simulation = new ContactCenterSimulation(
                seed, Math.max(1, Math.round(contacts / CONTACTS_PER_FIRST_CONTACT)), firstMonth, months);
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            // Month batches carry new keys, so they can be appended, unless an earlier demo is being replaced.
            boolean fresh = !holdsSource(c, lake);
            // Plain tables of the in-memory database (the appender addresses schema main).
            DuckDb.execute(c, "CREATE TABLE sim (" + SIM_COLUMNS + ")");
            DuckDb.execute(c, "CREATE TEMP TABLE incoming (" + LakeDataset.INTERACTIONS.schema() + ")");
            DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
            long[] written = {0};
            report.update("simulating", 0, contacts);
            simulation.run(batch -> {
                if (batch.size() == 0) {
                    return;
                }
                try {
                    write(duck, c, batch, seed);
                    if (fresh) {
                        lake.appendNew(c, LakeDataset.INTERACTIONS, "incoming");
                    } else {
                        lake.upsert(c, LakeDataset.INTERACTIONS, "incoming");
                    }
                    DuckDb.execute(c, "DELETE FROM incoming");
                } catch (SQLException e) {
                    throw new LakeException("demo generation failed: " + e.getMessage(), e);
                }
                written[0] += batch.size();
                report.update("simulating", Math.min(written[0], contacts), contacts);
            });
            long total = written[0];
            report.update("writing customer events", 0, simulation.customerEvents());
            DuckDb.execute(c, "CREATE TABLE sim_events (customer INTEGER, churn BOOLEAN, at_us BIGINT)");
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sim_events")) {
                for (int i = 0; i < simulation.customerEvents(); i++) {
                    appender.beginRow()
                            .append(simulation.eventCustomer(i))
                            .append(simulation.eventIsChurn(i))
                            .append(simulation.eventAtMicros(i))
                            .endRow();
                }
            }
            DuckDb.execute(c, "CREATE TEMP TABLE incoming_events (" + LakeDataset.CUSTOMER_EVENTS.schema() + ")");
            DuckDb.execute(
                    c,
                    "INSERT INTO incoming_events SELECT customer_id, event, \"at\", CASE WHEN event = 'became_customer'"
                            + " THEN 500.0 END, '" + SOURCE + "', 'demo-" + seed
                            + "', now(), strftime(timezone('UTC', \"at\"), '%Y-%m') FROM (SELECT"
                            + " CASE WHEN churn THEN 'C' ELSE 'L' END || customer AS customer_id,"
                            + " CASE WHEN churn THEN 'churned' ELSE 'became_customer' END AS event,"
                            + " CAST(make_timestamp(min(at_us)) AS TIMESTAMPTZ) AS \"at\" FROM sim_events GROUP BY ALL)");
            long events = DuckDb.queryLong(c, "SELECT count(*) FROM incoming_events");
            lake.upsert(c, LakeDataset.CUSTOMER_EVENTS, "incoming_events");
            report.update("done", total, total);
            return new Result(total, events, firstMonth, firstMonth.plusMonths(months - 1));
        } catch (SQLException e) {
            throw new LakeException("demo generation failed: " + e.getMessage(), e);
        }
    }

    /** Numeric columns of a month batch as the appender writes them; {@link #write} turns them into the schema. */
    private static final String SIM_COLUMNS = "id BIGINT, h TINYINT, site TINYINT, ch TINYINT, q TINYINT, r TINYINT,"
            + " customer INTEGER, is_customer BOOLEAN, arrived BIGINT, answered BIGINT, ended BIGINT, handle INTEGER,"
            + " transferred BOOLEAN, resolved BOOLEAN, complaint BOOLEAN, agent SMALLINT, csat TINYINT, nps TINYINT,"
            + " qa SMALLINT";

    private static boolean holdsSource(Connection c, Lake lake) throws SQLException {
        LakeSnapshot snapshot = lake.snapshot();
        if (snapshot.files(LakeDataset.INTERACTIONS).isEmpty()) {
            return false;
        }
        return DuckDb.queryLong(
                        c,
                        "SELECT count(*) FROM (SELECT 1 FROM " + snapshot.duckDbRelation(LakeDataset.INTERACTIONS)
                                + " WHERE source = '" + SOURCE + "' LIMIT 1)")
                > 0;
    }

    /** Appends a month batch to {@code sim} and converts it into {@code incoming} with the canonical columns. */
    private static void write(DuckDBConnection duck, Connection c, MonthBatch b, long seed) throws SQLException {
        DuckDb.execute(c, "DELETE FROM sim");
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sim")) {
            for (int i = 0; i < b.size(); i++) {
                a.beginRow().append(b.id(i)).append((byte) b.handler(i)).append((byte) b.site(i));
                a.append((byte) b.channel(i)).append((byte) b.queue(i)).append((byte) b.region(i));
                if (b.customer(i) < 0) {
                    a.appendNull();
                } else {
                    a.append(b.customer(i));
                }
                a.append(b.isCustomer(i)).append(b.arrivedMicros(i));
                if (b.answeredMicros(i) == MonthBatch.NONE) {
                    a.appendNull()
                            .append(b.endedMicros(i))
                            .append(0)
                            .append(false)
                            .append(false)
                            .append(false);
                    a.appendNull().appendNull().appendNull().appendNull();
                } else {
                    a.append(b.answeredMicros(i)).append(b.endedMicros(i)).append(b.handleSeconds(i));
                    a.append(b.transferred(i)).append(b.resolved(i)).append(b.complaint(i));
                    a.append((short) b.agent(i));
                    nullable(a, b.csat(i));
                    nullable(a, b.nps(i));
                    if (b.qaTenths(i) < 0) {
                        a.appendNull();
                    } else {
                        a.append((short) b.qaTenths(i));
                    }
                }
                a.endRow();
            }
        }
        DuckDb.execute(
                c,
                "INSERT INTO incoming SELECT 'D' || id, " + list(ContactCenterSimulation.HANDLERS) + "[h + 1], "
                        + list(ContactCenterSimulation.SITES) + "[site + 1], "
                        + list(ContactCenterSimulation.CHANNELS) + "[ch + 1], "
                        + list(ContactCenterSimulation.QUEUES) + "[q + 1], "
                        + list(ContactCenterSimulation.REGIONS) + "[r + 1],"
                        + " CASE WHEN is_customer THEN 'C' ELSE 'L' END || customer, is_customer,"
                        + " CAST(make_timestamp(arrived) AS TIMESTAMPTZ), CAST(make_timestamp(answered) AS TIMESTAMPTZ),"
                        + " CAST(make_timestamp(ended) AS TIMESTAMPTZ), handle, transferred, resolved, complaint,"
                        + " " + list(ContactCenterSimulation.HANDLERS)
                        + "[h + 1] || '-a' || lpad(CAST(agent AS VARCHAR), 2, '0'), csat, nps, qa / 10.0, '" + SOURCE
                        + "', 'demo-" + seed + "', now(), '" + b.month() + "' FROM sim");
    }

    private static void nullable(DuckDBAppender a, int value) throws SQLException {
        if (value < 0) {
            a.appendNull();
        } else {
            a.append((byte) value);
        }
    }

    private static String list(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
