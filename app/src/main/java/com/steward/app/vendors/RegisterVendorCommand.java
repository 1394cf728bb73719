package com.steward.app.vendors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registers a vendor. The code is what interaction exports put in {@code handled_by}. */
public record RegisterVendorCommand(
        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "lower-case letters, digits, '-' or '_'")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotNull VendorStatus status) {}
