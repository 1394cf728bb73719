package com.steward.app.reviews;

import java.time.LocalDate;

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
        Double rate,
        Double low,
        Double high) {}
