package com.steward.analytics.queries;

import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.queries.LakeQuery.ValueTable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lake queries besides the KPI set, one named factory per SQL file under
 * {@code resources/com/steward/analytics/queries/}. Periods are half-open, {@code [from, to)}.
 */
public final class LakeQueries {

    /** UTC by its region id: DuckDB's session time zone does not accept the offset id {@code Z}. */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, LakeDataset> INTERACTIONS = Map.of("interactions", LakeDataset.INTERACTIONS);

    private LakeQueries() {}

    /**
     * Key customers (from {@code keyCustomerIds}) who contacted {@code vendorCode} in the period: one row per
     * customer with {@code customer_id}, the {@code queue} and {@code region} of its first contact and its
     * {@code contacts}. Periods are read in UTC.
     */
    public static LakeQuery contactedKeyCustomers(
            String vendorCode, Instant from, Instant to, Collection<String> keyCustomerIds) {
        return new LakeQuery(
                "contacted-key-customers.sql",
                UTC,
                INTERACTIONS,
                Map.of(
                        "key_accounts",
                        new ValueTable("customer_id", keyCustomerIds.stream().toList())),
                Map.of("vendor", vendorCode, "from", from, "to", to));
    }

    /** The identified customers with the most contacts handled by outsourced vendors ({@code customer_id}). */
    public static LakeQuery frequentCustomers(long limit) {
        return new LakeQuery("frequent-customers.sql", UTC, INTERACTIONS, Map.of(), Map.of("limit", limit));
    }

    /**
     * What {@code vendorCode} handled per calendar month of {@code zone} in the period: {@code period_month} (the
     * month's first day), {@code handled_contacts}, {@code handled_seconds} (exact decimal).
     */
    public static LakeQuery handledUnits(String vendorCode, Instant from, Instant to, ZoneId zone) {
        return new LakeQuery(
                "handled-units.sql",
                zone,
                INTERACTIONS,
                Map.of(),
                Map.of("vendor", vendorCode, "from", from, "to", to));
    }

    /**
     * The answered contacts of {@code vendorCodes} in the period a calibration sample is drawn from, each vendor's
     * cut to the {@code capPerVendor} first in a {@code seed}ed hash order (UTC).
     */
    public static LakeQuery calibrationPopulation(
            Collection<String> vendorCodes, Instant from, Instant to, long seed, long capPerVendor) {
        return new LakeQuery(
                "calibration-population.sql",
                UTC,
                INTERACTIONS,
                vendors(vendorCodes),
                Map.of("seed", Long.toString(seed), "from", from, "to", to, "cap", capPerVendor));
    }

    /** What each vendor's own QA reported over the period: {@code contacts}, {@code qa_mean}, {@code qa_n} (UTC). */
    public static LakeQuery calibrationReportedQa(Collection<String> vendorCodes, Instant from, Instant to) {
        return new LakeQuery(
                "calibration-reported-qa.sql", UTC, INTERACTIONS, vendors(vendorCodes), Map.of("from", from, "to", to));
    }

    /**
     * The imports whose rows {@code dataset} holds, written at or after {@code since}: {@code import_id},
     * {@code source}, {@code row_count}, {@code first_ingested}.
     */
    public static LakeQuery importsSince(LakeDataset dataset, Instant since) {
        return new LakeQuery("imports-since.sql", UTC, Map.of("lake", dataset), Map.of(), Map.of("since", since));
    }

    static String text(String file) {
        return TEXTS.computeIfAbsent(file, f -> SqlFiles.load(LakeQueries.class, f));
    }

    private static Map<String, ValueTable> vendors(Collection<String> vendorCodes) {
        return Map.of("vendors", new ValueTable("code", vendorCodes.stream().toList()));
    }
}
