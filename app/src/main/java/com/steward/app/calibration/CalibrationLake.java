package com.steward.app.calibration;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.LakeSnapshot;
import com.steward.app.ingest.InteractionLake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the lake for a calibration sample's population ({@code calibration-population.sql}) and for what each
 * vendor's own QA reported over the period ({@code calibration-reported-qa.sql}); the SQL lives in those files only.
 * Periods are whole days in UTC, as the KPI definitions' default zone.
 */
@Component
class CalibrationLake {

    static final String POPULATION = load("calibration-population.sql");
    static final String REPORTED_QA = load("calibration-reported-qa.sql");

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
        LakeSnapshot snapshot = lake.lake().snapshot();
        List<Contact> contacts = new ArrayList<>();
        Map<String, ReportedQa> reported = new LinkedHashMap<>();
        if (vendorCodes.isEmpty() || !lake.hasInteractions()) {
            return new Population(contacts, reported, snapshot.generation());
        }
        OffsetDateTime start = from.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        String relation = snapshot.duckDbRelation(LakeDataset.INTERACTIONS);
        try (Connection connection = DuckDb.open(ZoneId.of("UTC"))) {
            DuckDb.execute(connection, "CREATE TEMP TABLE calibration_vendors (code VARCHAR PRIMARY KEY)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO calibration_vendors VALUES (?)")) {
                for (String code : vendorCodes) {
                    insert.setString(1, code);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement query = connection.prepareStatement(
                    POPULATION.replace("{interactions}", relation).replace("{vendors}", "calibration_vendors"))) {
                query.setString(1, Long.toString(seed));
                query.setObject(2, start);
                query.setObject(3, end);
                query.setInt(4, capPerVendor);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        contacts.add(new Contact(
                                rs.getString("source"),
                                rs.getString("interaction_id"),
                                rs.getString("handled_by"),
                                rs.getString("channel"),
                                rs.getString("queue"),
                                rs.getObject("arrived_at", OffsetDateTime.class).toInstant(),
                                (Double) rs.getObject("qa_score")));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    REPORTED_QA.replace("{interactions}", relation).replace("{vendors}", "calibration_vendors"))) {
                query.setObject(1, start);
                query.setObject(2, end);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Object mean = rs.getObject("qa_mean");
                        reported.put(
                                rs.getString("handled_by"),
                                new ReportedQa(
                                        rs.getInt("contacts"),
                                        mean == null ? null : ((Number) mean).doubleValue(),
                                        rs.getInt("qa_n")));
                    }
                }
            }
            return new Population(contacts, reported, snapshot.generation());
        } catch (SQLException e) {
            throw new LakeException("calibration population query failed: " + e.getMessage(), e);
        }
    }

    private static String load(String name) {
        try (InputStream in = CalibrationLake.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
