package com.steward.app.selection;

/** The selection criteria, each with a default weight (the defaults sum to 100). */
public enum Criterion {
    LONGEVITY("Longevity", 8),
    INDUSTRY_FIT("Industry fit", 12),
    REFERENCE_SCORE("Reference score", 12),
    INTERVIEW_SCORE("Interview score", 12),
    PAY_VS_MARKET("Agent pay vs market", 8),
    ATTRITION("Attrition", 10),
    DEDICATED_TEAM("Dedicated team", 6),
    PRICE("Price (business case)", 16),
    DATA_TRANSPARENCY("Data transparency (raw interaction data)", 8),
    SECURITY_COMPLIANCE("Security and compliance", 8);

    private final String label;
    private final double defaultWeight;

    Criterion(String label, double defaultWeight) {
        this.label = label;
        this.defaultWeight = defaultWeight;
    }

    public String label() {
        return label;
    }

    public double defaultWeight() {
        return defaultWeight;
    }
}
