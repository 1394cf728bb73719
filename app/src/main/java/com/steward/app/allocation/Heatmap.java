package com.steward.app.allocation;

import com.steward.core.allocation.IntervalCoverage;
import java.time.LocalDate;
import java.util.List;

/**
 * Over/under-allocation per vendor × day × interval: hours of the chosen basis against required hours.
 *
 * @param columns interval labels of a day ({@code 08:00} …)
 * @param vendors one grid per visible vendor
 */
public record Heatmap(
        AllocationPlanHeader plan, IntervalCoverage.Basis basis, List<String> columns, List<Grid> vendors) {

    /** One vendor's days. */
    public record Grid(String vendor, List<Row> rows) {}

    /** One day's cells. */
    public record Row(LocalDate day, List<Cell> cells) {}

    /**
     * One interval.
     *
     * @param band {@code none} (nothing required or reported), {@code nr} (required, hours not reported),
     *     {@code under2} (&lt; 80 % of required), {@code under1} (80–95 %), {@code ok} (95–105 %), {@code over1}
     *     (105–120 %), {@code over2} (&gt; 120 %, or hours where nothing was required)
     * @param label the short text in the cell: the gap in hours, or {@code n/r}
     * @param title the full explanation (tooltip and screen readers)
     */
    public record Cell(String band, String label, String title) {}
}
