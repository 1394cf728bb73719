package com.steward.analytics;

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

/** Small generated interaction and event data sets, written as canonical CSV, for tests. */
public final class LakeFixtures {
    public static final Set<String> VENDORS = Set.of("inhouse", "acme", "bluesky", "corvid");
    private static final List<String> HANDLERS = List.of("inhouse", "acme", "bluesky", "corvid");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private LakeFixtures() {}

    /** One canonical interaction. */
    public record Contact(
            String source,
            String id,
            String handledBy,
            String site,
            String channel,
            String queue,
            String region,
            String customerId,
            Boolean isCustomer,
            Instant arrived,
            Instant answered,
            Instant ended,
            Double handleSeconds,
            Boolean transferred,
            Boolean resolved,
            Boolean complaint,
            String agentId,
            Integer csat,
            Integer nps,
            Double qa) {}

    public record Event(String customerId, String event, Instant at) {}

    /**
     * The contacts with optional fields not reported (NULL) on a fixed rule of their position, so a test can apply
     * the same rule in Java: every 5th handle time, 7th transfer flag, 11th complaint flag, 3rd resolved flag and 4th
     * customer status is unknown; {@code noDispositionVendor}'s contacts report no resolved flag at all (its resolved
     * rate has n = 0), and the survey and QA values of {@code noSurveyVendor} are all unknown.
     */
    public static List<Contact> withUnknowns(
            List<Contact> contacts, String noDispositionVendor, String noSurveyVendor) {
        List<Contact> out = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            boolean silent = c.handledBy().equals(noSurveyVendor);
            out.add(new Contact(
                    c.source(),
                    c.id(),
                    c.handledBy(),
                    c.site(),
                    c.channel(),
                    c.queue(),
                    c.region(),
                    c.customerId(),
                    i % 4 == 1 ? null : c.isCustomer(),
                    c.arrived(),
                    c.answered(),
                    c.ended(),
                    i % 5 == 2 ? null : c.handleSeconds(),
                    i % 7 == 3 ? null : c.transferred(),
                    i % 3 == 0 || c.handledBy().equals(noDispositionVendor) ? null : c.resolved(),
                    i % 11 == 4 ? null : c.complaint(),
                    c.agentId(),
                    silent ? null : c.csat(),
                    silent ? null : c.nps(),
                    silent ? null : c.qa()));
        }
        return out;
    }

    /**
     * Writes the contacts straight into the lake with DuckDB (read with explicit types, NULL where a value is
     * missing), not through the importer, so a test of the KPIs does not depend on what the importer accepts.
     */
    public static void writeDirect(
            com.steward.analytics.lake.Lake lake, Path dir, List<Contact> contacts, String source) {
        Path file = write(dir.resolve("direct-" + source + ".csv"), csv(contacts));
        try (java.sql.Connection connection = com.steward.analytics.lake.DuckDb.open(ZoneId.of("UTC"))) {
            com.steward.analytics.lake.DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE incoming AS SELECT *, '" + source + "' AS source, 'fixture' AS import_id,"
                            + " CAST('2026-06-01 00:00:00+00' AS TIMESTAMPTZ) AS ingested_at,"
                            + " strftime(timezone('UTC', arrived_at), '%Y-%m') AS month FROM read_csv('" + file
                            + "', header = true, auto_detect = false, columns = {'interaction_id': 'VARCHAR',"
                            + " 'handled_by': 'VARCHAR', 'site': 'VARCHAR', 'channel': 'VARCHAR', 'queue': 'VARCHAR',"
                            + " 'region': 'VARCHAR', 'customer_id': 'VARCHAR', 'is_customer': 'BOOLEAN',"
                            + " 'arrived_at': 'TIMESTAMPTZ', 'answered_at': 'TIMESTAMPTZ', 'ended_at': 'TIMESTAMPTZ',"
                            + " 'handle_seconds': 'DOUBLE', 'transferred': 'BOOLEAN', 'resolved': 'BOOLEAN',"
                            + " 'complaint': 'BOOLEAN', 'agent_id': 'VARCHAR', 'csat': 'INTEGER', 'nps': 'INTEGER',"
                            + " 'qa_score': 'DOUBLE'})");
            lake.upsert(connection, com.steward.analytics.lake.LakeDataset.INTERACTIONS, "incoming");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code n} contacts from February to April 2026 (across the Europe/Berlin DST change on 29 March), with
     * repeat callers across vendors and months, simultaneous contacts of one caller, leads, unidentified callers,
     * short and long abandons and missing survey values.
     */
    public static List<Contact> contacts(long seed, int n, String source) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        long span = Instant.parse("2026-05-01T00:00:00Z").getEpochSecond() - start.getEpochSecond();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant arrived =
                    start.plusSeconds((long) (random.nextDouble() * span)).plusMillis(random.nextInt(1000));
            if (i % 50 == 0) {
                // Around the DST switch (01:00 UTC on 29 March 2026).
                arrived = Instant.parse("2026-03-29T00:30:00Z").plusSeconds(random.nextInt(7200));
            }
            // Every 61st contact arrives in the same microsecond as the one before, from the same caller (a chat
            // opened while on the phone): FCR's tie rule.
            boolean simultaneous = i % 61 == 30;
            if (simultaneous) {
                arrived = contacts.getLast().arrived();
            }
            boolean abandoned = random.nextDouble() < 0.15;
            Instant answered = abandoned ? null : arrived.plusMillis((long) (random.nextDouble() * 60_000));
            if (!abandoned && i % 97 == 0) {
                answered = arrived.plusSeconds(20); // exactly on the service-level threshold
            }
            double handle = abandoned ? 0 : Math.round(30 + random.nextDouble() * 900);
            Instant ended = abandoned
                    ? arrived.plusMillis((long) (random.nextDouble() * (random.nextBoolean() ? 4_000 : 120_000)))
                    : answered.plusSeconds((long) handle);
            double who = random.nextDouble();
            String customer = who < 0.7 ? "C" + random.nextInt(150) : who < 0.85 ? "L" + random.nextInt(40) : null;
            if (simultaneous) {
                customer = contacts.getLast().customerId();
            }
            contacts.add(new Contact(
                    source,
                    "I" + i,
                    HANDLERS.get(random.nextInt(HANDLERS.size())),
                    random.nextDouble() < 0.1 ? null : "site-" + random.nextInt(3),
                    List.of("voice", "chat", "email", "messaging").get(random.nextInt(4)),
                    List.of("billing", "technical", "sales").get(random.nextInt(3)),
                    List.of("US-CA", "GB", "DE").get(random.nextInt(3)),
                    customer,
                    customer == null ? random.nextBoolean() : customer.startsWith("C"),
                    arrived,
                    answered,
                    ended,
                    handle,
                    !abandoned && random.nextDouble() < 0.1,
                    !abandoned && random.nextDouble() < 0.7,
                    !abandoned && random.nextDouble() < 0.05,
                    abandoned ? null : "agent-" + random.nextInt(12),
                    !abandoned && random.nextDouble() < 0.4 ? 1 + random.nextInt(5) : null,
                    !abandoned && random.nextDouble() < 0.3 ? random.nextInt(11) : null,
                    !abandoned && random.nextDouble() < 0.2 ? random.nextInt(1001) / 10.0 : null));
        }
        return contacts;
    }

    /** Churn and conversion events for the fixture's customers and leads, some outside the contact months. */
    public static List<Event> events(long seed) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-01-15T00:00:00Z");
        List<Event> events = new ArrayList<>();
        for (int c = 0; c < 150; c++) {
            if (random.nextDouble() < 0.3) {
                events.add(
                        new Event("C" + c, "churned", start.plusSeconds((long) (random.nextDouble() * 130 * 86_400))));
            }
        }
        for (int l = 0; l < 40; l++) {
            if (random.nextDouble() < 0.4) {
                events.add(new Event(
                        "L" + l, "became_customer", start.plusSeconds((long) (random.nextDouble() * 150 * 86_400))));
            }
        }
        return events;
    }

    public static final String HEADER = "interaction_id,handled_by,site,channel,queue,region,customer_id,is_customer,"
            + "arrived_at,answered_at,ended_at,handle_seconds,transferred,resolved,complaint,agent_id,csat,nps,qa_score";

    /** Canonical CSV; timestamps alternate between UTC, Berlin and New York offsets. */
    public static String csv(List<Contact> contacts) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        ZoneId[] zones = {ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York")};
        int i = 0;
        for (Contact c : contacts) {
            ZoneId zone = zones[i++ % zones.length];
            out.append(String.join(
                            ",",
                            c.id(),
                            c.handledBy(),
                            text(c.site()),
                            c.channel(),
                            c.queue(),
                            c.region(),
                            text(c.customerId()),
                            bool(c.isCustomer()),
                            ts(c.arrived(), zone),
                            ts(c.answered(), zone),
                            ts(c.ended(), zone),
                            c.handleSeconds() == null ? "" : num(c.handleSeconds()),
                            bool(c.transferred()),
                            bool(c.resolved()),
                            bool(c.complaint()),
                            text(c.agentId()),
                            c.csat() == null ? "" : c.csat().toString(),
                            c.nps() == null ? "" : c.nps().toString(),
                            c.qa() == null ? "" : c.qa().toString()))
                    .append('\n');
        }
        return out.toString();
    }

    /** Writes the events straight into the lake with DuckDB, as {@link #writeDirect}. */
    public static void writeEventsDirect(com.steward.analytics.lake.Lake lake, Path dir, List<Event> events) {
        Path file = write(dir.resolve("direct-events.csv"), eventsCsv(events));
        try (java.sql.Connection connection = com.steward.analytics.lake.DuckDb.open(ZoneId.of("UTC"))) {
            com.steward.analytics.lake.DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE incoming AS SELECT *, 'crm' AS source, 'fixture' AS import_id,"
                            + " CAST('2026-06-01 00:00:00+00' AS TIMESTAMPTZ) AS ingested_at,"
                            + " strftime(timezone('UTC', \"at\"), '%Y-%m') AS month FROM read_csv('" + file
                            + "', header = true, auto_detect = false, columns = {'customer_id': 'VARCHAR',"
                            + " 'event': 'VARCHAR', 'at': 'TIMESTAMPTZ', 'value': 'DOUBLE'})");
            lake.upsert(connection, com.steward.analytics.lake.LakeDataset.CUSTOMER_EVENTS, "incoming");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String eventsCsv(List<Event> events) {
        StringBuilder out = new StringBuilder("customer_id,event,at,value\n");
        for (Event e : events) {
            out.append(e.customerId())
                    .append(',')
                    .append(e.event())
                    .append(',')
                    .append(ts(e.at(), ZoneOffset.UTC))
                    .append(",\n");
        }
        return out.toString();
    }

    public static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String bool(Boolean b) {
        return b == null ? "" : b.toString();
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String ts(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        String base = WITH_OFFSET.format(instant.atZone(zone));
        long millis = instant.toEpochMilli() % 1000;
        // yyyy-MM-dd HH:mm:ss.SSS+hh:mm
        return base.substring(0, 19) + "." + String.format("%03d", millis) + base.substring(19);
    }
}
