package com.steward.core.allocation;

import com.steward.core.staffing.Forecast;
import com.steward.core.staffing.IntervalForecast;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A staffing plan's forecast (one queue's contacts and AHT per interval, as the staffing calculator takes it) as an
 * allocation forecast of one queue × region: every interval kept as it is, on the plan's interval length.
 */
public final class StaffingForecasts {

    private StaffingForecasts() {}

    /**
     * The intervals of {@code forecast} for {@code segment}.
     *
     * @throws AllocationException when the staffing forecast's interval length is not the allocation plan's
     */
    public static List<ForecastInterval> of(Segment segment, Forecast forecast, Duration planInterval) {
        if (!forecast.intervalLength().equals(planInterval)) {
            throw new AllocationException("the staffing forecast of " + segment + " has intervals of "
                    + forecast.intervalLength().toMinutes() + " minutes; the plan's are " + planInterval.toMinutes());
        }
        List<ForecastInterval> out = new ArrayList<>(forecast.intervals().size());
        for (IntervalForecast f : forecast.intervals()) {
            out.add(new ForecastInterval(segment, f.start(), f.contacts(), f.ahtSeconds()));
        }
        return out;
    }
}
