package com.steward.app.vendors;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What a vendor is: longevity, where it works, which languages and industries, how big. Lists
 * are kept in the order entered; an unknown number is null.
 *
 * @param seats production seats (agent workstations) across all sites
 * @param updatedAt null when nothing was recorded yet
 */
public record VendorProfile(
        long vendorId,
        Integer yearsInBusiness,
        List<String> sites,
        List<String> countries,
        List<String> languages,
        List<String> industries,
        Integer seats,
        Instant updatedAt) {

    public VendorProfile {
        sites = List.copyOf(sites);
        countries = List.copyOf(countries);
        languages = List.copyOf(languages);
        industries = List.copyOf(industries);
    }

    static VendorProfile empty(long vendorId) {
        return new VendorProfile(vendorId, null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /** Splits a comma- or newline-separated entry into trimmed, non-blank items. */
    public static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\n;]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
