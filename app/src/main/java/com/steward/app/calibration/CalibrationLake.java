package com.steward.app.calibration;

import com.steward.analytics.queries.LakeQueries;
import com.steward.analytics.queries.LakeRow;
import com.steward.app.lake.InteractionLake;
import com.steward.app.lake.LakeResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the lake for a calibration sample's population ({@code calibration-population.sql}) and for what each
 * vendor's own QA reported over the period ({@code calibration-reported-qa.sql}), both in {@code analytics}' lake
 * queries, through the lake gateway (cached per lake generation). Periods are whole days in UTC, as the KPI
 * definitions' default zone.
 */
@Component
class CalibrationLake {

    private final InteractionLake lake;

    CalibrationLake(InteractionLake lake) {
        this.lake = lake;
    }

    /** One answered contact that may be sampled. */
    record Contact(
            String source,
            String interactionId,
            String vendorCode,
            String channel,
            String queue,
            Instant arrivedAt,
            Double qaScore) {

        String key() {
            return source + "|" + interactionId;
        }
    }

    /** What one vendor's QA reported: answered contacts, mean qa_score (null: not reported) and its n. */
    record ReportedQa(int contacts, Double mean, int n) {}

    /** The population, each vendor's reported QA and the lake generation they were read from. */
    record Population(List<Contact> contacts, Map<String, ReportedQa> reported, long generation) {}

    Population population(Collection<String> vendorCodes, LocalDate from, LocalDate to, long seed, int capPerVendor) {
        List<Contact> contacts = new ArrayList<>();
        Map<String, ReportedQa> reported = new LinkedHashMap<>();
        if (vendorCodes.isEmpty() || !lake.hasInteractions()) {
            return new Population(contacts, reported, lake.generation());
        }
        Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        LakeResult population =
                lake.query(LakeQueries.calibrationPopulation(vendorCodes, start, end, seed, capPerVendor));
        for (LakeRow row : population.rows()) {
            contacts.add(new Contact(
                    row.string("source"),
                    row.string("interaction_id"),
                    row.string("handled_by"),
                    row.string("channel"),
                    row.string("queue"),
                    row.instant("arrived_at"),
                    row.nullableDouble("qa_score")));
        }
        for (LakeRow row : lake.query(LakeQueries.calibrationReportedQa(vendorCodes, start, end))
                .rows()) {
            reported.put(
                    row.string("handled_by"),
                    new ReportedQa(row.intValue("contacts"), row.nullableDouble("qa_mean"), row.intValue("qa_n")));
        }
        return new Population(contacts, reported, population.generation());
    }
}
