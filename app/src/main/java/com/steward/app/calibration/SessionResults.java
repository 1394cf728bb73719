package com.steward.app.calibration;

import java.util.List;

/**
 * What a closed session shows. For a VENDOR user {@code alignments} and {@code vendors} hold its own graders and its
 * own vendor only, and {@code otherGradersMad} the other graders' mean absolute differences, sorted, without names.
 *
 * @param itemsUsed interactions every grader scored (the ICC's targets)
 * @param itemsDropped interactions left out of the ICC because a grader did not score them
 * @param icc the six ICCs over all graders
 * @param alpha Krippendorff's ordinal alpha over all graders and interactions (missing scores allowed); null when
 *     not estimable
 * @param variance between vs within vendors; null with fewer than two vendors
 */
public record SessionResults(
        int itemsUsed,
        int itemsDropped,
        int graders,
        List<IccRow> icc,
        Double alpha,
        List<AlignmentRow> alignments,
        List<Double> otherGradersMad,
        List<VendorResult> vendors,
        VarianceRow variance) {

    public IccRow icc(String form) {
        return icc.stream().filter(r -> r.form().equals(form)).findFirst().orElseThrow();
    }
}
