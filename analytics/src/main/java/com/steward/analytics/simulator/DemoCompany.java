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
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Generates a demo company into a lake: an in-house centre and three vendors over twelve months, by a
 * discrete-event simulation of its contact centre ({@link ContactCenterSimulation}), reproducible from a seed.
 *
 * <p>Model (parameters are the constants of {@link ContactCenterSimulation}):
 *
 * <ul>
 *   <li><b>Arrivals</b>: per handler × channel group (voice; chat + messaging; email) a non-homogeneous Poisson
 *       process whose rate is constant within each 15-minute interval: base rate × a weekly profile. The profile
 *       mixes six regions (US-CA, US-TX, US-NY, GB, DE, ES, equal shares) at their UTC offsets, each with a local
 *       daily profile (a 10:30 and a 15:00 peak, an evening shoulder, a quiet night) and weekday factors (Monday 1.15
 *       … Saturday 0.45, Sunday 0.30); the region of a first contact is drawn from the mix at its arrival time.
 *       Shares: handlers inhouse 40%, acme 25%, bluesky 20%, corvid 15%; channels voice 60%, chat 23%, email 5%,
 *       messaging 12%; queues billing 35%, technical 35%, sales 20%, retention 10%. 88% of callers are
 *       identified, 82% of them customers ({@code C…}), the rest leads ({@code L…}).
 *   <li><b>Staffing</b>: each handler plans every 15-minute interval for its expected load (first contacts × 1.2 for
 *       repeats) with {@link com.steward.core.staffing.RequiredAgents}: Erlang A (Garnett, Mandelbaum &amp; Reiman
 *       2002) for voice (service level within 20 s, patience 300 s) and chat/messaging (within 60 s, patience 600 s)
 *       with goals inhouse 90%, acme 80%, bluesky 55%, corvid 82%; Erlang C for email with a mean-wait goal of 30,
 *       45, 90 and 30 minutes. At least one agent per interval; the plan is cached per load level (1% buckets).
 *   <li><b>Queues</b>: one FCFS multi-server queue with impatient callers per handler × channel group
 *       ({@link ServiceQueue}): waits and abandons follow from the staffing and the actual (random) arrivals and
 *       handle times. Patience is exponential (mean 300 s voice, 600 s chat and messaging; email never abandons).
 *       Staffing changes at interval boundaries (or earlier, when every agent is busy past one).
 *   <li><b>Handle time</b>: log-normal (σ 0.45, median factor e<sup>−0.1</sup>) around a per-queue mean (billing 320
 *       s, technical 540 s, sales 420 s, retention 480 s) × channel (chat 1.3, email 0.6, messaging 1.1) × (1 + 0.5 ×
 *       (0.8 − q)).
 *   <li><b>Outcomes</b>: each handler has a quality q (inhouse 0.80, acme 0.76, bluesky 0.70, corvid 0.78), each of
 *       its 60 agent labels an offset in ±0.04 (opposite for labels 2k and 2k + 1, so small teams are not biased);
 *       sites follow the agent (inhouse hq-dublin 70% / hq-austin, acme manila / cebu, bluesky lisbon, corvid krakow
 *       60% / bogota). Resolved with probability 0.45 + 0.5q, transferred 0.22 − 0.15q, complaint 0.005 + 0.05(1 −
 *       q) + 0.03 if unresolved + 0.02(1 − w); a satisfaction score 0.5q + 0.35 resolved + 0.15w − 0.3 complaint −
 *       0.03 transferred + noise drives CSAT (25% respond) and NPS (15%); QA (6% evaluated) follows q. The wait
 *       factor w is 1 within a grace (voice 30 s, chat and messaging 60 s, email 1 h), then decays exponentially
 *       (scale 120 s, 240 s, 4 h).
 *   <li><b>Repeats</b>: an answered contact of an identified caller leads to another contact (same caller and queue,
 *       any channel and handler) 0.05 + Exp(mean 2.5) days after it ends (redrawn, by thinning, to follow the caller region's daily and weekly profile) with probability 0.85 if unresolved, 0.04
 *       otherwise; half of the identified callers who abandon try again (same channel) 5 min + Exp(mean 1 h) later.
 *       Repeats enter the queue of the handler they land at, in time order, across month boundaries.
 *   <li><b>Customers</b>: a contact makes a customer churn (within 40 days) with probability 0.002 + 0.05 ×
 *       complaint + 0.012 × unresolved + 0.01 × abandoned + 0.04 × (0.8 − q), and a lead convert (within 80 days)
 *       with 0.02 + 0.30q if resolved; each customer's first event of a kind is kept.
 *   <li><b>{@value #DEGRADING_VENDOR} degrades</b> in the last {@value #DEGRADED_MONTHS} months: its q drops from
 *       0.78 to 0.55 (longer handle times, lower CSAT, FCR and lead conversion, more churn) and it staffs for a 60%
 *       service level (email 90 min), so its waits and abandons rise too.
 * </ul>
 *
 * Repeats and retries add about 1/5 to the first contacts; the total is close to, and a little under, the requested
 * size. Generation is single-threaded and month by month: each month's contacts go to the lake as one batch
 * (appended with {@link Lake#appendNew} when the lake holds no demo rows yet, else upserted so an earlier demo's rows
 * are replaced), so memory stays bounded by one month. Customer events are written at the end.
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

    /**
     * Appends a month batch to {@code sim} and defines {@code incoming} as the view of it with the canonical columns,
     * so the strings are only made while the lake writes its Parquet files.
     */
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
        String handlers = list(ContactCenterSimulation.HANDLERS);
        DuckDb.execute(
                c,
                "CREATE OR REPLACE TEMP VIEW incoming AS SELECT 'D' || id AS interaction_id, " + handlers
                        + "[h + 1] AS handled_by, " + list(ContactCenterSimulation.SITES) + "[site + 1] AS site, "
                        + list(ContactCenterSimulation.CHANNELS) + "[ch + 1] AS channel, "
                        + list(ContactCenterSimulation.QUEUES) + "[q + 1] AS queue, "
                        + list(ContactCenterSimulation.REGIONS) + "[r + 1] AS region,"
                        + " CASE WHEN is_customer THEN 'C' ELSE 'L' END || customer AS customer_id, is_customer,"
                        + " CAST(make_timestamp(arrived) AS TIMESTAMPTZ) AS arrived_at,"
                        + " CAST(make_timestamp(answered) AS TIMESTAMPTZ) AS answered_at,"
                        + " CAST(make_timestamp(ended) AS TIMESTAMPTZ) AS ended_at,"
                        + " CAST(handle AS DOUBLE) AS handle_seconds, transferred, resolved, complaint,"
                        + " " + handlers + "[h + 1] || '-a' || lpad(CAST(agent AS VARCHAR), 2, '0') AS agent_id,"
                        + " CAST(csat AS INTEGER) AS csat, CAST(nps AS INTEGER) AS nps, CAST(qa AS DOUBLE) / 10 AS qa_score,"
                        + " '" + SOURCE + "' AS source, 'demo-" + seed + "' AS import_id,"
                        + " CAST(now() AS TIMESTAMPTZ) AS ingested_at, '" + b.month() + "' AS month FROM sim");
    }

    private static void nullable(DuckDBAppender a, int value) throws SQLException {
        if (value < 0) {
            a.appendNull();
        } else {
            a.append((byte) value);
        }
    }

    private static String list(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
