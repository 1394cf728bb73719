package com.steward.app.allocation;

import com.steward.app.web.InvalidRequestException;
import com.steward.core.allocation.AllocationException;
import com.steward.core.allocation.ForecastInterval;
import com.steward.core.allocation.Segment;
import com.steward.core.allocation.StaffingForecasts;
import com.steward.core.staffing.ForecastCsv;
import com.steward.core.staffing.ForecastFormatException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A new plan's forecast: the imported CSV's rows, then each staffing plan's forecast for its queue × region. */
final class PlanForecasts {

    private PlanForecasts() {}

    static List<ForecastInterval> of(CreateAllocationPlanCommand c) {
        List<ForecastInterval> forecast = new ArrayList<>();
        boolean fromStaffing = !c.staffingForecasts().isEmpty();
        if (!fromStaffing || (c.forecastCsv() != null && !c.forecastCsv().isBlank())) {
            for (AllocationCsv.ForecastRow r : AllocationCsv.forecast("forecast.csv", c.forecastCsv())) {
                forecast.add(new ForecastInterval(
                        new Segment(r.queue(), r.region()), r.start(), r.contacts(), r.ahtSeconds()));
            }
        }
        Duration interval = Duration.ofMinutes(c.intervalMinutes());
        for (int i = 0; i < c.staffingForecasts().size(); i++) {
            forecast.addAll(staffing(i, c.staffingForecasts().get(i), interval));
        }
        if (forecast.isEmpty()) {
            throw new InvalidRequestException("forecastCsv", "forecast.csv: at least one row");
        }
        return forecast;
    }

    private static List<ForecastInterval> staffing(int index, StaffingForecast s, Duration interval) {
        String what = "staffing forecast " + (index + 1);
        if (s.queue() == null
                || s.queue().isBlank()
                || s.region() == null
                || s.region().isBlank()) {
            throw new InvalidRequestException("staffingForecasts", what + ": name its queue and region");
        }
        Segment segment = new Segment(s.queue().strip(), s.region().strip());
        what += " (queue " + segment.queue() + ", region " + segment.region() + ")";
        try {
            return StaffingForecasts.of(
                    segment,
                    ForecastCsv.parse(new StringReader(s.forecastCsv() == null ? "" : s.forecastCsv()), interval),
                    interval);
        } catch (ForecastFormatException | AllocationException e) {
            throw new InvalidRequestException("staffingForecasts", what + ": " + e.getMessage());
        }
    }
}
