package com.steward.app.calibration;

/**
 * One vendor's figures in a closed session.
 *
 * @param icc ICC(2,1) of the vendor's graders and the expert, null when not estimable
 * @param offset expert − vendor graders' mean, in score points (add it to the vendor's QA); null when not estimable
 * @param reportedQa mean qa_score the vendor's own QA reported over the session's period; null = not reported
 * @param calibratedQa {@code reportedQa + offset}, kept within the scale; null when either is unknown
 */
public record VendorResult(
        long vendorId,
        String vendorName,
        int graders,
        IccRow icc,
        Double offset,
        Double offsetLow,
        Double offsetHigh,
        int offsetN,
        Double reportedQa,
        int reportedQaN,
        Double calibratedQa) {}
