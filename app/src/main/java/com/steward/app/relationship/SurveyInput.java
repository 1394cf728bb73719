package com.steward.app.relationship;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new pulse survey as the form and the API send it.
 *
 * @param quarter {@code yyyy-Qn}
 * @param minGroupSize null for the default (5); never below 3
 */
public record SurveyInput(
        @Nullable Long vendorId,
        @Nullable SurveyDirection direction,
        String quarter,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        @Nullable Integer minGroupSize) {}
