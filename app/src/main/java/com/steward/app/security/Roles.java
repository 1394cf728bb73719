package com.steward.app.security;

/**
 * Who may call what: the role expressions of every {@code @PreAuthorize} in the application, named once. Each name
 * lists the roles of {@link Role} it admits; a {@link Role#VENDOR} user admitted here still sees only its own vendor's
 * data, which the services enforce where they read ({@link VendorScope}).
 */
public final class Roles {

    /** The system owner only. */
    public static final String ADMINS = "hasRole('ADMIN')";

    /** Those who decide: admins and managers. */
    public static final String MANAGERS = "hasAnyRole('ADMIN','MANAGER')";

    /** Those who change data and models: admins, managers and analysts. */
    public static final String ANALYSTS = "hasAnyRole('ADMIN','MANAGER','ANALYST')";

    /** Every client-side user, including read-only viewers. */
    public static final String STAFF = "hasAnyRole('ADMIN','MANAGER','ANALYST','VIEWER')";

    /** Managers, and a vendor's user for its own vendor. */
    public static final String MANAGERS_AND_VENDORS = "hasAnyRole('ADMIN','MANAGER','VENDOR')";

    /** Analysts, and a vendor's user for its own vendor. */
    public static final String ANALYSTS_AND_VENDORS = "hasAnyRole('ADMIN','MANAGER','ANALYST','VENDOR')";

    /** A vendor's user only. */
    public static final String VENDORS = "hasRole('VENDOR')";

    private Roles() {}
}
