package com.steward.app.vendors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** Replaces a vendor's profile. Lists are given as arrays (API) or comma-separated text (forms, see {@link VendorProfileForm}). */
public record UpdateVendorProfileCommand(
        @Min(0) @Max(300) Integer yearsInBusiness,
        @Size(max = 50) List<@Size(max = 200) String> sites,
        @Size(max = 50) List<@Size(max = 80) String> countries,
        @Size(max = 50) List<@Size(max = 80) String> languages,
        @Size(max = 50) List<@Size(max = 80) String> industries,
        @Min(0) @Max(1_000_000) Integer seats) {

    public UpdateVendorProfileCommand {
        sites = clean(sites);
        countries = clean(countries);
        languages = clean(languages);
        industries = clean(industries);
    }

    private static List<String> clean(List<String> items) {
        return items == null
                ? List.of()
                : items.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }
}
