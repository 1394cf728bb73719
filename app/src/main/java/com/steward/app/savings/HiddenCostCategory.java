package com.steward.app.savings;

/** What a hidden cost was spent on. The relationship-health index counts {@link #ESCALATION} rows as escalations. */
public enum HiddenCostCategory {
    GOVERNANCE_HOURS("Governance hours"),
    REWORK("Rework"),
    ESCALATION("Escalation"),
    TRANSITION_OVERRUN("Transition overrun"),
    OTHER("Other");

    private final String label;

    HiddenCostCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
