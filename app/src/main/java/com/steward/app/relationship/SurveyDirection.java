package com.steward.app.relationship;

/** Who answers a pulse survey about whom. */
public enum SurveyDirection {
    /** Client staff (ADMIN, MANAGER, ANALYST, VIEWER) about the vendor. */
    CLIENT_ABOUT_VENDOR("Client about vendor"),
    /** The vendor's own users (VENDOR role, bound to that vendor) about the client. */
    VENDOR_ABOUT_CLIENT("Vendor about client");

    private final String label;

    SurveyDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
