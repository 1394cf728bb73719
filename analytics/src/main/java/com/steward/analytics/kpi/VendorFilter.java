package com.steward.analytics.kpi;

import java.util.Collection;
import java.util.Set;

/**
 * Whose contacts a KPI query reads: every handler's ({@link #all()}), or only those of the listed handler codes
 * ({@link #only}), which may be none — a VENDOR user's scope with no vendor reads nothing, never everything.
 */
public record VendorFilter(boolean everyone, Set<String> handlers) {

    private static final VendorFilter ALL = new VendorFilter(true, Set.of());

    public VendorFilter {
        handlers = Set.copyOf(handlers);
        if (everyone && !handlers.isEmpty()) {
            throw new IllegalArgumentException("a filter admitting everyone lists no handlers");
        }
    }

    /** Every handler's contacts. */
    public static VendorFilter all() {
        return ALL;
    }

    /** Only the contacts handled by one of {@code codes} (none when empty). */
    public static VendorFilter only(Collection<String> codes) {
        return new VendorFilter(false, Set.copyOf(codes));
    }

    /** Whether contacts handled by {@code handler} are read. */
    public boolean admits(String handler) {
        return everyone || handlers.contains(handler);
    }
}
