package com.steward.app.security;

/** The roles of docs/security.md. A {@link #VENDOR} user is bound to exactly one vendor. */
public enum Role {
    ADMIN("System owner: users, roles, settings, everything"),
    MANAGER("Head of the contact center / vendor manager: all vendors, cases, contracts, reviews"),
    ANALYST("CX / workforce analyst: imports data, builds scorecards and models"),
    VIEWER("Executive: read-only dashboards and reports"),
    VENDOR("A vendor's account manager: that vendor's own data only");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
