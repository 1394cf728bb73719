package com.steward.app.reviews;

import com.steward.core.governance.PromiseKeeping;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The promises-kept rate of one side in one quarter (see {@link com.steward.core.governance.PromiseKeeping}): kept on
 * time ÷ due in the quarter and resolved or overdue, with the 95% Wilson interval.
 *
 * @param rate kept ÷ counted, 0–1; null when nothing counted yet
 */
public record KeptRate(
        Side side,
        String quarter,
        LocalDate start,
        LocalDate end,
        long kept,
        long keptLate,
        long broken,
        long overdue,
        long notYetDue,
        long counted,
        @Nullable Double rate,
        @Nullable Double low,
        @Nullable Double high) {

    /** The rate of {@code side} in one quarter as {@link PromiseKeeping} counted it. */
    static KeptRate of(Side side, PromiseKeeping.QuarterRate r) {
        return new KeptRate(
                side,
                r.quarter().toString(),
                r.quarter().start(),
                r.quarter().end(),
                r.kept(),
                r.keptLate(),
                r.broken(),
                r.overdue(),
                r.notYetDue(),
                r.counted(),
                r.rate() == null ? null : r.rate().estimate(),
                r.rate() == null ? null : r.rate().low(),
                r.rate() == null ? null : r.rate().high());
    }
}
