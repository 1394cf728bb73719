package com.steward.app.relationship;

import java.time.LocalDate;

/**
 * A new pulse survey as the form and the API send it.
 *
 * @param quarter {@code yyyy-Qn}
 * @param minGroupSize null for the default (5); never below 3
 */
public record SurveyInput(
        Long vendorId,
        SurveyDirection direction,
        String quarter,
        LocalDate opensOn,
        LocalDate closesOn,
        Integer minGroupSize) {}
