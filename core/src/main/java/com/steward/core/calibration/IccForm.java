package com.steward.core.calibration;

/**
 * The six intraclass correlations of Shrout &amp; Fleiss (1979), named as there; McGraw &amp; Wong (1996) call them
 * ICC(1), ICC(A,1), ICC(C,1) and ICC(k), ICC(A,k), ICC(C,k).
 */
public enum IccForm {
    /** One-way random: each target by its own random raters; one rater's score. */
    ICC1_1("ICC(1,1)", "one-way random, single rater"),
    /** Two-way random, absolute agreement; one rater's score. */
    ICC2_1("ICC(2,1)", "two-way random, absolute agreement, single rater"),
    /** Two-way mixed (these raters fixed), consistency; one rater's score. */
    ICC3_1("ICC(3,1)", "two-way mixed, consistency, single rater"),
    /** One-way random; the mean of k raters. */
    ICC1_K("ICC(1,k)", "one-way random, mean of k raters"),
    /** Two-way random, absolute agreement; the mean of k raters. */
    ICC2_K("ICC(2,k)", "two-way random, absolute agreement, mean of k raters"),
    /** Two-way mixed, consistency; the mean of k raters. */
    ICC3_K("ICC(3,k)", "two-way mixed, consistency, mean of k raters");

    private final String label;
    private final String description;

    IccForm(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** Shrout &amp; Fleiss's name, e.g. {@code ICC(2,1)}. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
