package com.steward.app.savings;

import com.steward.analytics.kpi.KpiSettings;
import com.steward.analytics.queries.LakeQueries;
import com.steward.analytics.queries.LakeRow;
import com.steward.app.lake.InteractionLake;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Reads from the lake what a vendor handled per month ({@code handled-units.sql} in {@code analytics}' lake
 * queries), through the lake gateway (cached per lake generation).
 */
@Component
class HandledUnits {

    /** Units of one vendor in one month. */
    record Month(long handledContacts, BigDecimal handledSeconds) {
        static final Month NONE = new Month(0, BigDecimal.ZERO);
    }

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
        var query = LakeQueries.handledUnits(
                vendorCode,
                from.atDay(1).atStartOfDay(zone).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
                zone);
        for (LakeRow row : lake.query(query).rows()) {
            out.put(
                    YearMonth.from(row.date("period_month")),
                    new Month(row.longValue("handled_contacts"), row.decimal("handled_seconds")));
        }
        return out;
    }
}
