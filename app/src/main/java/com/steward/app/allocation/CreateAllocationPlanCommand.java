package com.steward.app.allocation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new allocation plan, as the form and the API send it; the files are CSV text (see docs/transition-allocation.md).
 *
 * @param forecastCsv {@code queue,region,interval_start,contacts,aht_seconds}; may be blank when the forecast comes
 *     from staffing plans
 * @param splitsCsv optional {@code queue,region,handler,share_percent,cap_contacts}; segments without a row here
 *     take their shares from the transition plans' phases in effect on {@code firstDay}, in-house the rest
 * @param handlersCsv optional terms
 *     {@code handler,aht_seconds,patience_seconds,service_level_percent,answer_seconds,shrinkage_percent}; a
 *     handler without a row is staffed on the forecast's AHT, Erlang C, 80 % in 20 s, 30 % shrinkage
 * @param staffingForecasts forecasts taken from staffing plans, one queue × region each, added to the CSV's
 */
public record CreateAllocationPlanCommand(
        String name,
        LocalDate firstDay,
        LocalDate lastDay,
        int intervalMinutes,
        String forecastCsv,
        @Nullable String splitsCsv,
        @Nullable String handlersCsv,
        List<StaffingForecast> staffingForecasts) {

    public CreateAllocationPlanCommand {
        staffingForecasts = staffingForecasts == null ? List.of() : List.copyOf(staffingForecasts);
    }

    /** A plan whose forecast is the imported CSV only. */
    public CreateAllocationPlanCommand(
            String name,
            LocalDate firstDay,
            LocalDate lastDay,
            int intervalMinutes,
            String forecastCsv,
            @Nullable String splitsCsv,
            @Nullable String handlersCsv) {
        this(name, firstDay, lastDay, intervalMinutes, forecastCsv, splitsCsv, handlersCsv, List.of());
    }
}
