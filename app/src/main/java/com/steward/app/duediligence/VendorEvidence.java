package com.steward.app.duediligence;

/**
 * What due diligence found about one vendor, in numbers a selection can use. Client names never
 * appear here, only how many clients match our profile.
 */
public record VendorEvidence(
        long vendorId,
        int matchingClients,
        int clients,
        ReferenceSummary references,
        InterviewAverages interviews,
        WorkforceFacts workforce) {}
