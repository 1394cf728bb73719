package com.steward.app.calibration;

import java.time.LocalDate;
import java.util.List;

/**
 * What a new calibration session needs: its QA form and scale, the period and vendors to sample, how many
 * interactions, the graders (users of those vendors) and the client's expert.
 *
 * @param seed the sampling seed; null draws a random one (stored, so the sample can be drawn again)
 */
public record SessionInput(
        String name,
        String formName,
        Integer scaleMin,
        Integer scaleMax,
        LocalDate from,
        LocalDate to,
        Integer sampleSize,
        Long seed,
        List<Long> vendorIds,
        List<Long> graderIds,
        Long expertId) {}
