package com.steward.app.savings;

import com.steward.analytics.kpi.KpiSettings;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.app.ingest.InteractionLake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Reads from the lake what a vendor handled per month ({@code handled_units.sql}). */
@Component
class HandledUnits {

    /** Units of one vendor in one month. */
    record Month(long handledContacts, BigDecimal handledSeconds) {
        static final Month NONE = new Month(0, BigDecimal.ZERO);
    }

    private static final String SQL = load();
    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private final InteractionLake lake;
    private final ZoneId zone = KpiSettings.defaults().zone();

    HandledUnits(InteractionLake lake) {
        this.lake = lake;
    }

    /** Month → units for {@code vendorCode} from {@code from} to {@code to} (inclusive); months without contacts absent. */
    Map<YearMonth, Month> byMonth(String vendorCode, YearMonth from, YearMonth to) {
        Map<YearMonth, Month> out = new TreeMap<>();
        if (!lake.hasInteractions()) {
            return out;
        }
        var snapshot = lake.lake().snapshot();
        String sql = SQL.replace("${interactions}", snapshot.duckDbRelation(LakeDataset.INTERACTIONS))
                .replace("${from}", timestamp(from.atDay(1)))
                .replace("${to}", timestamp(to.plusMonths(1).atDay(1)));
        try (Connection connection = DuckDb.open(zone);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, vendorCode);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            YearMonth.from(rs.getObject(1, LocalDate.class)),
                            new Month(rs.getLong(2), rs.getBigDecimal(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LakeException("handled units query failed: " + e.getMessage(), e);
        }
    }

    private String timestamp(LocalDate day) {
        return "TIMESTAMPTZ '" + UTC_TEXT.format(day.atStartOfDay(zone)) + "'";
    }

    private static String load() {
        try (InputStream in = HandledUnits.class.getResourceAsStream("handled_units.sql")) {
            if (in == null) {
                throw new IllegalStateException("handled_units.sql missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
