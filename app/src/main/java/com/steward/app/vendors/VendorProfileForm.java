package com.steward.app.vendors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The profile as the page's form edits it: lists as comma-separated text. */
public record VendorProfileForm(
        @Min(0) @Max(300) Integer yearsInBusiness,
        @Size(max = 2000) String sites,
        @Size(max = 1000) String countries,
        @Size(max = 1000) String languages,
        @Size(max = 1000) String industries,
        @Min(0) @Max(1_000_000) Integer seats) {

    public static VendorProfileForm of(VendorProfile p) {
        return new VendorProfileForm(
                p.yearsInBusiness(),
                String.join(", ", p.sites()),
                String.join(", ", p.countries()),
                String.join(", ", p.languages()),
                String.join(", ", p.industries()),
                p.seats());
    }

    public UpdateVendorProfileCommand toCommand() {
        return new UpdateVendorProfileCommand(
                yearsInBusiness,
                VendorProfile.items(sites),
                VendorProfile.items(countries),
                VendorProfile.items(languages),
                VendorProfile.items(industries),
                seats);
    }
}
