package com.steward.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.lake.DuckDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link KpiSql#periodEpochDay} (binary-search CASE and integer arithmetic) against {@code java.time}, the
 * independent reference: random instants, every period dimension, zones with DST, half-hour DST (Lord Howe), a
 * skipped calendar day (Apia, 2011-12-30) and a midnight DST change (Santiago).
 */
class PeriodEpochDayTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UTC",
                "Europe/Berlin",
                "America/New_York",
                "Australia/Lord_Howe",
                "Pacific/Apia",
                "America/Santiago",
                "Asia/Kolkata"
            })
    void everyContactFallsInThePeriodJavaTimeGivesIt(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        LocalDate from = LocalDate.of(2010, 11, 17);
        LocalDate to = LocalDate.of(2013, 2, 3);
        long lo = from.atStartOfDay(zone).toInstant().toEpochMilli() * 1000;
        long hi = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() * 1000;
        SplittableRandom random = new SplittableRandom(zoneId.hashCode());
        List<Long> instants = new ArrayList<>();
        instants.add(lo);
        instants.add(hi - 1);
        for (int i = 0; i < 3000; i++) {
            instants.add(random.nextLong(lo, hi));
        }
        // Instants right around each of the zone's transitions, where an offset error would show.
        for (var t = zone.getRules().nextTransition(Instant.ofEpochMilli(lo / 1000));
                t != null && t.getInstant().toEpochMilli() * 1000 < hi - 1;
                t = zone.getRules().nextTransition(t.getInstant())) {
            long at = t.getInstant().toEpochMilli() * 1000;
            instants.addAll(List.of(at - 1, at, at + 1));
        }
        try (Connection c = DuckDb.open(ZoneId.of("UTC"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (arrived_us BIGINT)");
            StringBuilder values = new StringBuilder();
            for (long us : instants) {
                values.append(values.isEmpty() ? "" : ", ")
                        .append('(')
                        .append(us)
                        .append(')');
            }
            s.execute("INSERT INTO t VALUES " + values);
            for (Dimension period : List.of(Dimension.DAY, Dimension.WEEK, Dimension.MONTH, Dimension.QUARTER)) {
                KpiQuery query = KpiQuery.of(from, to, period)
                        .withSettings(KpiSettings.defaults().withZone(zone));
                String sql = "SELECT arrived_us, " + KpiSql.periodEpochDay(query, "arrived_us") + " FROM t";
                int checked = 0;
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        long us = rs.getLong(1);
                        LocalDate day = Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L))
                                .atZone(zone)
                                .toLocalDate();
                        LocalDate expected = switch (period) {
                            case DAY -> day;
                            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                            case MONTH -> day.withDayOfMonth(1);
                            default -> day.with(IsoFields.DAY_OF_QUARTER, 1);
                        };
                        assertThat(LocalDate.ofEpochDay(rs.getLong(2)))
                                .as("%s %s at %s", zoneId, period, Instant.ofEpochSecond(us / 1_000_000L))
                                .isEqualTo(expected);
                        checked++;
                    }
                }
                assertThat(checked).isEqualTo(instants.size());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void noPeriodDimensionGivesNull() {
        assertThat(KpiSql.periodEpochDay(KpiQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)), "x"))
                .isEqualTo("CAST(NULL AS BIGINT)");
    }
}
