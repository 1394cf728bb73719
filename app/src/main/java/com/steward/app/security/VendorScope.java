package com.steward.app.security;

import java.util.Set;

/**
 * The vendors a user may see. Every query of vendor data takes one and applies it in SQL
 * (see {@link #sqlCondition(String)}), so isolation holds in the data path, not only in the UI.
 *
 * @param unrestricted true for client staff, who see every vendor
 * @param vendorIds the visible vendors when restricted (exactly one for a VENDOR user)
 */
public record VendorScope(boolean unrestricted, Set<Long> vendorIds) {

    private static final VendorScope ALL = new VendorScope(true, Set.of());

    public VendorScope {
        vendorIds = Set.copyOf(vendorIds);
        if (unrestricted && !vendorIds.isEmpty()) {
            throw new IllegalArgumentException("an unrestricted scope lists no vendors");
        }
    }

    public static VendorScope all() {
        return ALL;
    }

    public static VendorScope only(long vendorId) {
        return new VendorScope(false, Set.of(vendorId));
    }

    public boolean permits(long vendorId) {
        return unrestricted || vendorIds.contains(vendorId);
    }

    /**
     * A SQL condition restricting {@code column} to this scope, with the ids inlined as numbers
     * (they are longs, so no injection is possible), e.g. {@code "v.id IN (7)"} or {@code "1=1"}.
     */
    public String sqlCondition(String column) {
        if (unrestricted) {
            return "1=1";
        }
        if (vendorIds.isEmpty()) {
            return "1=0";
        }
        StringBuilder in = new StringBuilder(column).append(" IN (");
        String separator = "";
        for (long id : vendorIds) {
            in.append(separator).append(id);
            separator = ",";
        }
        return in.append(')').toString();
    }
}
