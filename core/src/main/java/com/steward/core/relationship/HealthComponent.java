package com.steward.core.relationship;

/** The parts of the relationship health index, each scored 0–100 (higher is healthier). */
public enum HealthComponent {
    /** Client staff's pulse survey about the vendor: Likert mean mapped 1 → 0, 5 → 100. */
    CLIENT_SURVEY("Client about vendor"),
    /** The vendor's pulse survey about the client: Likert mean mapped 1 → 0, 5 → 100. */
    VENDOR_SURVEY("Vendor about client"),
    /** Promises (both sides) due in the quarter and kept on time, in percent. */
    PROMISES("Promises kept on time"),
    /** Review meetings held of those scheduled in the quarter up to today, in percent. */
    MEETINGS("Meeting cadence kept"),
    /** Escalations in the quarter: 100 · exp(−escalations / k). */
    ESCALATIONS("Few escalations");

    private final String label;

    HealthComponent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
